package dyad.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A numeric option out of range is a usage error (exit status 2) that names it, before any work. */
class OptionValuesTest {
    @TempDir
    Path dir;

    private static void refused(String message, String... args) throws Exception {
        DyadProcess.Run r = DyadProcess.run(args);
        assertEquals(2, r.status(), String.join(" ", args) + ": " + r.out() + r.err());
        assertTrue(r.err().contains(message), r.err());
        assertTrue(r.err().startsWith("dyad: ") && !r.err().contains("Usage:") && r.err().lines().count() <= 3,
                "the message, not buried under the whole usage: " + r.err());
        assertTrue(r.err().contains("--help lists the options)"), r.err());
    }

    @Test
    void outOfRangeValuesAreUsageErrors() throws Exception {
        String story = Files.writeString(dir.resolve("story.txt"), "Iran praised Syria.").toString();
        refused("--time-limit must be at least 1, not 0", "code", "--time-limit", "0", story);
        refused("--time-limit must be at least 1, not -5", "code", "--time-limit", "-5", story);
        refused("--max-chars must be at least 1, not -1", "code", "--max-chars", "-1", story);
        refused("--threads must be at least 1, not 0", "code", "--threads", "0", story);
        refused("N must be at least 1, not -5", "bench-store", "--", "-5");
        refused("--threads must be at least 1, not 0", "bench", "--threads", "0", story);
        refused("--stage-seconds must be more than 0", "bench", "--stage-seconds", "0", story);
        refused("--errors must be at least 0, not -1", "geo-eval", "--errors", "-1");
        Path db = dir.resolve("ev.duckdb");
        dyad.store.EventStore.open(db).close();
        refused("--top must be at least 1, not 0", "plot", "--db", db.toString(), "top-dyads", "--top", "0", "-o", dir.resolve("x").toString());
    }
}
