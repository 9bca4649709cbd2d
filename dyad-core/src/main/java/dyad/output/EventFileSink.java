package dyad.output;

import dyad.model.Document;
import dyad.model.Event;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;

/**
 * Events as JSON lines or CSV, on stdout (flushed after every document) or in a file written through a temporary
 * file that takes the file's name when the batch finishes ({@link AtomicFile}): a failed or interrupted run leaves
 * the old file.
 */
public final class EventFileSink implements EventSink {
    private final OutputStream out;
    private final EventWriter writer;
    private final AtomicFile file;

    private EventFileSink(OutputStream out, String format, boolean withSentence, AtomicFile file) throws IOException {
        this.out = new BufferedOutputStream(out, 1 << 16);
        this.writer = EventWriter.of(format, this.out, withSentence);
        this.file = file;
    }

    /** Events to {@code out} (stdout), which stays open. */
    public static EventFileSink stream(OutputStream out, String format, boolean withSentence) throws IOException {
        return new EventFileSink(out, format, withSentence, null);
    }

    /** Events to {@code target}, which changes only when the batch finishes. */
    public static EventFileSink file(Path target, String format, boolean withSentence) throws IOException {
        AtomicFile file = AtomicFile.create(target);
        try {
            return new EventFileSink(file.newOutputStream(), format, withSentence, file);
        } catch (IOException | RuntimeException e) {
            file.close();
            throw e;
        }
    }

    @Override
    public void coded(Document document, List<String> sentences, List<Event> events) throws IOException {
        for (Event e : events) writer.write(e);
        writer.flush();
    }

    @Override
    public void skipped(Skip skip) {
        // events only: skipped documents are listed by the batch's summary
    }

    @Override
    public void finish() throws IOException {
        writer.close();
        if (file == null) {
            out.flush();
            return;
        }
        out.close();
        file.commit();
    }

    @Override
    public void close() throws IOException {
        if (file == null) {
            out.flush();
        } else {
            file.close(); // deletes the partial file unless finish() committed it
        }
    }
}
