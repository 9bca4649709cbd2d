package dyad.coder;

import dyad.model.Document;
import dyad.model.Event;
import dyad.output.JsonLinesWriter;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Same input, same dictionaries: byte-identical events, whether coded once, twice, or from four threads at once. */
class DeterminismTest {
    static byte[] serialize(List<DocumentResult> results) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonLinesWriter w = new JsonLinesWriter(out, true)) {
            for (DocumentResult r : results) for (Event e : r.events()) w.write(e);
        }
        return out.toByteArray();
    }

    @Test
    void sameBytesSeriallyAndFromManyThreads() throws Exception {
        String seed = Files.readString(Path.of("../examples/seed-article.txt"));
        List<Document> docs = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            docs.add(new Document("seed-" + i, seed, LocalDate.of(2016, 3, 28 - i % 3), null, null, null));
        }
        Coder coder = SharedCoder.get();
        byte[] serial = serialize(coder.code(docs));
        assertTrue(serial.length > 1000, "the seed story gives events");
        assertArrayEquals(serial, serialize(coder.code(docs)), "a second run");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<DocumentResult>> fs = new ArrayList<>();
            for (Document d : docs) fs.add(pool.submit(() -> coder.code(d)));
            List<DocumentResult> parallel = new ArrayList<>();
            for (Future<DocumentResult> f : fs) parallel.add(f.get());
            assertArrayEquals(serial, serialize(parallel), "four threads sharing one coder");
        } finally {
            pool.shutdown();
        }
    }
}
