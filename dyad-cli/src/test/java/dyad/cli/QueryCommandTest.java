package dyad.cli;

import dyad.store.EventStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code dyad query} reads the database and nothing else unless told: no writes without --write, no other files ever. */
class QueryCommandTest {
    @TempDir
    Path dir;

    private DyadProcess.Run query(Path db, String... args) throws Exception {
        String[] all = new String[args.length + 4];
        all[0] = "query";
        all[1] = "--db";
        all[2] = db.toString();
        all[3] = "--format=csv";
        System.arraycopy(args, 0, all, 4, args.length);
        return DyadProcess.run(all);
    }

    private static void refused(DyadProcess.Run r, String message) {
        assertEquals(1, r.status(), r.out() + r.err());
        assertTrue(r.err().contains(message), r.err());
    }

    @Test
    void readOnlyAndWithoutOtherFilesByDefault() throws Exception {
        Path db = dir.resolve("ev.duckdb");
        EventStore.open(db).close();
        DyadProcess.Run count = query(db, "SELECT count(*) AS n FROM events");
        assertEquals(0, count.status(), count.err());
        assertEquals(java.util.List.of("n", "0"), count.out().lines().toList());

        refused(query(db, "DROP TABLE events"), "--write lets the query change it");
        refused(query(db, "CREATE TABLE notes (x INTEGER)"), "read-only");
        Path copy = dir.resolve("copy.csv");
        refused(query(db, "COPY events TO '" + copy + "'"), "'dyad export' writes files");
        assertFalse(Files.exists(copy));
        refused(query(db, "SELECT * FROM read_csv('/etc/passwd')"), "disabled by configuration");
        Path other = dir.resolve("other.duckdb");
        refused(query(db, "--write", "ATTACH '" + other + "' AS other"), "disabled by configuration");
        assertFalse(Files.exists(other));
        refused(query(db, "--write", "SET enable_external_access = true"), "locked");

        DyadProcess.Run create = query(db, "--write", "CREATE TABLE notes (x INTEGER)");
        assertEquals(0, create.status(), create.err());
        DyadProcess.Run tables = query(db, "SELECT count(*) AS n FROM information_schema.tables WHERE table_name IN ('events', 'notes')");
        assertEquals(java.util.List.of("n", "2"), tables.out().lines().toList(), "events survived the refused DROP; notes was created with --write");
    }
}
