package dyad.store;

import dyad.model.Document;
import dyad.model.Event;
import dyad.output.EventSink;

import java.util.List;

/**
 * A batch's results in the event database, {@code batchSize} documents per transaction (a crash loses at most the
 * open batch). Documents stored before with the same text are not coded again; documents skipped for good are
 * stored with the reason, those worth another try (timed out, failed) are not; the cleaned text is kept for
 * highlighting. Closing commits and closes the store (unless the sink {@link #sharing shares} it).
 */
public final class StoreSink implements EventSink {
    private final EventStore store;
    private final BatchWriter writer;
    private final boolean closesStore;

    public StoreSink(EventStore store, int batchSize) {
        this(store, batchSize, true);
    }

    private StoreSink(EventStore store, int batchSize, boolean closesStore) {
        this.store = store;
        this.writer = new BatchWriter(store, batchSize);
        this.closesStore = closesStore;
    }

    /** A sink into a store that others use too (the HTTP server's): closing commits and leaves the store open. */
    public static StoreSink sharing(EventStore store, int batchSize) {
        return new StoreSink(store, batchSize, false);
    }

    @Override
    public boolean has(Document document) {
        return store.isStored(document.id(), EventStore.sha256(document.text()));
    }

    @Override
    public void coded(Document document, List<String> sentences, List<Event> events) {
        coded(document, null, sentences, events);
    }

    @Override
    public void coded(Document document, String cleanText, List<String> sentences, List<Event> events) {
        writer.add(new StoreEntry.Coded(document, EventStore.sha256(document.text()), sentences, events, cleanText));
    }

    @Override
    public void skipped(Skip skip) {
        if (skip.retry()) return;
        Document d = skip.document();
        writer.add(new StoreEntry.Skipped(skip.id(), d == null ? null : d.url(), skip.origin(), skip.reason(),
                d == null ? null : EventStore.sha256(d.text()), d));
    }

    @Override
    public void close() {
        try {
            writer.close();
        } finally {
            if (closesStore) store.close();
        }
    }
}
