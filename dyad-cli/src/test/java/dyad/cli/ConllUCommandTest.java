package dyad.cli;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConllUCommandTest {
    @Test
    void codesUsersParsesWithoutLoadingModels() throws Exception {
        Path f = Files.createTempFile("parse", ".conllu");
        Files.writeString(f, String.join("\n",
                "# newdoc id = story-1",
                "# date = 2016-03-27",
                "1\tSyrian\tSyrian\tADJ\tJJ\t_\t2\tamod\t_\t_",
                "2\ttroops\ttroops\tNOUN\tNNS\t_\t3\tnsubj\t_\t_",
                "3\tattacked\tattack\tVERB\tVBD\t_\t0\troot\t_\t_",
                "4\tTurkish\tTurkish\tADJ\tJJ\t_\t5\tamod\t_\t_",
                "5\tpositions\tposition\tNOUN\tNNS\t_\t3\tdobj\t_\t_",
                "", ""));
        DyadProcess.Run r = DyadProcess.run("code", "--conllu", f.toString());
        Files.delete(f);
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().contains("\"doc_id\":\"story-1\"") && r.out().contains("\"code\":\"SYRMIL\"")
                && r.out().contains("\"code\":\"TUR\"") && r.out().contains("\"date\":\"2016-03-27\""), r.out());
        assertTrue(r.err().contains("1 documents read, 1 coded"), r.err());
    }

    @Test
    void parsesGoThroughTheBatchRunnerWithGeolocationAndTheSameSummary() throws Exception {
        Path dir = Files.createTempDirectory("conllu");
        Path f = Files.writeString(dir.resolve("parse.conllu"), String.join("\n",
                "# newdoc id = story-2",
                "# date = 2016-03-27",
                "1\tSyrian\tSyrian\tADJ\tJJ\t_\t2\tamod\t_\t_",
                "2\ttroops\ttroop\tNOUN\tNNS\t_\t3\tnsubj\t_\t_",
                "3\tattacked\tattack\tVERB\tVBD\t_\t0\troot\t_\t_",
                "4\tTurkish\tTurkish\tADJ\tJJ\t_\t5\tamod\t_\t_",
                "5\tpositions\tposition\tNOUN\tNNS\t_\t3\tobj\t_\t_",
                "6\tin\tin\tADP\tIN\t_\t7\tcase\t_\t_",
                "7\tAleppo\tAleppo\tPROPN\tNNP\t_\t3\tobl\t_\tSpaceAfter=No",
                "8\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_",
                "", ""));
        Path broken = Files.writeString(dir.resolve("broken.conllu"), "1\tonly\tthree\n\n");
        Path db = dir.resolve("ev.duckdb");
        DyadProcess.Run r = DyadProcess.run("code", "--conllu", f.toString(), "--conllu", broken.toString(), "--db", db.toString(),
                "-o", dir.resolve("out.jsonl").toString());
        assertEquals(0, r.status(), r.err());
        String out = Files.readString(dir.resolve("out.jsonl"));
        assertTrue(out.contains("\"location\":{\"name\":\"Aleppo\",\"country\":\"SYR\""), out);
        assertTrue(r.err().contains("skipped " + broken + " (id broken.conllu): " + broken + ":1: a CoNLL-U token line has 10"), r.err());
        assertTrue(r.err().contains("2 documents read, 1 coded, 1 skipped (listed above)"), r.err());
        DyadProcess.Run again = DyadProcess.run("code", "--conllu", f.toString(), "--db", db.toString());
        assertTrue(again.err().contains("1 documents read, 0 coded, 1 already in the database, 0 skipped"), again.err());
    }
}
