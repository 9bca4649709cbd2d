package dyad.output;

import dyad.model.Document;
import dyad.model.Event;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a batch's results go: events as JSON lines or CSV ({@link EventFileSink}), the DuckDB store
 * ({@code dyad.store.StoreSink}), or several at once ({@link #all}). A batch calls it from one thread, in input order.
 */
public interface EventSink extends AutoCloseable {
    /**
     * A document that was not coded.
     *
     * @param origin   where it was read (file:line)
     * @param id       its id, or the origin where the input gave none
     * @param reason   why, in words a user can act on
     * @param document the document where it was read (null when the input itself could not be)
     * @param retry    whether a later run should try it again (timed out, failed) rather than skip it for good
     */
    record Skip(String origin, String id, String reason, Document document, boolean retry) {
    }

    /** Whether the sink holds this document from an earlier run, with the same text: a resumed run does not code it again. */
    default boolean has(Document document) {
        return false;
    }

    /** A coded document (dated as it was coded): its sentences and its events, in order. */
    void coded(Document document, List<String> sentences, List<Event> events) throws IOException;

    /**
     * A coded document with its cleaned text, the text the events' offsets refer to (what a front end highlights in).
     * Sinks that keep no text need not implement it: by default the text is dropped.
     */
    default void coded(Document document, String cleanText, List<String> sentences, List<Event> events) throws IOException {
        coded(document, sentences, events);
    }

    void skipped(Skip skip) throws IOException;

    /** The batch is complete: make the output final (a file takes its name). */
    default void finish() throws IOException {
    }

    /** Releases the output. Without {@link #finish()}, a file keeps its old content. */
    @Override
    void close() throws IOException;

    /** All of {@code sinks}, in order; a document is already held when the first sink (the store) holds it. */
    static EventSink all(List<EventSink> sinks) {
        List<EventSink> list = List.copyOf(sinks);
        if (list.size() == 1) return list.get(0);
        return new EventSink() {
            @Override
            public boolean has(Document document) {
                return !list.isEmpty() && list.get(0).has(document);
            }

            @Override
            public void coded(Document document, List<String> sentences, List<Event> events) throws IOException {
                for (EventSink s : list) s.coded(document, sentences, events);
            }

            @Override
            public void coded(Document document, String cleanText, List<String> sentences, List<Event> events) throws IOException {
                for (EventSink s : list) s.coded(document, cleanText, sentences, events);
            }

            @Override
            public void skipped(Skip skip) throws IOException {
                for (EventSink s : list) s.skipped(skip);
            }

            @Override
            public void finish() throws IOException {
                for (EventSink s : list) s.finish();
            }

            @Override
            public void close() throws IOException {
                List<Exception> failures = new ArrayList<>();
                for (EventSink s : list) {
                    try {
                        s.close();
                    } catch (IOException | RuntimeException e) {
                        failures.add(e);
                    }
                }
                if (!failures.isEmpty()) {
                    Exception first = failures.get(0);
                    if (first instanceof IOException io) throw io;
                    throw (RuntimeException) first;
                }
            }
        };
    }
}
