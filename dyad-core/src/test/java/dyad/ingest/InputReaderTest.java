package dyad.ingest;

import dyad.model.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InputReaderTest {
    @TempDir
    Path dir;

    private List<InputItem> read(int maxChars, String... inputs) {
        List<InputItem> out = new ArrayList<>();
        new InputReader(maxChars).read(List.of(inputs), new ByteArrayInputStream(new byte[0]), out::add);
        return out;
    }

    @Test
    void everyJsonLineIsReadOrSkippedWithItsReason() throws Exception {
        Path f = dir.resolve("batch.jsonl");
        Files.writeString(f, String.join("\n",
                "{\"id\":\"a\",\"text\":\"Iran praised Syria.\",\"date\":\"2016-03-28\",\"title\":\"T\",\"url\":\"http://x\"}",
                "{\"id\":\"b\",\"text\":",
                "{\"id\":\"c\"}",
                "{\"id\":\"d\",\"text\":\"   \"}",
                "",
                "[1,2]",
                "{\"id\":\"e\",\"text\":\"x\",\"date\":\"March 5\"}",
                "{\"text\":\"no id here\"}") + "\n");
        List<InputItem> items = read(1000, f.toString());
        assertEquals(7, items.size(), "the blank line is not a document; the seven others are accounted for");
        var a = assertInstanceOf(InputItem.Read.class, items.get(0)).document();
        assertEquals(LocalDate.of(2016, 3, 28), a.date());
        assertEquals(f + ":1", a.origin());
        assertTrue(((InputItem.Skipped) items.get(1)).reason().startsWith("invalid JSON"));
        assertEquals("missing 'text' field", ((InputItem.Skipped) items.get(2)).reason());
        assertEquals("empty document", ((InputItem.Skipped) items.get(3)).reason());
        assertEquals(f + ":6", items.get(4).origin());
        assertTrue(((InputItem.Skipped) items.get(5)).reason().contains("invalid 'date'"));
        assertEquals(f + ":8", assertInstanceOf(InputItem.Read.class, items.get(6)).document().id(), "no id: the origin names it");
    }

    @Test
    void plainFilesBinaryInvalidUtf8AndOverlongAreReported() throws Exception {
        Path d = Files.createDirectory(dir.resolve("in"));
        Files.writeString(d.resolve("a-story.txt"), "Russia and Iran agreed to cooperate.");
        Files.write(d.resolve("b-image.png"), new byte[]{(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
        Files.write(d.resolve("c-latin1.txt"), "Caf\u00e9 de Paris".getBytes(StandardCharsets.ISO_8859_1));
        Files.writeString(d.resolve("d-long.txt"), "word ".repeat(400));
        Files.writeString(d.resolve("e-empty.txt"), "");
        List<InputItem> items = read(1000, d.toString(), dir.resolve("missing.txt").toString());
        assertEquals(6, items.size());
        assertEquals("a-story.txt", assertInstanceOf(InputItem.Read.class, items.get(0)).document().id());
        assertTrue(((InputItem.Skipped) items.get(1)).reason().startsWith("binary file"));
        assertTrue(((InputItem.Skipped) items.get(2)).reason().startsWith("invalid UTF-8"));
        assertTrue(((InputItem.Skipped) items.get(3)).reason().startsWith("document too long"));
        assertEquals("empty document", ((InputItem.Skipped) items.get(4)).reason());
        assertEquals("no such file or directory", ((InputItem.Skipped) items.get(5)).reason());
    }

    @Test
    void stdinIsJsonLinesOrOnePlainDocument() {
        List<InputItem> out = new ArrayList<>();
        new InputReader(1000).read(List.of("-"), new ByteArrayInputStream("{\"id\":\"x\",\"text\":\"a\"}\n{\"id\":\"y\",\"text\":\"b\"}".getBytes()), out::add);
        assertEquals(List.of("x", "y"), out.stream().map(i -> ((InputItem.Read) i).document().id()).toList());
        out.clear();
        new InputReader(1000).read(List.of("-"), new ByteArrayInputStream("Plain story.".getBytes()), out::add);
        assertEquals("Plain story.", ((InputItem.Read) out.get(0)).document().text());
    }

    private static String reason(InputItem item) {
        return assertInstanceOf(InputItem.Skipped.class, item).reason();
    }

    @Test
    void linksAreFollowedOnceAndLoopsBrokenLinksAndEmptyJsonLinesAreListed() throws Exception {
        Path d = Files.createDirectory(dir.resolve("in"));
        Path outside = Files.createDirectory(dir.resolve("outside"));
        Files.writeString(outside.resolve("far.txt"), "Iran praised Syria.");
        Files.writeString(d.resolve("a-story.txt"), "Russia and Iran agreed to cooperate.");
        Files.createSymbolicLink(d.resolve("b-again.txt"), d.resolve("a-story.txt"));
        Files.createSymbolicLink(d.resolve("c-broken.txt"), dir.resolve("nothing-here"));
        Files.createSymbolicLink(d.resolve("d-loop"), d);
        Files.createSymbolicLink(d.resolve("e-outside"), outside);
        Files.writeString(d.resolve("f-empty.jsonl"), "");
        List<InputItem> items = read(1000, d.toString());
        assertEquals(6, items.size(), "every path met is read or listed: " + items);
        assertEquals("a-story.txt", assertInstanceOf(InputItem.Read.class, items.get(0)).document().id());
        assertTrue(reason(items.get(1)).startsWith("same file as one already read"), items.get(1).toString());
        assertEquals("broken symbolic link (it points to nothing)", reason(items.get(2)));
        assertTrue(reason(items.get(3)).startsWith("symbolic link loop"), items.get(3).toString());
        assertEquals("far.txt", assertInstanceOf(InputItem.Read.class, items.get(4)).document().id(), "a link to a directory is followed");
        assertEquals(d.resolve("e-outside").resolve("far.txt").toString(), items.get(4).origin());
        assertEquals("empty file (no JSON lines)", reason(items.get(5)));
    }

    @Test
    void unreadableFilesAndDirectoriesAreListedAndTheWalkGoesOn() throws Exception {
        Path d = Files.createDirectory(dir.resolve("in"));
        Path closed = Files.createDirectory(d.resolve("a-closed"));
        Files.writeString(closed.resolve("inside.txt"), "Iran praised Syria.");
        Path secret = Files.writeString(d.resolve("b-secret.txt"), "Iran praised Syria.");
        Files.writeString(d.resolve("c-story.txt"), "Russia and Iran agreed to cooperate.");
        Files.setPosixFilePermissions(closed, java.util.Set.of());
        Files.setPosixFilePermissions(secret, java.util.Set.of());
        try {
            org.junit.jupiter.api.Assumptions.assumeFalse(Files.isReadable(secret), "the tests run as a user who can read anything (root)");
            List<InputItem> items = read(1000, d.toString());
            assertEquals(3, items.size(), items.toString());
            assertEquals("permission denied (directory not read)", reason(items.get(0)));
            assertEquals("permission denied", reason(items.get(1)));
            assertInstanceOf(InputItem.Read.class, items.get(2));
        } finally {
            Files.setPosixFilePermissions(closed, java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
            Files.setPosixFilePermissions(secret, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        }
    }

    @Test
    void webPagesAreReadForTheirArticleNotCodedAsText() throws Exception {
        Path d = Files.createDirectory(dir.resolve("in"));
        Files.writeString(d.resolve("a-page.html"), "Iran praised Syria.");
        Files.writeString(d.resolve("b-page.txt"), "\n<!DOCTYPE html>\n<html><body><p>Iran praised Iraq.</p></body></html>");
        Files.writeString(d.resolve("c-lines.jsonl"), String.join("\n",
                "{\"id\":\"page\",\"text\":\"<div><p>Iran <a href='x'>praised</a> Egypt.</p><p>More.</p></div>\"}",
                "{\"id\":\"prose\",\"text\":\"The <b> key stands for bold; Iran praised Syria.\"}"));
        List<InputItem> items = read(1000, d.toString());
        for (int i = 0; i < 3; i++) {
            Document page = assertInstanceOf(InputItem.Read.class, items.get(i)).document();
            assertTrue(page.text().startsWith("Iran praised"), page.text());
            assertNotNull(page.page(), "a page says what was extracted");
        }
        assertEquals("prose", assertInstanceOf(InputItem.Read.class, items.get(3)).document().id(), "a stray tag is not a page");
    }
}
