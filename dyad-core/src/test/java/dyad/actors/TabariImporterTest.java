package dyad.actors;

import dyad.model.ActorCode;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class TabariImporterTest {
    static final Path PHOENIX = Path.of("../../shared/dictionaries/phoenix");
    static final Path UD = Path.of("../../shared/gold/ud-petrarch");

    static ActorCode code(String c) {
        return ActorDictionary.lenient(c, Set.of("RUS", "IRN", "USA"));
    }

    @Test
    void readsRootsSynonymsAndDatedCodesAndReportsTheRest() {
        String text = """
                # comment
                VLADIMIR_PUTIN_  # CountryInfo.txt
                +PUTIN_
                +PRESIDENT_PUTIN_
                \t[RUSELI 700101-990809]
                \t[RUSGOV >990809]
                \t[RUSELI]
                UN_ [IGOUNO]
                +U.N._
                \t[RUS 2004017-20061201]
                ORPHAN_NAME_
                +[oops
                IRAN [irn]
                """;
        TabariImporter.Result r = TabariImporter.actors("x.actors", text, TabariImporterTest::code);
        assertEquals(List.of("VLADIMIR_PUTIN", "UN", "IRAN"), r.entries().stream().map(Entry::id).toList());
        Entry putin = r.entries().get(0);
        assertEquals(List.of("Vladimir Putin", "Putin", "President Putin"), putin.names());
        assertEquals("RUSGOV", putin.codeOn(LocalDate.of(2016, 3, 28)).code().code());
        assertEquals("RUSELI", putin.codeOn(LocalDate.of(1990, 1, 1)).code().code());
        assertEquals("UN", r.entries().get(1).names().get(0), "two-letter names keep their capitals");
        assertEquals("IGOUNO", r.entries().get(1).codeOn(LocalDate.of(2000, 1, 1)).code().code());
        assertTrue(r.problems().stream().anyMatch(p -> p.startsWith("x.actors:10: date '2004017-20061201'")), r.problems().toString());
        assertTrue(r.problems().stream().anyMatch(p -> p.startsWith("x.actors:11: actor 'ORPHAN_NAME_' has no code")), r.problems().toString());
        assertTrue(r.problems().stream().anyMatch(p -> p.startsWith("x.actors:13: lower-case code 'irn'")), r.problems().toString());
        assertEquals(0, r.unaccounted(), "every line is used or reported: " + r.problems());
    }

    @Test
    void agentsExpandSubstitutionSetsAndPlurals() {
        TabariImporter.Result r = TabariImporter.agents("a.txt", """
                !PERSON! = MAN, MEN, WOMAN
                CATTLE!PERSON! [~AGR]
                CHAMBER_OF_COMMERCE {CHAMBERS_OF_COMMERCE} [~BUS]
                FOREIGN_MINISTER [~GOVFRM] # jap
                NO_CODE_HERE
                """, TabariImporterTest::code);
        assertEquals(List.of("Cattleman", "Cattlemen", "Cattlewoman"), r.entries().get(0).names());
        assertEquals(List.of("Chamber Of Commerce", "Chambers Of Commerce"), r.entries().get(1).names());
        assertEquals("GOVFRM", r.entries().get(2).codes().get(0).code().code());
        assertEquals(1, r.problems().size());
        assertTrue(r.problems().get(0).startsWith("a.txt:5:"));
    }

    @Test
    void petrarchValidationForms() {
        TabariImporter.Result actors = TabariImporter.actors("v.actors", """
                GOLLUM
                +SMEAGOL
                	[HOB < 950601]
                	[HOBGOV 19950601 - 19990815]
                	[HOBREB > 990816]
                THE_SHIRE  [FRO/BIL/SAM]
                NASGUL  [+++]
                """, TabariImporterTest::code);
        assertEquals(0, actors.problems().size(), actors.problems().toString());
        Entry gollum = actors.entries().get(0);
        assertEquals("HOB", gollum.codeOn(LocalDate.of(1995, 1, 1)).code().code());
        assertEquals("HOBGOV", gollum.codeOn(LocalDate.of(1995, 11, 1)).code().code());
        assertEquals("HOBREB", gollum.codeOn(LocalDate.of(2001, 1, 1)).code().code());
        assertEquals("FRO/BIL/SAM", actors.entries().get(1).codes().get(0).code().code());
        TabariImporter.Result agents = TabariImporter.agents("v.agents", """
                CONGRESS [~LEG]
                MSF {} [NGO~]
                """, TabariImporterTest::code);
        assertEquals(List.of("Congress", "Congresses"), agents.entries().get(0).names(), "the regular plural unless {} is given");
        assertEquals(List.of("Msf"), agents.entries().get(1).names());
        assertEquals("NGO~", agents.entries().get(1).codes().get(0).code().code(), "a prefix agent keeps its ~");
        assertEquals(List.of("NGO"), agents.entries().get(1).codes().get(0).code().sectors());
    }

    @Test
    void importsThePhoenixAndUdPetrarchDictionaries() throws Exception {
        assumeTrue(Files.isDirectory(PHOENIX), "../shared is absent");
        ActorDictionary.Builder b = ActorDictionary.builder().addBuiltIn();
        int lines = 0;
        for (String f : List.of("Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt")) {
            b.addTabariActors(PHOENIX.resolve(f));
            lines += Files.readAllLines(PHOENIX.resolve(f)).size();
        }
        b.addTabariAgents(PHOENIX.resolve("Phoenix.agents.txt"));
        b.addTabariActors(UD.resolve("PETR_Validate_actors_2_02.txt"));
        b.addTabariAgents(UD.resolve("PETR_Validate_agents_2_02.txt"));
        ActorDictionary d = b.build();
        long imported = d.entries().stream().filter(e -> e.source().contains("Phoenix") || e.source().contains("PETR_")).count();
        assertTrue(imported > 10_000, "imported entries: " + imported);
        assertTrue(lines > 60_000);
        ActorLookup lookup = new ActorLookup(d);
        assertEquals("RUSGOV", lookup.resolve("Vladimir Putin", LocalDate.of(2016, 3, 28)).code().code());
        assertEquals("IGOUNO", lookup.resolve("Kofi Annan", LocalDate.of(2000, 6, 1)).code().code());
        assertEquals("IRNGOV", lookup.resolve("Hassan Rouhani", LocalDate.of(2014, 1, 1)).code().code());
        assertEquals("ISRMIL", lookup.resolve("Israeli troops", LocalDate.of(2014, 1, 1)).code().code());
        for (String p : d.importProblems()) {
            assertTrue(p.matches("[^:]+:\\d+: .+"), "a problem names file:line: " + p);
        }
        // every line of every imported file was either used or reported
        for (String f : List.of("Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt")) {
            String text = Files.readString(PHOENIX.resolve(f));
            TabariImporter.Result r = TabariImporter.actors(f, text, c -> ActorDictionary.lenient(c, Set.of()));
            assertEquals(0, r.unaccounted(), f + ": every line used or reported");
            assertTrue(r.used().cardinality() > r.lines() * 9 / 10, f + ": most lines are used");
        }
    }
}
