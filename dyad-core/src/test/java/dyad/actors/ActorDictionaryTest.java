package dyad.actors;

import dyad.model.ActorMention;
import dyad.model.DataFileException;
import dyad.testing.Sentences;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ActorDictionaryTest {
    static final String SECTORS = """
            # code | name | PLOVER
            GOV | Government | GOV
            MIL | Military | MIL
            SPY | Intelligence | GOV
            ELI | Elite | ELI
            IGO | International organisation | IGO
            UNO | United Nations | IGO
            """;
    static final String COUNTRIES = """
            RUS | Russia; Russian Federation | Russian | Moscow
            IRN | Iran | Iranian | Tehran
            USA | United States; U.S.; US | American | Washington
            """;
    static final String AGENTS = """
            president | GOV
            troops; armed forces | MIL
            spokesman | *
            """;
    static final String ENTITIES = """
            VLADIMIR_PUTIN | RUSSPY 1998-07-25..1999-08-08; RUSGOV 1999-08-09.. | Vladimir Putin; Putin
            HASSAN_ROUHANI | IRNGOV 2013-08-03..2021-08-03; IRNELI 2021-08-04.. | Hassan Rouhani; Rouhani; Rowhani
            UNITED_NATIONS | IGOUNO | United Nations; U.N.; UN
            """;

    static ActorDictionary small(String entities) {
        return ActorDictionary.builder().addText("sectors.txt", SECTORS).addText("countries.txt", COUNTRIES)
                .addText("agents.txt", AGENTS).addText("entities.txt", entities).build();
    }

    @Test
    void codesFollowTheDocumentDate() {
        Entry putin = small(ENTITIES).entry("VLADIMIR_PUTIN");
        assertEquals("RUSSPY", putin.codeOn(LocalDate.of(1999, 1, 1)).code().code());
        assertEquals("RUSGOV", putin.codeOn(LocalDate.of(2016, 3, 28)).code().code());
        Entry.Resolution before = putin.codeOn(LocalDate.of(1990, 1, 1));
        assertEquals("RUS", before.code().code(), "before any listed role: the country only");
        assertTrue(before.nearest(), "a date outside every range takes the nearest and says so");
    }

    @Test
    void matcherIgnoresCaseAccentsAndPunctuationButNotForShortCapitals() {
        NameMatcher m = small(ENTITIES).matcher();
        LocalDate d = LocalDate.of(2016, 3, 28);
        List<ActorMention> found = m.find(Sentences.words("ROWHĀNI met the U.N. envoy and us"), d);
        assertEquals(List.of("HASSAN_ROUHANI", "UNITED_NATIONS"), found.stream().map(ActorMention::entity).toList(),
                "accents and dots are ignored; lower-case 'us' is not the United States");
        List<ActorMention> us = m.find(Sentences.words("US troops"), d);
        assertEquals("USA", us.get(0).entity());
        assertEquals(ActorMention.Kind.AGENT, us.get(1).kind());
    }

    @Test
    void oneWordNamesMatchCapitalisedWordsOnly() {
        NameMatcher m = small(ENTITIES + "STORE_PM | IRNGOV | Støre\n").matcher();
        LocalDate d = LocalDate.of(2016, 3, 28);
        assertEquals(List.of("STORE_PM"), m.find(Sentences.words("Støre met Rouhani"), d).stream().map(ActorMention::entity).limit(1).toList());
        assertTrue(m.find(Sentences.words("a gunman shot shoppers at a store"), d).isEmpty(), "the English word is no name");
        assertTrue(m.find(Sentences.words("the talks in iran ended on Monday"), d).isEmpty(),
                "a lower-case country name is not matched in a sentence with capitals");
        assertEquals(1, m.find(Sentences.words("president rouhani held talks in iran"), d).stream()
                .filter(x -> x.entity().equals("IRN")).count(), "a text without capitals names its actors in lower case");
        assertEquals(1, m.find(Sentences.words("talks in IRAN"), d).size(), "headlines in capitals still match");
    }

    @Test
    void longestNameWinsAndAgentsMatchByLemma() {
        NameMatcher m = small(ENTITIES).matcher();
        var s = new dyad.model.AnnotatedSentence(0, "Iranian armed forces", 0, 20, List.of(
                new dyad.model.Token(0, "Iranian", "Iranian", "JJ", "O", 0, 7, -2, ""),
                new dyad.model.Token(1, "armed", "armed", "JJ", "O", 8, 13, -2, ""),
                new dyad.model.Token(2, "forces", "force", "NNS", "O", 14, 20, -2, "")), false);
        List<ActorMention> found = m.find(s, LocalDate.of(2016, 1, 1));
        assertEquals(2, found.size());
        assertEquals("armed forces", found.get(1).span().text());
        assertEquals("MIL", found.get(1).code().code());
        assertEquals("IRN", found.get(0).code().country());
    }

    @Test
    void errorsNameFileAndLine() {
        DataFileException overlap = assertThrows(DataFileException.class, () -> small("""
                OK | IRNGOV | Somebody
                BAD | IRNGOV 2000-01-01..2010-01-01; IRNELI 2005-01-01.. | Someone Else
                """));
        assertEquals("entities.txt", overlap.file());
        assertEquals(2, overlap.line());
        assertTrue(overlap.getMessage().contains("overlapping"), overlap.getMessage());

        assertThrows(DataFileException.class, () -> small("X | IRNGOV 2010-01-01..2000-01-01 | X"), "reversed range");
        DataFileException sector = assertThrows(DataFileException.class, () -> small("\n\nX | IRNXYZ | X"));
        assertEquals(3, sector.line());
        assertTrue(sector.getMessage().contains("unknown sector 'XYZ'"), sector.getMessage());
        DataFileException country = assertThrows(DataFileException.class, () -> small("X | ZZZGOV | X"));
        assertTrue(country.getMessage().contains("neither a country"), country.getMessage());
        DataFileException dup = assertThrows(DataFileException.class, () -> small("X | IRNGOV | X\nX | RUSGOV | Y"));
        assertEquals(2, dup.line());
        assertThrows(DataFileException.class, () -> small("X | IRNGOV"), "missing field");
        assertThrows(DataFileException.class, () -> small("X | IRNGOV 2010-13-01.. | X"), "bad date");
    }

    @Test
    void builtInDictionariesLoadAndCoverEveryUnMember() {
        ActorDictionary d = ActorDictionary.builtIn();
        long countries = d.entries().stream().filter(e -> e.kind() == ActorMention.Kind.COUNTRY).count();
        assertTrue(countries >= 195, "countries: " + countries);
        assertEquals("IRNGOV", d.entry("HASSAN_ROUHANI").codeOn(LocalDate.of(2016, 3, 28)).code().code());
    }

    @Test
    void aNameOfTwoBuiltInEntriesWithOtherCodesIsAnError() {
        DataFileException e = assertThrows(DataFileException.class, () -> ActorDictionary.builder()
                .addText("sectors.txt", SECTORS).addText("countries.txt", COUNTRIES).addText("agents.txt", AGENTS)
                .addAsBuiltIn("a.txt", "ALI_A | IRNGOV | Ali Rezaei")
                .addAsBuiltIn("b.txt", "# other\nALI_B | RUSGOV | Ali Rezaei").build());
        assertEquals("b.txt", e.file());
        assertEquals(2, e.line());
        assertTrue(e.getMessage().contains("ALI_A (a.txt:1)"), e.getMessage());
        // a user's file may redefine a name on purpose
        ActorDictionary.builder().addText("sectors.txt", SECTORS).addText("countries.txt", COUNTRIES).addText("agents.txt", AGENTS)
                .addAsBuiltIn("a.txt", "ALI_A | IRNGOV | Ali Rezaei").addText("mine.txt", "ALI_B | RUSGOV | Ali Rezaei").build();
    }

    @Test
    void anIdOfTwoBuiltInFilesIsAnError() {
        // a company named "DJI" must not silently replace Djibouti's entry
        DataFileException e = assertThrows(DataFileException.class, () -> ActorDictionary.builder()
                .addText("sectors.txt", SECTORS).addAsBuiltIn("countries.txt", COUNTRIES).addText("agents.txt", AGENTS)
                .addAsBuiltIn("companies.txt", "IRN | IRNGOV | Iran Air").build());
        assertEquals("companies.txt", e.file());
        assertTrue(e.getMessage().contains("duplicate entry IRN (first defined at countries.txt:2)"), e.getMessage());
    }

    @Test
    void laterFilesOverrideEntries() {
        ActorDictionary d = ActorDictionary.builder().addText("sectors.txt", SECTORS).addText("countries.txt", COUNTRIES)
                .addText("agents.txt", AGENTS).addText("entities.txt", ENTITIES)
                .addText("mine.txt", "HASSAN_ROUHANI | IRNGOV | Hassan Rouhani").build();
        assertEquals("IRNGOV", d.entry("HASSAN_ROUHANI").codeOn(LocalDate.of(2024, 1, 1)).code().code());
    }

    @Test
    void problemsListsEveryBadLineWhereBuildStopsAtTheFirst() {
        String bad = """
                VLADIMIR_PUTIN | RUSXXX | Vladimir Putin
                lower_case | IRN | Someone
                HASSAN_ROUHANI | IRNGOV | Hassan Rouhani
                NO_NAMES | IRN |
                """;
        ActorDictionary.Builder b = ActorDictionary.builder().addText("sectors.txt", SECTORS).addText("countries.txt", COUNTRIES)
                .addText("agents.txt", AGENTS).addText("mine.txt", bad);
        List<DataFileException> problems = b.problems();
        assertEquals(List.of(1, 2, 4), problems.stream().map(DataFileException::line).toList(), problems.toString());
        assertTrue(problems.stream().allMatch(p -> p.file().equals("mine.txt")));
        assertEquals(1, assertThrows(DataFileException.class, b::build).line(), "build still stops at the first");
        assertEquals(List.of(), ActorDictionary.builder().addText("sectors.txt", SECTORS).addText("countries.txt", COUNTRIES)
                .addText("agents.txt", AGENTS).addText("entities.txt", ENTITIES).problems());
    }
}
