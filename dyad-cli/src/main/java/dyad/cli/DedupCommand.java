package dyad.cli;

import dyad.store.Dedup;
import dyad.store.EventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.util.concurrent.Callable;

/** {@code dyad dedup}: clusters duplicate stories and builds the deduplicated events table. */
@Command(name = "dedup", mixinStandardHelpOptions = true,
        description = "Cluster duplicate and near-duplicate stories (MinHash) and build dedup_events with mention, article and source counts (docs/database.md).")
public final class DedupCommand implements Callable<Integer> {
    @Mixin
    DatabaseOption database;

    @Override
    public Integer call() {
        try (EventStore store = database.open()) {
            Dedup.Result r = store.dedup();
            System.out.printf("%d documents in %d story clusters (%d duplicates); %d events -> %d deduplicated events%n",
                    r.documents(), r.clusters(), r.duplicateDocuments(), r.events(), r.dedupEvents());
        }
        return 0;
    }
}
