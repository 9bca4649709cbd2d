package dyad.events;

import dyad.ontology.Ontology;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PatternLintTest {
    private static final PatternLint LINT = new PatternLint(Ontology.builtIn());

    private static PatternLint.Report check(String... files) {
        List<PatternSet.Text> texts = new java.util.ArrayList<>();
        for (int i = 0; i < files.length; i++) texts.add(new PatternSet.Text("f" + (i + 1) + ".txt", files[i]));
        return LINT.check(texts, false);
    }

    private static List<String> lines(PatternLint.Report r) {
        return r.findings().stream().map(Object::toString).toList();
    }

    @Test
    void everyMalformedLineIsReportedWithItsLineNotOnlyTheFirst() {
        var r = check("""
                # comment
                good        | 040 | meet
                bad id      | 040 | meet
                wrong-code  | 999 | meet
                few-fields  | 040
                bad-rel     | 040 | meet | foo=bar
                """);
        assertEquals(4, r.errors(), lines(r).toString());
        assertEquals(List.of(3, 4, 5, 6), r.findings().stream().map(PatternLint.Finding::line).toList());
        assertTrue(lines(r).get(1).startsWith("f1.txt:4: error: CAMEO code 999 is not in the ontology"), lines(r).toString());
        assertEquals(1, r.patterns());
    }

    @Test
    void sameTriggerAndConditionsWithDifferentCodesIsAConflictOnTheLaterLine() {
        var r = check("""
                arrest  | 173 | arrest,capture | target=obj
                occupy  | 192 | capture,seize
                """);
        assertEquals(1, r.errors(), lines(r).toString());
        String f = lines(r).get(0);
        assertTrue(f.startsWith("f1.txt:2: error: conflict: occupy (192) and arrest (173, f1.txt:1)"), f);
        assertTrue(f.contains("'capture'"), f);
    }

    @Test
    void aMoreSpecificPatternIsReachableAndAGeneralOneAfterItIsNot() {
        var r = check("""
                hold-talks   | 040 | hold | obj=talk,talks
                hold-any     | 040 | hold | obj=*
                hold-talks2  | 046 | hold | obj=talks
                """);
        // hold-talks2 (obj=talks) is covered by hold-talks (obj=talk,talks), equally specific and earlier
        assertEquals(List.of("f1.txt:3: warning: unreachable for trigger 'hold': hold-talks (f1.txt:1) matches wherever hold-talks2 does and is preferred"),
                lines(r));
        // with the specific pattern first the general one still fires elsewhere: no finding
        assertEquals(0, check("a | 040 | hold | obj=talks\nb | 040 | hold | obj=*\n").findings().size());
        // a named object beats a wildcard of the same specificity wherever it stands: the general one is not unreachable
        assertEquals(0, check("b | 040 | hold | obj=*\na | 046 | hold | obj=talks\n").findings().size());
    }

    @Test
    void nounAndVerbTriggersDoNotShadowEachOther() {
        assertEquals(List.of(), lines(check("a | 190 | attack | target=obj\nb | 190 | attack:n | nmod.on=*\n")));
    }

    @Test
    void duplicateIdsInAFileAreErrorsAcrossFilesAReplacement() {
        var r = check("a | 040 | meet\na | 042 | visit\n", "a | 043 | host\n");
        assertEquals(List.of("f1.txt:2: error: duplicate pattern id a (first at f1.txt:1)"), lines(r));
        var strict = LINT.check(List.of(new PatternSet.Text("x.txt", "a | 040 | meet\n"), new PatternSet.Text("y.txt", "a | 043 | host\n")), true);
        assertEquals(List.of("y.txt:1: error: pattern id a is already used at x.txt:1"), lines(strict));
    }

    @Test
    void unknownModesAndContextsAreWarnings() {
        var r = check("a | 190 | bomb | mode=areial context=militray context=military\n");
        assertEquals(List.of("f1.txt:1: warning: mode 'areial' is neither a PLOVER mode nor used by the ontology (misspelt?)",
                "f1.txt:1: warning: context 'militray' is neither a PLOVER context nor used by the ontology (misspelt?)"), lines(r));
    }

    @Test
    void theBuiltInPatternsHaveNoErrors() {
        var r = LINT.check(PatternSet.builtInTexts(), true);
        assertEquals(List.of(), r.findings().stream().filter(f -> f.severity() == PatternLint.Severity.ERROR).map(Object::toString).toList());
        assertEquals(PatternSet.builtIn().size(), r.patterns());
    }
}
