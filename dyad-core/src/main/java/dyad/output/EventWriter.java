package dyad.output;

import dyad.model.Event;

import java.io.IOException;
import java.io.OutputStream;

/** Writes events in one output format. Not thread-safe: one writer per output. */
public interface EventWriter extends AutoCloseable {
    void write(Event event) throws IOException;

    /** Pushes everything written so far to the output (called after each document, so a crash loses nothing done). */
    void flush() throws IOException;

    @Override
    void close() throws IOException;

    static EventWriter of(String format, OutputStream out, boolean withSentence) throws IOException {
        return switch (format) {
            case "jsonl" -> new JsonLinesWriter(out, withSentence);
            case "csv" -> new CsvWriter(out, withSentence);
            default -> throw new IllegalArgumentException("unknown format '" + format + "' (jsonl or csv)");
        };
    }
}
