package dyad.output;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;
import dyad.model.Actor;
import dyad.model.Event;
import dyad.model.Location;
import dyad.model.Span;

import java.io.IOException;
import java.io.OutputStream;

/**
 * One JSON object per line, following {@code schema/event.schema.json}, with fields always in the same order so
 * that the same input gives byte-identical output.
 */
public final class JsonLinesWriter implements EventWriter {
    private final JsonGenerator g;
    private final boolean withSentence;

    public JsonLinesWriter(OutputStream out, boolean withSentence) throws IOException {
        this.g = new JsonFactory().createGenerator(out, JsonEncoding.UTF8);
        this.g.setPrettyPrinter(new MinimalPrettyPrinter(""));
        this.g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        this.withSentence = withSentence;
    }

    @Override
    public void write(Event e) throws IOException {
        g.writeStartObject();
        g.writeStringField("event_id", e.eventId());
        g.writeStringField("doc_id", e.docId());
        g.writeNumberField("sentence_index", e.sentenceIndex());
        if (withSentence) g.writeStringField("sentence", e.sentence());
        g.writeStringField("date", e.date().toString());
        g.writeFieldName("source");
        actor(e.source());
        g.writeFieldName("target");
        actor(e.target());
        g.writeObjectFieldStart("cameo");
        g.writeStringField("code", e.cameo().code());
        g.writeStringField("root", e.cameo().root());
        g.writeStringField("name", e.cameo().name());
        g.writeNumberField("goldstein", e.cameo().goldstein());
        g.writeNumberField("quad_class", e.cameo().quadClass());
        g.writeEndObject();
        g.writeObjectFieldStart("plover");
        g.writeStringField("event", e.cameo().ploverEvent());
        if (!e.cameo().ploverMode().isEmpty()) g.writeStringField("mode", e.cameo().ploverMode());
        g.writeArrayFieldStart("context");
        for (String c : e.cameo().ploverContext()) g.writeString(c);
        g.writeEndArray();
        g.writeEndObject();
        g.writeFieldName("trigger");
        span(e.trigger());
        g.writeBooleanField("negated", e.negated());
        g.writeBooleanField("hypothetical", e.modality().hypothetical());
        g.writeBooleanField("future", e.modality().future());
        g.writeBooleanField("historical", e.modality().historical());
        g.writeFieldName("location");
        location(e.location());
        g.writeObjectFieldStart("evidence");
        g.writeStringField("pattern", e.evidence().pattern());
        if (e.source().entity() != null) g.writeStringField("source_entry", e.source().entity());
        if (e.target() != null && e.target().entity() != null) g.writeStringField("target_entry", e.target().entity());
        g.writeStringField("date_rule", e.evidence().dateRule());
        g.writeArrayFieldStart("notes");
        for (String n : e.evidence().notes()) g.writeString(n);
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndObject();
        g.writeRaw('\n');
    }

    private void actor(Actor a) throws IOException {
        if (a == null) {
            g.writeNull();
            return;
        }
        g.writeStartObject();
        g.writeStringField("code", a.code().code());
        g.writeStringField("text", a.text());
        g.writeStringField("country", a.code().country());
        g.writeArrayFieldStart("sectors");
        for (String s : a.code().sectors()) g.writeString(s);
        g.writeEndArray();
        g.writeStringField("entity", a.entity());
        g.writeFieldName("span");
        span(a.span());
        g.writeEndObject();
    }

    private void location(Location l) throws IOException {
        if (l == null) {
            g.writeNull();
            return;
        }
        g.writeStartObject();
        g.writeStringField("name", l.name());
        g.writeStringField("country", l.country());
        if (l.admin1() != null) g.writeStringField("admin1", l.admin1());
        g.writeNumberField("lat", l.lat());
        g.writeNumberField("lon", l.lon());
        if (l.geonamesId() != null) g.writeNumberField("geonames_id", l.geonamesId());
        g.writeStringField("precision", l.precision());
        if (l.text() != null) {
            g.writeFieldName("text");
            span(l.text());
        }
        g.writeStringField("basis", l.basis());
        g.writeEndObject();
    }

    private void span(Span s) throws IOException {
        g.writeStartObject();
        g.writeStringField("text", s.text());
        g.writeNumberField("start", s.start());
        g.writeNumberField("end", s.end());
        g.writeEndObject();
    }

    @Override
    public void flush() throws IOException {
        g.flush();
    }

    @Override
    public void close() throws IOException {
        g.close();
    }
}
