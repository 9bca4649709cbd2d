package dyad.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StoreBenchTest {
    @TempDir
    Path dir;

    @Test
    void smallBenchRunsEveryReport() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StoreBench.Result r = StoreBench.run(20_001, 1000, true, dir.resolve("bench"),
                new PrintStream(out, true, StandardCharsets.UTF_8));
        assertEquals(20_001, r.events());
        assertEquals(5_001, r.documents());
        assertEquals(Reports.standardNames().size(), r.reportSeconds().size());
        String text = out.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("events/s") && text.contains("report country:USA"), text);
        try (EventStore s = EventStore.open(dir.resolve("bench/bench.duckdb"))) {
            assertEquals(20_001, s.stats().events());
        }
        // deterministic: the same seed gives the same documents
        assertEquals(new StoreBench.Synthetic(42).document(17, 4), new StoreBench.Synthetic(42).document(17, 4));
    }

    @Test
    void batchWriterCommitsFullBatchesAndTheRestOnClose() {
        try (EventStore s = EventStore.open(dir.resolve("w.duckdb"))) {
            StoreBench.Synthetic gen = new StoreBench.Synthetic(1);
            try (BatchWriter w = new BatchWriter(s, 10)) {
                for (int k = 0; k < 25; k++) w.add(gen.document(k, 1));
                assertEquals(20, s.stats().documents());
                assertEquals(5, w.pending());
            }
            assertEquals(25, s.stats().documents());
        }
    }
}
