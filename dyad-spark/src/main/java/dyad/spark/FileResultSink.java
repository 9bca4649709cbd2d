package dyad.spark;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;
import dyad.model.Document;
import dyad.model.Event;
import dyad.output.EventSink;
import dyad.output.EventWriter;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * One input file's results: its events as JSON lines in {@code dyad code}'s schema (the same writer), and one line
 * per document, coded or skipped, so that every document of the file is accounted for: {@code doc_id}, {@code url},
 * {@code date}, {@code status} (coded, skipped, failed: timed out or coding failed, worth another try),
 * {@code skip_reason}, {@code origin} (file:line or file@offset), {@code input_file}, {@code sentences}, {@code events}.
 */
final class FileResultSink implements EventSink {
    private final EventWriter events;
    private final JsonGenerator documents;
    private final String inputFile;
    private final UnaryOperator<String> origins;

    /**
     * @param origins maps the origins the reader names (a local copy of the file) to the input file's own URI
     */
    FileResultSink(OutputStream events, OutputStream documents, String inputFile, UnaryOperator<String> origins) throws IOException {
        this.events = EventWriter.of("jsonl", events, true);
        this.documents = new JsonFactory().createGenerator(documents, JsonEncoding.UTF8);
        this.documents.setPrettyPrinter(new MinimalPrettyPrinter(""));
        this.documents.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        this.inputFile = inputFile;
        this.origins = origins;
    }

    @Override
    public void coded(Document d, List<String> sentences, List<Event> list) throws IOException {
        for (Event e : list) events.write(e);
        document(d.id(), d.url(), d, "coded", null, d.origin(), sentences.size(), list.size());
    }

    @Override
    public void skipped(Skip s) throws IOException {
        Document d = s.document();
        document(s.id(), d == null ? null : d.url(), d, s.retry() ? "failed" : "skipped", s.reason(), s.origin(), 0, 0);
    }

    private void document(String id, String url, Document d, String status, String reason, String origin, int sentences,
                          int eventCount) throws IOException {
        JsonGenerator g = documents;
        g.writeStartObject();
        g.writeStringField("doc_id", id);
        g.writeStringField("url", url);
        g.writeStringField("date", d == null || d.date() == null ? null : d.date().toString());
        g.writeStringField("status", status);
        g.writeStringField("skip_reason", reason);
        g.writeStringField("origin", origins.apply(origin));
        g.writeStringField("input_file", inputFile);
        g.writeNumberField("sentences", sentences);
        g.writeNumberField("events", eventCount);
        g.writeEndObject();
        g.writeRaw('\n');
    }

    @Override
    public void finish() throws IOException {
        events.close();
        documents.close();
    }

    @Override
    public void close() throws IOException {
        // the streams are the caller's
    }
}
