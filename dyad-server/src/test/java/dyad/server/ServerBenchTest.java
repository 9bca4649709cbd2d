package dyad.server;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The load run, small: every round runs and is reported (speed itself is the bench's output, not a test's). */
class ServerBenchTest {
    @Test
    void aSmallRunReportsEveryRound() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<ServerBench.Round> rounds = ServerBench.run(new ServerBench.Options(2000, 16, 2, 2, 120,
                "Russian officials met Ukrainian envoys in Minsk on Thursday.", "2019-01-10", null), TestCoder.get(),
                new PrintStream(out, true, StandardCharsets.UTF_8));
        String report = out.toString(StandardCharsets.UTF_8);
        assertEquals(4, rounds.size(), report);
        for (ServerBench.Round r : rounds) assertTrue(r.millis().length > 0 && r.rejected() == 0, r.line());
        assertTrue(report.contains("database: 2,000 synthetic events") && report.contains("server: http://127.0.0.1:"), report);
        for (String q : ServerBench.EVENT_QUERIES) assertTrue(report.contains("GET /api/events?" + q), report);
        assertTrue(report.contains("POST /api/code, one 9-word story, warm, 1 client") && report.contains("2 clients"), report);
        assertTrue(report.lines().filter(l -> l.contains(" p50 ")).allMatch(l -> l.contains(" p95 ") && l.contains("requests/s")), report);
    }
}
