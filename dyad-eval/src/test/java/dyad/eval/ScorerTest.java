package dyad.eval;

import dyad.actors.ActorDictionary;
import dyad.ontology.Ontology;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Hand-built gold and coded events with figures worked out by hand. */
class ScorerTest {
    static Scorer scorer;

    @BeforeAll
    static void dictionary() {
        scorer = new Scorer(new ActorKeys(ActorDictionary.builder().addBuiltIn().build()));
    }

    static GoldRecord doc(String id, String split, GoldEvent... events) {
        return new GoldRecord(id, "text of " + id, LocalDate.of(2019, 1, 1), split, null, List.of(events), null, "gold.json:1");
    }

    static GoldEvent gold(String category, String cameo, String source, String target) {
        return new GoldEvent(category, cameo, source, target, null, null);
    }

    static CodedEvent coded(String doc, String category, String cameo, String source, String target) {
        return new CodedEvent(doc, 0, category, cameo, source, target, null, null, "out.jsonl:1");
    }

    /**
     * A: one event right at country level only (RUSMIL for RUSGOV), B: wrong category (ASSAULT coded as THREATEN), C: a
     * false alarm on a text without events, D: a text without events left alone, E: two sources in one gold event, one
     * found (IRNGOV for IRN); one event for a document outside the gold.
     */
    static Evaluation example(String split) {
        GoldSet g = new GoldSet("gold.json", GoldSet.PLOVER_JSON, List.of(
                doc("A", "dev", gold("ACCUSE", "112", "RUSGOV", "UKRGOV")),
                doc("B", "dev", gold("ASSAULT", "190", "SYRMIL", "SYRREB")),
                doc("C", "dev"),
                doc("D", "test"),
                doc("E", "test", gold("AGREE", "036", "USA", "IRN"), gold("AGREE", "036", "FRA", "IRN"))), List.of());
        CodedEvents c = new CodedEvents("out.jsonl", List.of(
                coded("A", "ACCUSE", "111", "RUSMIL", "UKRGOV"),
                coded("B", "THREATEN", "138", "SYRMIL", "SYRREB"),
                coded("C", "CONSULT", "040", "USAGOV", "IRNGOV"),
                coded("E", "AGREE", "036", "USA", "IRNGOV"),
                coded("Z", "AGREE", "036", "USA", "IRNGOV")), 0);
        return scorer.score(g, c, Level.COUNTRY, split);
    }

    @Test
    void countsMatchesAtEachActorLevel() {
        Evaluation e = example(null);
        assertEquals(new Evaluation.Totals(5, 2, 4, 4, 1, 0), e.totals());
        assertEquals(new Counts(2, 2, 2), e.overall().get(Key.PLOVER).get(Level.EVENT));
        assertEquals(new Counts(2, 2, 2), e.overall().get(Key.PLOVER).get(Level.COUNTRY));
        assertEquals(new Counts(0, 4, 4), e.overall().get(Key.PLOVER).get(Level.SECTOR));
        assertEquals(new Counts(0, 4, 4), e.overall().get(Key.PLOVER).get(Level.FULL));
        Counts country = e.overall().get(Key.PLOVER).get(Level.COUNTRY);
        assertEquals(0.5, country.precision(), 1e-9);
        assertEquals(0.5, country.recall(), 1e-9);
        assertEquals(0.5, country.f1(), 1e-9);
        assertEquals(new Counts(2, 2, 2), e.overall().get(Key.ROOT).get(Level.COUNTRY));
        assertEquals(new Counts(1, 3, 3), e.overall().get(Key.CODE).get(Level.EVENT), "111 is not 112");
    }

    @Test
    void tablesPerCategoryAndRoot() {
        Evaluation e = example(null);
        assertEquals(Ontology.PLOVER_ORDER, new ArrayList<>(e.byCategory().keySet()));
        assertEquals(new Counts(1, 0, 0), e.byCategory().get("ACCUSE"));
        assertEquals(new Counts(1, 0, 1), e.byCategory().get("AGREE"));
        assertEquals(new Counts(0, 0, 1), e.byCategory().get("ASSAULT"));
        assertEquals(new Counts(0, 1, 0), e.byCategory().get("THREATEN"));
        assertEquals(new Counts(0, 1, 0), e.byCategory().get("CONSULT"));
        assertEquals(Counts.ZERO, e.byCategory().get("AID"));
        assertEquals(20, e.byRoot().size());
        assertEquals(new Counts(1, 0, 0), e.byRoot().get("11"));
        assertEquals(new Counts(0, 0, 1), e.byRoot().get("19"));
        assertEquals(new Counts(0, 1, 0), e.byRoot().get("13"));
        assertEquals(new Counts(1, 0, 1), e.byRoot().get("03"));
        // ACCUSE 1, AGREE 2/3, ASSAULT, THREATEN, CONSULT 0: five categories seen
        assertEquals((1 + 2.0 / 3) / 5, e.macroF1().get(Key.PLOVER), 1e-9);
    }

    @Test
    void confusionPairsWrongCategoriesByActors() {
        Evaluation.Confusion m = example(null).confusion();
        assertEquals(1, m.count("ACCUSE", "ACCUSE"));
        assertEquals(1, m.count("ASSAULT", "THREATEN"));
        assertEquals(1, m.count("AGREE", "AGREE"));
        assertEquals(1, m.count("AGREE", Evaluation.Confusion.NONE));
        assertEquals(1, m.count(Evaluation.Confusion.NONE, "CONSULT"));
        int total = m.counts().stream().flatMap(List::stream).mapToInt(Integer::intValue).sum();
        assertEquals(5, total);
    }

    @Test
    void actorAgreementAndFalseAlarms() {
        Evaluation e = example(null);
        Evaluation.ActorAgreement a = e.actors();
        assertEquals(2, a.pairs());
        assertEquals(1.0, a.sourceRate(Level.COUNTRY), 1e-9);
        assertEquals(0.5, a.sourceRate(Level.FULL), 1e-9);
        assertEquals(1.0, a.targetRate(Level.COUNTRY), 1e-9);
        assertEquals(0.5, a.targetRate(Level.SECTOR), 1e-9);
        assertEquals(new Evaluation.NoEventTexts(2, 1, 1), e.noEvents());
        assertEquals(0.5, e.noEvents().rate(), 1e-9);
        assertEquals(List.of("B", "C", "E"), e.mistakes().stream().map(x -> x.record().id()).toList());
        assertTrue(e.notes().stream().anyMatch(n -> n.startsWith("1 coded events belong to documents")), e.notes().toString());
    }

    @Test
    void splits() {
        Evaluation all = example(null);
        assertEquals(List.of("dev", "test"), new ArrayList<>(all.bySplit().keySet()));
        assertEquals(new Counts(1, 2, 1), all.bySplit().get("dev").counts());
        assertEquals(new Counts(1, 0, 1), all.bySplit().get("test").counts());
        assertEquals(new Evaluation.NoEventTexts(1, 1, 1), all.bySplit().get("dev").noEvents());
        Evaluation test = example("test");
        assertEquals(2, test.totals().records());
        assertEquals(new Counts(1, 0, 1), test.overall().get(Key.PLOVER).get(Level.COUNTRY));
        assertTrue(test.bySplit().isEmpty());
        assertThrows(IllegalArgumentException.class, () -> example("train"));
    }

    @Test
    void pairsEventsByHowWellTheirActorsAgree() {
        // in file order the first gold event would take the first coded event; the best pairing crosses them
        GoldSet g = new GoldSet("g", GoldSet.PLOVER_JSON, List.of(doc("A", null,
                gold("ACCUSE", "112", "RUSGOV", "UKRGOV"), gold("ACCUSE", "112", "USAGOV", "IRNGOV"))), List.of());
        CodedEvents c = new CodedEvents("c", List.of(coded("A", "ACCUSE", "112", "USAGOV", "IRNGOV"),
                coded("A", "ACCUSE", "112", "RUSGOV", "UKRGOV")), 0);
        Evaluation e = scorer.score(g, c, Level.FULL, null);
        assertEquals(new Counts(2, 0, 0), e.overall().get(Key.PLOVER).get(Level.FULL));
        assertEquals(1.0, e.actors().sourceRate(Level.FULL), 1e-9);
        assertTrue(e.mistakes().isEmpty());
    }

    @Test
    void internationalActorsAgreeOnTheirOrganisation() {
        ActorKeys keys = new ActorKeys(ActorDictionary.builder().addBuiltIn().build());
        assertTrue(keys.agree("IGOUNO", "IGOUNOREFHCR", Level.COUNTRY));
        assertTrue(!keys.agree("IGOUNO", "IGONAT", Level.COUNTRY));
        assertTrue(keys.agree("RUSGOV", "RUSMIL", Level.COUNTRY));
        assertTrue(keys.agree("RUSGOV", "RUSGOVMIL", Level.SECTOR));
        assertTrue(!keys.agree("RUSGOV", "RUSMIL", Level.SECTOR));
        assertTrue(keys.agree(null, null, Level.FULL));
        assertTrue(!keys.agree(null, "UKR", Level.COUNTRY));
        assertTrue(keys.agree(null, "UKR", Level.EVENT));
    }

    @Test
    void goldWithoutCameoCodesIsScoredByCategoryOnly() {
        GoldSet g = new GoldSet("g", GoldSet.PLOVER_JSON, List.of(doc("A", null, gold("ACCUSE", null, "RUS", "UKR"))), List.of());
        Evaluation e = scorer.score(g, new CodedEvents("c", List.of(coded("A", "ACCUSE", "111", "RUS", "UKR")), 0), Level.COUNTRY, null);
        assertEquals(new Counts(1, 0, 0), e.overall().get(Key.PLOVER).get(Level.FULL));
        assertTrue(!e.overall().containsKey(Key.ROOT) && e.byRoot().isEmpty());
    }
}
