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
}
