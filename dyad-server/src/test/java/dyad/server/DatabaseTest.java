package dyad.server;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The server's database: a read that runs past the time limit is cancelled and answered 503; the connection stays usable. */
class DatabaseTest {
    @TempDir
    Path dir;

    @Test
    void aReadPastTheTimeLimitIsCancelled() {
        Path file = dir.resolve("seed.duckdb");
        SeedDatabase.write(file);
        try (Database db = Database.open(file, false, 1, 1)) {
            ApiException e = assertThrows(ApiException.class, () -> db.read(r -> r.query(
                    "SELECT sum(hash(i)) FROM range(100000000000) t(i)", List.of(), rows -> rows.next())));
            assertEquals(503, e.status());
            assertTrue(e.getMessage().contains("time limit of 1 s"), e.getMessage());
            long events = db.read(r -> r.query("SELECT count(*) FROM events", List.of(), rows -> {
                rows.next();
                return rows.getLong(1);
            }));
            assertEquals(SeedDatabase.events().size(), events, "the same (only) connection answers the next read");
        }
    }
}
