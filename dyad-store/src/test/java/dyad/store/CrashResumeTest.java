package dyad.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A writer killed with SIGKILL mid-run leaves a consistent database; resuming gives the uninterrupted result. */
class CrashResumeTest {
    static final int DOCS = 12_000;
    static final int BATCH = 400;

    @TempDir
    Path dir;

    @Test
    void killedRunResumesToTheSameDatabase() throws Exception {
        Path reference = dir.resolve("reference.duckdb");
        KillableWriter.run(reference, DOCS, BATCH, false);
        String expected = Dump.of(reference);

        Path db = dir.resolve("killed.duckdb");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                KillableWriter.class.getName(), db.toString(), Integer.toString(DOCS), Integer.toString(BATCH))
                .redirectErrorStream(true).start();
        List<String> lines = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                lines.add(line);
                if (line.equals("committed " + 3 * BATCH)) break;
            }
            Thread.sleep(40); // inside a later batch
            p.destroyForcibly();
            assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        }
        assertTrue(lines.contains("committed " + 3 * BATCH), String.join("\n", lines));

        try (EventStore s = EventStore.open(db)) {
            long docs = s.stats().documents();
            assertTrue(docs >= 3 * BATCH && docs < DOCS, "documents after the kill: " + docs);
            assertEquals(0, docs % BATCH, "only whole batches are committed: " + docs);
            // every stored document has exactly its events and sentences
            assertEquals(0L, new Reports(s).query("""
                    SELECT count(*) FROM documents d
                    WHERE d.events <> (SELECT count(*) FROM events e WHERE e.doc_id = d.doc_id)
                       OR d.sentences <> (SELECT count(*) FROM sentences x WHERE x.doc_id = d.doc_id)""").rows().get(0).get(0));
        }
        KillableWriter.run(db, DOCS, BATCH, false);
        assertEquals(expected, Dump.of(db));
    }
}
