package dyad.petrarch;

import dyad.actors.ActorDictionary;
import dyad.events.CodingRules;
import dyad.events.EventStage;
import dyad.model.AnnotatedSentence;
import dyad.model.Event;
import dyad.ontology.Ontology;
import dyad.testing.Sentences;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** PETRARCH verb patterns, TABARI actors and agents and a PICO file, coded by the event stage under PETRARCH's rules. */
class PetrarchCodingTest {
    static final String VERBS = """
            &TIETYPES
            +MILITARY
            +ECONOMIC

            --- ABANDON [1121] ---
            ABANDON
            - * {NEW &TIETYPES RELATIONS} [195]

            --- ARRIVE [042:043] ---
            ARRIVE

            --- DELAY [120] ---
            DELAY
            POSTPONE
            - % * [120]

            --- FREE [080] ---
            FREE
            - + * (FROM $) [080]

            --- CLASH [190] ---
            CLASH
            - * (OVER EFFORTS) [110]
            """;
    static final String ACTORS = """
            ARNOR_ [ARN]
            GONDOR [GON]
            +MINAS_TIRITH
            BREE [BRE]
            OSGILIATH [OSG]
            """;
    static final String AGENTS = """
            PRESIDENT [~GOV]
            MSF {} [NGO~]
            SOLDIER [~MIL]
            """;
    static final String PICO = "050:0x0080\n110:0x1007f\n120:-0xFFFF\n190:0x00A0\n";

    static EventStage stage;

    @BeforeAll
    static void build(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("actors.txt"), ACTORS);
        Files.writeString(dir.resolve("agents.txt"), AGENTS);
        ActorDictionary actors = ActorDictionary.builder().addTabariActors(dir.resolve("actors.txt"))
                .addTabariAgents(dir.resolve("agents.txt")).build();
        VerbDictionary.Result verbs = VerbDictionary.read("verbs.txt", VERBS, c -> true);
        Ontology ontology = Ontology.builtIn().withUnlisted(List.of("1121", "195"), "verbs.txt");
        stage = new EventStage(actors, verbs.patternSet(), ontology, false, CodingRules.petrarch(CodeNegation.read("pico.txt", PICO)));
    }

    static Set<String> code(String conll) {
        AnnotatedSentence s = Sentences.parse(0, conll);
        Set<String> out = new TreeSet<>();
        for (Event e : stage.code("d", List.of(s), LocalDate.of(1995, 1, 1)).events()) {
            out.add(e.cameo().code() + " " + e.source().code().code() + " " + e.target().code().code());
        }
        return out;
    }

    @Test
    void aNounPhrasePatternNeedsItsModifiersRightBeforeTheHead() {
        assertEquals(Set.of("195 ARN GON"), code("""
                0 Arnor Arnor NNP 2 nsubj
                1 will will MD 2 aux
                2 abandon abandon VB -1 root
                3 new new JJ 5 amod
                4 economic economic JJ 5 amod
                5 relations relation NNS 2 obj
                6 with with IN 7 case
                7 Gondor Gondor NNP 2 obl
                """));
        assertEquals(Set.of("1121 ARN GON"), code("""
                0 Arnor Arnor NNP 2 nsubj
                1 will will MD 2 aux
                2 abandon abandon VB -1 root
                3 new new JJ 6 amod
                4 economic economic JJ 6 amod
                5 trade trade NN 6 compound
                6 relations relation NNS 2 obj
                7 with with IN 8 case
                8 Gondor Gondor NNP 2 obl
                """), "'economic trade relations' is not {NEW &TIETYPES RELATIONS}: the verb's own code");
    }

    @Test
    void pairedCodesAndPrefixAgents() {
        assertEquals(Set.of("042 NGOARNGOV GON", "043 GON NGOARNGOV"), code("""
                0 MSF MSF NNP 2 compound
                1 Arnor Arnor NNP 2 compound
                2 president president NN 3 nsubj
                3 arrived arrive VBD -1 root
                4 in in IN 6 case
                5 Minas Minas NNP 6 compound
                6 Tirith Tirith NNP 3 obl
                """));
    }

    @Test
    void compoundSubjectsAndActorPlaces() {
        assertEquals(Set.of("120 GON OSG", "120 OSG GON"), code("""
                0 Gondor Gondor NNP 4 nsubj
                1 and and CC 2 cc
                2 Osgiliath Osgiliath NNP 0 conj
                3 have have VBP 4 aux
                4 postponed postpone VBN -1 root
                5 their their PRP$ 6 nmod:poss
                6 meeting meeting NN 4 obj
                """), "% * : one event per ordered pair of the compound subject");
        assertEquals(Set.of("080 OSG BREMIL"), code("""
                0 Bree Bree NNP 1 compound
                1 soldiers soldier NNS 3 nsubj:pass
                2 were be VBD 3 aux:pass
                3 freed free VBN -1 root
                4 from from IN 5 case
                5 Osgiliath Osgiliath NNP 3 obl
                """), "+ * (FROM $): the subject is the target, the source is in the from-phrase");
    }

    @Test
    void negatedCodesComeFromThePicoFile() {
        assertEquals(Set.of("050 BRE GON"), code("""
                0 Bree Bree NNP 3 nsubj
                1 did do VBD 3 aux
                2 not not RB 3 advmod
                3 clash clash VB -1 root
                4 over over IN 6 case
                5 the the DT 6 det
                6 efforts effort NNS 3 obl
                7 of of IN 8 case
                8 Gondor Gondor NNP 6 nmod
                """), "not 110 (disapprove) is 050");
        assertEquals(Set.of(), code("""
                0 Bree Bree NNP 2 nsubj
                1 not not RB 2 advmod
                2 clash clash VB -1 root
                3 with with IN 4 case
                4 Gondor Gondor NNP 2 obl
                """), "'not 190' has no code: no event");
    }
}
