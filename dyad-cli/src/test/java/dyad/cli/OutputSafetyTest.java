package dyad.cli;

import dyad.store.EventStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** No command writes over one of its own inputs or its database: each refuses with exit status 2, before any work. */
class OutputSafetyTest {
    @TempDir
    Path dir;

    private static void assertRefused(DyadProcess.Run r, String message) {
        assertEquals(2, r.status(), r.err());
        assertTrue(r.err().contains(message), r.err());
        assertFalse(r.err().contains("\tat "), "no stack trace: " + r.err());
    }

    private Path database() {
        Path db = dir.resolve("ev.duckdb");
        EventStore.open(db).close();
        return db;
    }

    @Test
    void codeRefusesToWriteOverItsInput() throws Exception {
        Path in = Files.writeString(dir.resolve("in.jsonl"), "{\"id\":\"a\",\"text\":\"Iran praised Syria.\"}\n");
        byte[] before = Files.readAllBytes(in);
        assertRefused(DyadProcess.run("code", "-o", in.toString(), in.toString()), "is also an input of this command");
        Path same = dir.resolve(".").resolve("in.jsonl");
        assertRefused(DyadProcess.run("code", "-o", same.toString(), in.toString()), "is also an input of this command");
        Path link = Files.createSymbolicLink(dir.resolve("link.jsonl"), in);
        assertRefused(DyadProcess.run("code", "-o", link.toString(), in.toString()), "is also an input of this command");
        assertArrayEquals(before, Files.readAllBytes(in), "the input is untouched");
    }

    @Test
    void codeRefusesAnOutputThatIsItsDatabaseADictionaryOrInsideAnInputDirectory() throws Exception {
        Path db = database();
        byte[] before = Files.readAllBytes(db);
        Path in = Files.writeString(dir.resolve("story.txt"), "Iran praised Syria.");
        assertRefused(DyadProcess.run("code", "--db", db.toString(), "-o", db.toString(), in.toString()), "-o and --db name the same file");
        assertRefused(DyadProcess.run("code", "--db", in.toString(), in.toString()), "is also an input of this command");
        assertArrayEquals(before, Files.readAllBytes(db), "the database is untouched");

        Path actors = Files.writeString(dir.resolve("mine.txt"), "X_Y | IRN | Someone\n");
        assertRefused(DyadProcess.run("code", "--actors", actors.toString(), "-o", actors.toString(), in.toString()), "is also an input");
        assertRefused(DyadProcess.run("code", "-o", dir.resolve("events.jsonl").toString(), dir.toString()), "is inside the input directory");
    }

    @Test
    void exportAndPlotRefuseToWriteOverTheDatabase() throws Exception {
        Path db = database();
        byte[] before = Files.readAllBytes(db);
        assertRefused(DyadProcess.run("export", "--db", db.toString(), "-o", db.toString()), "is also an input of this command");
        assertArrayEquals(before, Files.readAllBytes(db), "the database is untouched");

        DyadProcess.Run export = DyadProcess.run("export", "--db", db.toString(), "-o", dir.resolve("events.csv").toString());
        assertEquals(0, export.status(), export.err());
        try (Stream<Path> files = Files.list(dir)) {
            assertTrue(files.noneMatch(f -> f.getFileName().toString().endsWith(".partial")), "no partial file is left");
        }
    }

    @Test
    void evalRefusesToWriteOverItsGoldOrEvents() throws Exception {
        Path gold = Files.writeString(dir.resolve("gold.json"), EvalCommandTest.GOLD);
        Path events = Files.writeString(dir.resolve("out.jsonl"), "");
        assertRefused(DyadProcess.run("eval", gold.toString(), events.toString(), "--html", events.toString()), "is also an input");
        assertRefused(DyadProcess.run("eval", "--make-input", gold.toString(), "-o", gold.toString()), "is also an input");
        assertEquals(EvalCommandTest.GOLD, Files.readString(gold));
    }

    @Test
    void outputsInMissingDirectoriesAreUsageErrorsBeforeAnyWork() throws Exception {
        Path in = Files.writeString(dir.resolve("story.txt"), "Iran praised Syria.");
        Path nowhere = dir.resolve("no/such/dir");
        assertRefused(DyadProcess.run("code", "-o", nowhere.resolve("out.jsonl").toString(), in.toString()), "no such directory " + nowhere);
        assertRefused(DyadProcess.run("plot", "--db", database().toString(), "categories", "-o", nowhere.resolve("x").toString()),
                "no such directory " + nowhere);
        assertRefused(DyadProcess.run("eval", dir.resolve("gold.json").toString(), "--html", nowhere.resolve("r.html").toString()),
                "no such directory " + nowhere);
        assertRefused(DyadProcess.run("code", "-o", dir.toString(), in.toString()), "is a directory");
    }
}
