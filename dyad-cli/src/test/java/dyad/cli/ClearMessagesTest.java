package dyad.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every failure a user can cause is one line that names the file and says what is wrong: never a stack trace. */
class ClearMessagesTest {
    @TempDir
    Path dir;

    private static DyadProcess.Run failed(int status, String message, String... args) throws Exception {
        DyadProcess.Run r = DyadProcess.run(args);
        assertEquals(status, r.status(), r.out() + r.err());
        assertTrue(r.err().contains(message), "'" + message + "' in: " + r.err());
        assertFalse(r.err().contains("\tat ") || r.err().contains("Exception") || r.err().contains("[Fatal Error]"), r.err());
        return r;
    }

    private Path binary() throws Exception {
        return Files.write(dir.resolve("image.bin"), new byte[]{0x7f, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 3, 0, 62, 0});
    }

    @Test
    void unreadableUsersFilesAreNamedWithTheReason() throws Exception {
        Path missing = dir.resolve("no-such-file.txt");
        failed(1, "cannot read pattern file " + missing + ": no such file", "patterns", "check", missing.toString());
        failed(1, "cannot read pattern file " + dir + ": it is a directory, not a file", "patterns", "check", dir.toString());
        Path bin = binary();
        failed(1, "pattern file " + bin + " is not text: binary file (contains NUL bytes)", "patterns", "check", bin.toString());
        failed(1, "cannot read dictionary " + missing + ": no such file", "actors", "resolve", "--actors", missing.toString(), "Iran");
        DyadProcess.Run agents = failed(1, "dictionary " + bin + " is not text: binary file", "actors", "resolve",
                "--agents-tabari", bin.toString(), "Iran");
        assertFalse(agents.err().contains("ELF"), "no raw bytes echoed: " + agents.err());
        failed(1, "gold file " + bin + " is not text: binary file", "eval", bin.toString(), bin.toString());
        failed(1, "validation file " + bin + " is not text: binary file", "validate", bin.toString());
        Path latin1 = Files.write(dir.resolve("latin1.txt"), "caf\u00e9 | 046 | negotiate\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        failed(1, "pattern file " + latin1 + " is not UTF-8 text: bad byte 0xe9 at byte offset 3", "patterns", "check", latin1.toString());
    }

    @Test
    void aBinaryParseFileIsListedAsSkipped() throws Exception {
        Path bin = binary();
        DyadProcess.Run r = DyadProcess.run("code", "--conllu", bin.toString());
        assertEquals(0, r.status(), r.err());
        assertTrue(r.err().contains("skipped " + bin) && r.err().contains("is not text: binary file"), r.err());
        assertTrue(r.err().contains("1 documents read, 0 coded, 1 skipped"), r.err());
    }

    @Test
    void badXmlNamesTheFileAndLine() throws Exception {
        Path xml = Files.writeString(dir.resolve("bad.xml"), "<articles>\n<article><text>x</article>\n");
        failed(1, xml + ":2: not well-formed XML", "geo-eval", xml.toString());
    }

    @Test
    void aFileThatIsNotADatabaseIsRefusedAndAnEmptyOneGetsTheSchema() throws Exception {
        Path csv = Files.writeString(dir.resolve("events.csv"), "doc_id,x\na,b\n");
        failed(1, csv.toAbsolutePath() + " is not a DuckDB database", "report", "--db", csv.toString(), "dyads");
        assertEquals("doc_id,x\na,b\n", Files.readString(csv), "left as it was");
        Path empty = Files.createFile(dir.resolve("new.duckdb"));
        DyadProcess.Run r = DyadProcess.run("report", "--db", empty.toString(), "dyads", "--format", "csv");
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().startsWith("source_code,target_code,events"), r.out());
    }

    @Test
    void tooSmallAHeapSaysHowMuchIsNeededAndHowToGiveIt() throws Exception {
        Path story = Files.writeString(dir.resolve("story.txt"), "Iran praised Syria on Monday.");
        DyadProcess.Run r = DyadProcess.withHeap("300m", "code", "--date", "2016-03-28", story.toString());
        assertEquals(1, r.status(), r.err());
        assertTrue(r.err().startsWith("dyad: out of memory: the Java heap is limited to"), r.err());
        assertTrue(r.err().contains("DYAD_JAVA_OPTS=\"-Xmx4g"), r.err());
        assertFalse(r.err().contains("\tat ") || r.err().contains("Exception in thread"), r.err());
    }
}
