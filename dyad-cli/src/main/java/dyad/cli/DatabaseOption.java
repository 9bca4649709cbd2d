package dyad.cli;

import dyad.store.EventStore;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.nio.file.Files;
import java.nio.file.Path;

/** The {@code --db FILE} option of the commands that read a Dyad database. */
final class DatabaseOption {
    @Option(names = "--db", paramLabel = "FILE", required = true, description = "The DuckDB file written by 'dyad code --db'.")
    Path db;

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    /** Opens the database; a missing file is a usage error of the command this option belongs to. */
    EventStore open() {
        requireFile();
        return EventStore.open(db);
    }

    /** Opens the database for users' SQL: read-only unless {@code write}, and never any other file. */
    EventStore openForQueries(boolean write) {
        requireFile();
        return EventStore.openForQueries(db, write);
    }

    /** The database file, which must exist (else a usage error). */
    Path existing() {
        requireFile();
        return db;
    }

    private void requireFile() {
        if (!Files.isRegularFile(db)) throw new CommandLine.ParameterException(command.commandLine(), "no such database: " + db);
    }
}
