package dyad.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Test main: writes {@code docs} synthetic documents into the database named by the first argument, in batches of
 * {@code batch}, skipping documents already stored with the same text (a resumed run). Prints "committed N" after
 * each batch. Run as a subprocess and killed with SIGKILL by {@link CrashResumeTest}.
 */
public final class KillableWriter {
    public static void main(String[] args) {
        run(Path.of(args[0]), Integer.parseInt(args[1]), Integer.parseInt(args[2]), true);
    }

    static void run(Path db, int docs, int batch, boolean print) {
        StoreBench.Synthetic gen = new StoreBench.Synthetic(7);
        try (EventStore store = EventStore.open(db)) {
            List<StoreEntry> pending = new ArrayList<>();
            for (int k = 0; k < docs; k++) {
                StoreEntry.Coded doc = gen.document(k, k % 5);
                if (store.isStored(doc.docId(), doc.textHash())) continue;
                pending.add(k % 17 == 16
                        ? new StoreEntry.Skipped(doc.docId(), doc.document().url(), doc.document().origin(), "too long", doc.textHash())
                        : doc);
                if (pending.size() == batch || k == docs - 1) {
                    store.writeBatch(pending, batch);
                    pending.clear();
                    if (print) {
                        System.out.println("committed " + (k + 1));
                        System.out.flush();
                    }
                }
            }
            if (!pending.isEmpty()) store.writeBatch(pending, batch);
        }
    }
}
