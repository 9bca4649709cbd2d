package dyad.output;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AtomicFileTest {
    @TempDir
    Path dir;

    private long partials() throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".partial")).count();
        }
    }

    @Test
    void theTargetChangesOnlyOnCommit() throws Exception {
        Path target = Files.writeString(dir.resolve("events.jsonl"), "old\n");
        try (AtomicFile f = AtomicFile.create(target); OutputStream out = f.newOutputStream()) {
            out.write("half a line".getBytes(StandardCharsets.UTF_8));
            assertEquals(1, partials());
            // a failure here: closed without commit
        }
        assertEquals("old\n", Files.readString(target), "a failed write leaves the old file");
        assertEquals(0, partials(), "and no partial file");

        try (AtomicFile f = AtomicFile.create(target)) {
            try (OutputStream out = f.newOutputStream()) {
                out.write("new\n".getBytes(StandardCharsets.UTF_8));
            }
            f.commit();
        }
        assertEquals("new\n", Files.readString(target));
        assertEquals(0, partials());
    }

    @Test
    void aLinkIsWrittenWhereItPoints() throws Exception {
        Path real = Files.writeString(dir.resolve("real.txt"), "old");
        Path link = Files.createSymbolicLink(dir.resolve("link.txt"), real);
        AtomicFile.writeString(link, "new");
        assertTrue(Files.isSymbolicLink(link), "the link stays a link");
        assertEquals("new", Files.readString(real));
    }
}
