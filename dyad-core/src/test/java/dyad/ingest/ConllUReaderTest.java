package dyad.ingest;

import dyad.model.AnnotatedSentence;
import dyad.model.DataFileException;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ConllUReaderTest {
    static final String UD1 = String.join("\n",
            "# newdoc id = d1",
            "# date = 2016-03-28",
            "1\tIran\tIran\tPROPN\tNNP\t_\t2\tnsubj\t_\t_",
            "2\tpraised\tpraise\tVERB\tVBD\t_\t0\troot\t_\t_",
            "3\tSyria\tSyria\tPROPN\tNNP\t_\t2\tdobj\t_\t_",
            "4\tin\tin\tADP\tIN\t_\t5\tcase\t_\t_",
            "5\tMay\tMay\tPROPN\tNNP\t_\t2\tnmod\t_\tSpaceAfter=No",
            "6\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_",
            "",
            "# newdoc id = d2",
            "1-2\tdon't\t_\t_\t_\t_\t_\t_\t_\t_",
            "1\tdo\tdo\tAUX\tVBP\t_\t0\troot\t_\t_",
            "2\tn't\tnot\tPART\tRB\t_\t1\tneg\t_\t_",
            "");

    @Test
    void readsDocumentsDatesAndMapsUdV1ToV2() {
        List<ConllUReader.ParsedDocument> docs = new ConllUReader().read("f.conllu", "f.conllu", UD1);
        assertEquals(List.of("d1", "d2"), docs.stream().map(ConllUReader.ParsedDocument::id).toList());
        assertEquals(LocalDate.of(2016, 3, 28), docs.get(0).date());
        assertNull(docs.get(1).date());
        AnnotatedSentence s = docs.get(0).sentences().get(0);
        assertEquals("Iran praised Syria in May.", s.text());
        assertEquals("obj", s.token(2).rel(), "dobj is obj in UD v2");
        assertEquals("obl", s.token(4).rel(), "a verb's nmod is an obl");
        assertEquals(1, s.token(0).head());
        assertEquals("Syria", docs.get(0).text().substring(s.token(2).start(), s.token(2).end()));
        assertEquals(2, docs.get(1).sentences().get(0).size(), "the multiword token line is skipped");
        assertEquals("advmod", docs.get(1).sentences().get(0).token(1).rel());
    }

    @Test
    void badLinesNameFileAndLine() {
        DataFileException e = assertThrows(DataFileException.class,
                () -> new ConllUReader().read("f.conllu", "f", "1\tIran\tIran\tPROPN\n"));
        assertEquals(1, e.line());
        DataFileException head = assertThrows(DataFileException.class,
                () -> new ConllUReader().read("f.conllu", "f", "# x\n1\tIran\tIran\tPROPN\tNNP\t_\t7\tnsubj\t_\t_\n"));
        assertEquals(2, head.line());
    }
}
