package dyad.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class ActorsCommandTest {
    @Test
    void resolveExplainsTheCodeForTheDate() throws Exception {
        DyadProcess.Run r = DyadProcess.run("actors", "resolve", "President Vladimir Putin", "--date", "2010-05-01");
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().startsWith("\"President Vladimir Putin\" on 2010-05-01 -> RUSGOV"), r.out());
        assertTrue(r.out().contains("VLADIMIR_PUTIN (entities.txt:") && r.out().contains("covers 2010-05-01"), r.out());
        DyadProcess.Run none = DyadProcess.run("actors", "resolve", "the weather", "--date", "2010-05-01");
        assertEquals(1, none.status(), "an unresolved phrase exits 1");
    }

    @Test
    void statsCountsEntriesAndImportedDictionariesReportTheirProblems() throws Exception {
        DyadProcess.Run r = DyadProcess.run("actors", "stats");
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().contains("countries.txt") && r.out().contains("agents.txt"), r.out());
        Path ud = Path.of("../../shared/gold/ud-petrarch/PETR_Validate_actors_2_02.txt");
        assumeTrue(Files.exists(ud), "../shared is absent");
        DyadProcess.Run imported = DyadProcess.run("actors", "resolve", "Aardvark", "--date", "2010-05-01", "--actors-tabari", ud.toString());
        assertEquals(0, imported.status(), imported.out() + imported.err());
        assertTrue(imported.out().contains("-> SAF") && imported.out().contains("PETR_Validate_actors_2_02.txt:"), imported.out());
        assertTrue(imported.err().contains("dyad: import: ") && imported.err().contains("lower-case code 'pse'"), imported.err());
    }

    @Test
    void checkListsEveryProblemOfTheFilesAndCodePointsToIt(@TempDir Path dir) throws Exception {
        Path mine = Files.writeString(dir.resolve("mine.txt"), """
                # my entities
                ALI_REZAEI | IRNXXX | Ali Rezaei
                lower_case | IRN | Someone
                JOHN_MWANGI | KENLEG | John Mwangi
                """);
        DyadProcess.Run r = DyadProcess.run("actors", "check", mine.toString());
        assertEquals(1, r.status(), r.out() + r.err());
        assertTrue(r.out().contains(mine + ":2: error: ") && r.out().contains(mine + ":3: error: entry id 'lower_case'"), r.out());
        assertTrue(r.out().strip().endsWith("2 problems in 1 files"), r.out());

        DyadProcess.Run code = DyadProcess.run("code", "--actors", mine.toString(), mine.toString());
        assertEquals(1, code.status(), code.err());
        assertTrue(code.err().contains(mine + ":2: ") && code.err().contains("'dyad actors check " + mine + "' lists every problem"), code.err());

        Files.writeString(mine, "JOHN_MWANGI | KENLEG | John Mwangi\n");
        DyadProcess.Run ok = DyadProcess.run("actors", "check", mine.toString());
        assertEquals(0, ok.status(), ok.out() + ok.err());
        assertEquals("1 entries in 1 files: no problems", ok.out().strip());
    }
}
