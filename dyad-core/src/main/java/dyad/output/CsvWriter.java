package dyad.output;

import dyad.model.Actor;
import dyad.model.Event;
import dyad.model.Location;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The same fields as the JSON lines, flattened, with a header row (RFC 4180 quoting). */
public final class CsvWriter implements EventWriter {
    static final List<String> HEADER = List.of("event_id", "doc_id", "sentence_index", "date",
            "source_code", "source_text", "source_country", "source_sectors", "source_entity", "source_start", "source_end",
            "target_code", "target_text", "target_country", "target_sectors", "target_entity", "target_start", "target_end",
            "cameo_code", "cameo_root", "cameo_name", "goldstein", "quad_class", "plover_event", "plover_mode", "plover_context",
            "trigger_text", "trigger_start", "trigger_end", "negated", "hypothetical", "future", "historical", "pattern", "date_rule",
            "location_name", "location_country", "location_admin1", "location_lat", "location_lon", "location_geonames_id",
            "location_precision", "sentence");

    private final Writer out;
    private final boolean withSentence;

    public CsvWriter(OutputStream out, boolean withSentence) throws IOException {
        this.out = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        this.withSentence = withSentence;
        row(HEADER);
    }

    @Override
    public void write(Event e) throws IOException {
        List<String> f = new ArrayList<>(HEADER.size());
        f.add(e.eventId());
        f.add(e.docId());
        f.add(Integer.toString(e.sentenceIndex()));
        f.add(e.date().toString());
        actor(f, e.source());
        actor(f, e.target());
        f.add(e.cameo().code());
        f.add(e.cameo().root());
        f.add(e.cameo().name());
        f.add(Double.toString(e.cameo().goldstein()));
        f.add(Integer.toString(e.cameo().quadClass()));
        f.add(e.cameo().ploverEvent());
        f.add(e.cameo().ploverMode());
        f.add(String.join(";", e.cameo().ploverContext()));
        f.add(e.trigger().text());
        f.add(Integer.toString(e.trigger().start()));
        f.add(Integer.toString(e.trigger().end()));
        f.add(Boolean.toString(e.negated()));
        f.add(Boolean.toString(e.modality().hypothetical()));
        f.add(Boolean.toString(e.modality().future()));
        f.add(Boolean.toString(e.modality().historical()));
        f.add(e.evidence().pattern());
        f.add(e.evidence().dateRule());
        location(f, e.location());
        f.add(withSentence ? e.sentence() : "");
        row(f);
    }

    private static void actor(List<String> f, Actor a) {
        if (a == null) {
            for (int i = 0; i < 7; i++) f.add("");
            return;
        }
        f.add(a.code().code());
        f.add(a.text());
        f.add(a.code().country() == null ? "" : a.code().country());
        f.add(String.join(";", a.code().sectors()));
        f.add(a.entity() == null ? "" : a.entity());
        f.add(Integer.toString(a.span().start()));
        f.add(Integer.toString(a.span().end()));
    }

    private static void location(List<String> f, Location l) {
        if (l == null) {
            for (int i = 0; i < 7; i++) f.add("");
            return;
        }
        f.add(l.name());
        f.add(l.country());
        f.add(l.admin1() == null ? "" : l.admin1());
        f.add(Double.toString(l.lat()));
        f.add(Double.toString(l.lon()));
        f.add(l.geonamesId() == null ? "" : Long.toString(l.geonamesId()));
        f.add(l.precision());
    }

    private void row(List<String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) out.write(',');
            out.write(quote(fields.get(i)));
        }
        out.write("\r\n");
    }

    static String quote(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) return s;
        return '"' + s.replace("\"", "\"\"") + '"';
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
