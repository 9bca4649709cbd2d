package dyad.ingest;

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
}
