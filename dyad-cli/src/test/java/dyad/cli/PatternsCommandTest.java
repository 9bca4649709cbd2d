package dyad.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PatternsCommandTest {
    @Test
    void checkReportsEachProblemWithFileAndLineAndFailsOnErrors(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("mine.txt");
        Files.writeString(f, """
                # my patterns
                my-talks   | 046 | negotiate | obl.with=*
                my-broken  | 046 | negotiate | with=*
                my-talks   | 040 | confer
                """);
        DyadProcess.Run r = DyadProcess.run("patterns", "check", "--no-built-in", f.toString());
        assertEquals(1, r.status(), r.out() + r.err());
        assertTrue(r.out().contains(f + ":3: error: unknown relation 'with'"), r.out());
        assertTrue(r.out().contains(f + ":4: error: duplicate pattern id my-talks"), r.out());
        assertTrue(r.out().strip().endsWith("1 patterns in 1 files: 2 errors, 0 warnings"), r.out());

        Files.writeString(f, "my-talks | 046 | negotiate | obl.with=*\n");
        DyadProcess.Run ok = DyadProcess.run("patterns", "check", "--no-built-in", f.toString());
        assertEquals(0, ok.status(), ok.out() + ok.err());
    }

    @Test
    void checkCountsOnlyTheGivenFilesFindings(@TempDir Path dir) throws Exception {
        Path f = Files.writeString(dir.resolve("mine.txt"), "my-talks | 046 | negotiate | obl.with=*\nmy-odd | 046 | parley | mode=sideways\n");
        DyadProcess.Run r = DyadProcess.run("patterns", "check", f.toString());
        assertEquals(0, r.status(), r.out() + r.err());
        assertTrue(r.out().contains(f + ":2: warning: mode 'sideways'"), r.out());
        assertTrue(r.out().lines().allMatch(l -> l.startsWith(f.toString()) || l.startsWith("2 patterns in 1 files")), "only my file's findings: " + r.out());
        assertTrue(r.out().contains("2 patterns in 1 files: 0 errors, 1 warnings (checked with the built-in patterns"), r.out());
    }
}
