package dyad.petrarch;

import dyad.events.Pattern;
import dyad.events.WordPattern;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class VerbDictionaryTest {
    static final Set<String> CODES = Set.of("050", "051", "057", "080", "1121", "195");

    static final String DICTIONARY = """
            # PETRARCH verbs
            &TIETYPES
            +MILITARY
            +ECONOMIC  # a comment

            --- ABANDON [1121] ---
            ABANDON
            RENOUNCE [080]
            +BREAK_OFF {+BROKE_OFF +BROKEN_OFF}
            - * {NEW &TIETYPES RELATIONS} [195]
            - * BUDGET [---]
            - + * (FROM $) [057:050]
            - * RELATIONS [999]
            - * &UNDEFINED [050]
            ~ a (a b ATTACK) SAY = a b 015
            two words here
            """;

    static VerbDictionary.Result read(String text) {
        return VerbDictionary.read("v.txt", text, CODES::contains);
    }

    @Test
    void readsVerbsPatternsSynonymSetsAndCodes() {
        VerbDictionary.Result r = read(DICTIONARY);
        Pattern phrase = r.patterns().stream().filter(p -> p.source().equals("v.txt:10") && p.words().joinedAfter().isEmpty()).findFirst().orElseThrow();
        assertEquals("195", phrase.code());
        assertEquals(Set.of("abandon", "renounce"), phrase.lemmas(), "a pattern applies to every verb of its block");
        assertEquals("* {NEW &TIETYPES RELATIONS}", phrase.words().toString());
        WordPattern.Phrase np = (WordPattern.Phrase) phrase.words().after().get(0);
        assertEquals(2, ((WordPattern.AnyOf) np.modifiers().get(1)).choices().size());

        Pattern multiWord = r.patterns().stream().filter(p -> p.source().equals("v.txt:10") && !p.words().joinedAfter().isEmpty()).findFirst().orElseThrow();
        assertEquals(List.of("off"), multiWord.words().joinedAfter());
        assertEquals(Set.of("break", "broke", "broken"), multiWord.forms());

        Pattern paired = r.patterns().stream().filter(p -> p.source().equals("v.txt:12")).findFirst().orElseThrow();
        assertEquals("057", paired.code());
        assertEquals("050", paired.pairedCode());
        assertTrue(r.patterns().stream().anyMatch(p -> p.source().equals("v.txt:11") && p.codesNothing()), "[---] patterns are kept: they block");
        assertTrue(r.patterns().stream().anyMatch(p -> p.source().equals("v.txt:8") && p.code().equals("080") && p.words().words() == 0),
                "a verb's own code");
        assertNull(r.patterns().stream().filter(p -> p.source().equals("v.txt:7") && p.code().equals("1121")).findFirst()
                .orElseThrow().pairedCode());
    }

    @Test
    void everyLineIsUsedOrReportedWithItsLine() {
        VerbDictionary.Result r = read(DICTIONARY);
        assertEquals(0, r.unaccounted(), r.problems().toString());
        assertTrue(r.problems().stream().anyMatch(p -> p.startsWith("v.txt:13: code [999]")), r.problems().toString());
        assertTrue(r.problems().stream().anyMatch(p -> p.startsWith("v.txt:14: undefined synonym set &UNDEFINED")), r.problems().toString());
        assertTrue(r.problems().stream().anyMatch(p -> p.startsWith("v.txt:15: verb transformations")), r.problems().toString());
        assertTrue(r.problems().stream().anyMatch(p -> p.startsWith("v.txt:16: not a verb line")), r.problems().toString());
        assertEquals(4, r.unusedLines());
        assertEquals(r.lines() - 4, r.usedLines());
    }

    @Test
    void importsTheStandardCameoDictionary() throws Exception {
        Path cameo = Path.of("../../shared/dictionaries/phoenix/CAMEO.2.0.txt");
        assumeTrue(Files.exists(cameo), "../shared is absent");
        dyad.ontology.Ontology o = dyad.ontology.Ontology.builtIn();
        VerbDictionary.Result r = VerbDictionary.read(cameo.toString(), Files.readString(cameo), c -> o.find(c).isPresent());
        assertEquals(0, r.unaccounted(), "every line is used or reported");
        assertTrue(r.patterns().size() > 8000, "patterns: " + r.patterns().size());
        assertTrue(r.usedLines() > r.lines() * 99 / 100, r.usedLines() + " of " + r.lines());
        for (String p : r.problems()) assertTrue(p.matches(".+:\\d+: .+"), p);
        assertTrue(r.patternSet().forForm("said").stream().anyMatch(p -> p.code().equals("010")), "SAY {... SAID ...}");
    }
}
