package dyad.cli;

import dyad.store.StoreBench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.concurrent.Callable;

/** {@code dyad bench-store}: insert rate and report times on synthetic events in a temporary database. */
@Command(name = "bench-store", mixinStandardHelpOptions = true,
        description = "Insert N synthetic events (default 1,000,000) into a temporary DuckDB file; print events/s and the time of every standard report.")
public final class BenchStoreCommand implements Callable<Integer> {
    @Parameters(arity = "0..1", paramLabel = "N", defaultValue = "1000000", description = "Number of events (default: ${DEFAULT-VALUE}).")
    int events;

    @Option(names = "--dedup", description = "Also time dedup and a Parquet export.")
    boolean dedup;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Ranges.atLeast(spec, "N", events, 1);
        StoreBench.run(events, StoreBench.DEFAULT_BATCH, dedup, null, System.out);
        return 0;
    }
}
