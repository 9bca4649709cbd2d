package dyad.store;

import java.util.ArrayList;
import java.util.List;

/**
 * Buffers entries for a store and writes them {@code batchSize} documents per transaction: what a coding run
 * uses ({@code dyad code --db FILE}). A crash loses at most the buffered entries; {@link #flush()} commits them
 * early (after a time limit, say), {@link #close()} commits the rest. Not thread-safe: one writer thread.
 */
public final class BatchWriter implements AutoCloseable {
    private final EventStore store;
    private final int batchSize;
    private final List<StoreEntry> pending = new ArrayList<>();
    private long written;

    public BatchWriter(EventStore store, int batchSize) {
        if (batchSize < 1) throw new IllegalArgumentException("batchSize must be >= 1");
        this.store = store;
        this.batchSize = batchSize;
    }

    /** Adds an entry; writes the batch when it is full. */
    public void add(StoreEntry entry) {
        pending.add(entry);
        if (pending.size() >= batchSize) flush();
    }

    /** Commits the buffered entries now. */
    public void flush() {
        if (pending.isEmpty()) return;
        store.writeBatch(pending, batchSize);
        written += pending.size();
        pending.clear();
    }

    /** Entries buffered and not yet committed. */
    public int pending() {
        return pending.size();
    }

    /** Entries committed so far. */
    public long written() {
        return written;
    }

    @Override
    public void close() {
        flush();
    }
}
