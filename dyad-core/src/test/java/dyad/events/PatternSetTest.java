package dyad.events;

import dyad.model.DataFileException;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PatternSetTest {
    static PatternSet parse(String text) {
        return PatternSet.parse(List.of(new PatternSet.Text("p.txt", text)), code -> Set.of("040", "030", "036", "190").contains(code));
    }

    @Test
    void mostSpecificPatternComesFirst() {
        PatternSet ps = parse("""
                agree-to | 030 | agree | xcomp=*
                agree-meet | 036 | agree | xcomp=meet,talk obl.with=*
                """);
        assertEquals("agree-meet", ps.forLemma("agree").get(0).id());
        assertTrue(ps.isTrigger("agree"));
    }

    @Test
    void builtInPatternsAllUseOntologyCodes() {
        dyad.ontology.Ontology o = dyad.ontology.Ontology.builtIn();
        PatternSet ps = PatternSet.load(List.of(), c -> o.find(c).isPresent());
        assertTrue(ps.size() > 120, "built-in patterns: " + ps.size());
    }

    @Test
    void malformedLinesAreReportedWithTheirLine() {
        DataFileException e = assertThrows(DataFileException.class, () -> parse("ok | 040 | meet\n\nbad | 999 | meet"));
        assertEquals(3, e.line());
        assertTrue(e.getMessage().contains("not in the ontology"));
        assertThrows(DataFileException.class, () -> parse("x | 040 | meet | foo=bar"), "unknown relation");
        assertThrows(DataFileException.class, () -> parse("x | 040 | meet | obj"), "condition without =");
        assertThrows(DataFileException.class, () -> parse("x | 040 | meet\nx | 040 | talk"), "duplicate id");
        assertThrows(DataFileException.class, () -> parse("x | 040"), "too few fields");
        assertThrows(DataFileException.class, () -> parse("x | 040 | me3t"), "trigger not a word");
    }
}
