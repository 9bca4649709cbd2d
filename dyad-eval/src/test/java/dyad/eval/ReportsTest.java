package dyad.eval;

import dyad.ontology.Ontology;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertTrue;

class ReportsTest {
    @BeforeAll
    static void scorer() {
        ScorerTest.dictionary();
    }

    @Test
    void textTablesShowTheFigures() {
        Evaluation e = ScorerTest.example(null);
        String t = new TextReport(Ontology.builtIn()).render(e);
        assertTrue(t.contains("                 country    0.500   0.500   0.500      2      2      2"), t);
        assertTrue(t.contains("AGREE           2      1      1      0      1   1.000   0.500   0.667"), t);
        assertTrue(t.contains("19 Use conventional military force") || t.contains("19 Fight"), t);
        assertTrue(t.contains("false-positive rate 50.0%"), t);
        assertTrue(t.contains("ASSAULT       .    .    .    .    .    .    .    .    .    .    1    .    .    .    .    .    ."), t);
        assertTrue(t.contains("dev             3      2      3"), t);
        String m = new TextReport(Ontology.builtIn()).mistakes(e);
        assertTrue(m.contains("B: text of B\n  - ASSAULT 190 SYRMIL -> SYRREB\n  ! THREATEN 138 SYRMIL -> SYRREB\n"), m);
    }

    @Test
    void htmlPageWithChartsAndMistakes() {
        String h = new HtmlReport(Ontology.builtIn()).render(ScorerTest.example(null));
        assertTrue(h.startsWith("<!DOCTYPE html>") && h.endsWith("</html>\n"));
        assertTrue(h.contains("<svg xmlns=\"http://www.w3.org/2000/svg\""), "inline chart");
        assertTrue(h.contains(">F1 per PLOVER category, level country</text>") && h.contains(">66.7</text>"), "AGREE's bar is labelled 66.7");
        assertTrue(h.contains("<b>false-positive rate 50.0%</b>"));
        assertTrue(h.contains("<span class=\"fa\">! THREATEN 138 SYRMIL -&gt; SYRREB</span>"), h);
    }
}
