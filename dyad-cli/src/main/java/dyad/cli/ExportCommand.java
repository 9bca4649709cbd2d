package dyad.cli;

import dyad.store.EventStore;
import dyad.store.Exports;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code dyad export}: the events table, or the GDELT / ICEWS / Phoenix / POLECAT / PLOVER layouts (docs/exports.md). */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Export events from a database in a standard layout (docs/exports.md says which columns Dyad fills).",
                "Example: dyad export --db events.duckdb --layout gdelt --format parquet -o events.parquet"})
public final class ExportCommand implements Callable<Integer> {
    @Option(names = "--layout", paramLabel = "events|gdelt|icews|phoenix|polecat|plover", defaultValue = "events",
            description = "Column layout (default: ${DEFAULT-VALUE}).")
    String layout;

    @Option(names = "--format", paramLabel = "csv|tsv|parquet|jsonl", defaultValue = "csv", description = "File format (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", required = true, description = "The file to write.")
    Path output;

    @Mixin
    DatabaseOption database;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Exports.Layout l;
        Exports.Format f;
        try {
            l = Exports.Layout.valueOf(layout.toUpperCase());
            f = Exports.Format.valueOf(format.toUpperCase());
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "unknown layout or format: " + layout + ", " + format);
        }
        Outputs.check(spec, "-o", output, List.of(database.db));
        try (EventStore store = database.open()) {
            long rows = new Exports(store).export(l, f, output);
            System.err.println("dyad: " + rows + " rows written to " + output);
        }
        return 0;
    }
}
