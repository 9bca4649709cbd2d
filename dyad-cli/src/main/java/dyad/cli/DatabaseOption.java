package dyad.cli;

import dyad.store.EventStore;
import picocli.CommandLine;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;

/** The {@code --db FILE} option of the commands that read a Dyad database. */
final class DatabaseOption {
    @Option(names = "--db", paramLabel = "FILE", required = true, description = "The DuckDB file written by 'dyad code --db'.")
    Path db;

    EventStore open(CommandLine cl) {
        if (!Files.isRegularFile(db)) throw new CommandLine.ParameterException(cl, "no such database: " + db);
        return EventStore.open(db);
    }
}
