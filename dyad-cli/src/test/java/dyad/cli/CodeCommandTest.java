package dyad.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The command line as a user meets it: a real {@code java} process, its exit status, stdout and stderr. */
class CodeCommandTest {
    @TempDir
    static Path dir;

    static DyadProcess.Run dyad(String... args) throws IOException, InterruptedException {
        return DyadProcess.run(args);
    }

    static Path batch;

    @BeforeAll
    static void badBatch() throws IOException {
        batch = Files.createDirectory(dir.resolve("batch"));
        Files.writeString(batch.resolve("a-good.txt"), "Russian troops attacked Ukrainian positions on Sunday.");
        Files.writeString(batch.resolve("b-lines.jsonl"), String.join("\n",
                "{\"id\":\"ok\",\"text\":\"France and Germany signed a trade agreement.\",\"date\":\"2019-05-02\"}",
                "{\"id\":\"broken\",\"text\":\"unterminated",
                "{\"id\":\"notext\",\"date\":\"2019-05-02\"}",
                "{\"id\":\"empty\",\"text\":\"\"}") + "\n");
        Files.write(batch.resolve("c-binary.bin"), new byte[]{0x7f, 'E', 'L', 'F', 0, 0, 1, 2, 3, 0});
        Files.write(batch.resolve("d-latin1.txt"), "Fran\u00e7ois Hollande a critiqu\u00e9 la Russie.".getBytes(StandardCharsets.ISO_8859_1));
        Files.writeString(batch.resolve("e-huge.txt"), "word ".repeat(1_100_000));
        Files.writeString(batch.resolve("f-no-punctuation.txt"), "blah ".repeat(100_000));
        Files.writeString(batch.resolve("g-nested-quotes.txt"),
                "\u201c\u2018".repeat(5_000) + "Iran praised Syria." + "\u2019\u201d".repeat(5_000));
        Files.writeString(batch.resolve("h-junk-only.txt"), "[wpResize] |\nYou must be logged in to post a comment.\n");
        Files.writeString(batch.resolve("i-page.html"), "<html><body><p>Russian troops attacked <a href=\"/x\">Ukrainian</a> positions.</p></body></html>");
        Files.writeString(batch.resolve("j-empty.jsonl"), "");
        Files.createSymbolicLink(batch.resolve("k-loop"), batch);
        Files.createSymbolicLink(batch.resolve("l-broken.txt"), dir.resolve("nothing"));
    }

    @Test
    void aBadBatchIsCodedAndEverySkippedDocumentIsListed() throws Exception {
        DyadProcess.Run r = dyad("code", "--date", "2016-03-28", batch.toString());
        assertEquals(0, r.status(), r.err());
        String err = r.err();
        assertTrue(err.contains("b-lines.jsonl:2") && err.contains("invalid JSON"), err);
        assertTrue(err.contains("b-lines.jsonl:3 (id notext): missing 'text' field"), err);
        assertTrue(err.contains("(id empty): empty document"), err);
        assertTrue(err.contains("c-binary.bin") && err.contains("binary file"), err);
        assertTrue(err.contains("d-latin1.txt") && err.contains("invalid UTF-8 (bad byte 0xe7 at byte offset 4)"), err);
        assertTrue(err.contains("e-huge.txt") && err.contains("document too long"), err);
        assertTrue(err.contains("h-junk-only.txt") && err.contains("empty after cleaning"), err);
        assertFalse(err.contains("i-page.html"), "a web page is read for its article: " + err);
        assertTrue(err.contains("j-empty.jsonl (id j-empty.jsonl): empty file (no JSON lines)"), err);
        assertTrue(err.contains("k-loop: symbolic link loop"), err);
        assertTrue(err.contains("l-broken.txt: broken symbolic link"), err);
        assertTrue(err.contains("15 documents read, 5 coded, 10 skipped"), err);
        assertTrue(err.contains("documents/s") && err.contains("sentences/s"), err);
        ObjectMapper json = new ObjectMapper();
        List<String> docs = new ArrayList<>();
        for (String line : r.out().split("\n")) {
            if (line.isBlank()) continue;
            JsonNode e = json.readTree(line);
            for (String field : List.of("event_id", "doc_id", "sentence_index", "date", "source", "target", "cameo", "plover", "trigger")) {
                assertTrue(e.has(field), "required field " + field + " in " + line);
            }
            docs.add(e.get("doc_id").asText());
        }
        assertTrue(docs.contains("a-good.txt") && docs.contains("ok") && docs.contains("i-page.html"), r.out());
        List<String> inputOrder = List.of("a-good.txt", "ok", "i-page.html");
        assertEquals(docs.stream().sorted(java.util.Comparator.comparing(inputOrder::indexOf)).toList(), docs, "events come in input order");
    }

    @Test
    void usageErrorsExitWithTwo() throws Exception {
        assertEquals(2, dyad("code", "--date", "28/03/2016", "x.txt").status());
        assertEquals(2, dyad("code", "--format", "xml", batch.toString()).status());
        DyadProcess.Run missing = dyad("code", dir.resolve("no-such-file.txt").toString());
        assertEquals(2, missing.status());
        assertTrue(missing.err().contains("no such file"), missing.err());
        assertEquals(2, dyad("frobnicate").status());
    }

    @Test
    void csvHasAHeaderAndOneRowPerEvent() throws Exception {
        Path in = dir.resolve("story.txt");
        Files.writeString(in, "The presidents of Russia and Iran agreed on Monday to step up bilateral contacts.");
        Path out = dir.resolve("events.csv");
        DyadProcess.Run r = dyad("code", "--format", "csv", "-o", out.toString(), "--date", "2016-03-28", in.toString());
        assertEquals(0, r.status(), r.err());
        List<String> rows = Files.readAllLines(out);
        assertTrue(rows.get(0).startsWith("event_id,doc_id,sentence_index,date,source_code"), rows.get(0));
        assertEquals(3, rows.size(), "header + RUS->IRN + IRN->RUS: " + rows);
        assertTrue(rows.get(1).contains(",2016-03-28,"), rows.get(1));
        assertFalse(r.out().contains("event_id"), "with -o nothing goes to stdout");
    }
}
