package dyad.coder;

import dyad.model.Document;
import dyad.model.Event;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The touchstone: the Reuters story of 28 March 2016 must give the events a user expects, and nothing from the junk. */
class SeedArticleTest {
    static DocumentResult result;
    static List<Event> events;

    @BeforeAll
    static void code() throws Exception {
        String text = Files.readString(Path.of("../examples/seed-article.txt"));
        result = SharedCoder.get().code(new Document("seed-article.txt", text, LocalDate.of(2016, 3, 28), null, null, null));
        events = result.events();
    }

    private static Predicate<Event> dyad(String source, String target, Set<String> plover) {
        return e -> e.source().code().code().startsWith(source) && e.target() != null
                && e.target().code().code().startsWith(target) && plover.contains(e.cameo().ploverEvent());
    }

    private static String listing() {
        return events.stream().map(e -> e.sentenceIndex() + " " + e.source().code().code() + " -> "
                + (e.target() == null ? "-" : e.target().code().code()) + " " + e.cameo().code() + " " + e.cameo().ploverEvent()
                + " '" + e.trigger().text() + "' " + e.date()).collect(Collectors.joining("\n"));
    }

    private static void expect(String what, Predicate<Event> p) {
        assertTrue(events.stream().anyMatch(p), what + " missing; events were:\n" + listing());
    }

    @Test
    void russiaAndIranAgreeAndConsultBothWays() {
        expect("RUS -> IRN AGREE/CONSULT", dyad("RUS", "IRN", Set.of("AGREE", "CONSULT")));
        expect("IRN -> RUS AGREE/CONSULT", dyad("IRN", "RUS", Set.of("AGREE", "CONSULT")));
        expect("Putin and Rowhani exchanged views: CONSULT", dyad("RUSGOV", "IRNGOV", Set.of("CONSULT")));
    }

    @Test
    void theKremlinAndShamkhaniSupportSyria() {
        expect("RUS -> SYR SUPPORT (the Kremlin congratulated Assad)", dyad("RUS", "SYR", Set.of("SUPPORT")));
        expect("IRN -> SYR SUPPORT (the NSC secretary congratulated Assad)", dyad("IRN", "SYR", Set.of("SUPPORT")));
    }

    @Test
    void iranWillKeepAidingSyria() {
        expect("IRN -> SYR AID or AGREE (will continue to provide Syria with their full support)",
                e -> dyad("IRN", "SYR", Set.of("AID", "AGREE")).test(e) && e.trigger().text().equals("provide"));
    }

    @Test
    void syrianForcesOustIslamicState() {
        Predicate<Event> oust = e -> e.source().code().code().startsWith("SYR") && e.target() != null
                && e.target().entity() != null && e.target().entity().contains("ISLAMIC_STATE")
                && Set.of("ASSAULT", "COERCE").contains(e.cameo().ploverEvent());
        expect("SYR -> Islamic State ASSAULT/COERCE (Syrian troops ousted the militants)", oust);
        Event e = events.stream().filter(oust).filter(x -> x.trigger().text().equals("ousted")).findFirst().orElseThrow();
        assertEquals("SYRMIL", e.source().code().code());
        assertEquals(LocalDate.of(2016, 3, 27), e.date(), "'on Sunday' in a Monday story");
    }

    @Test
    void palmyraEventsHappenInTadmurSyria() {
        List<Event> palmyra = events.stream().filter(e -> Set.of("recapturing", "ousted").contains(e.trigger().text())).toList();
        assertEquals(2, palmyra.size(), listing());
        for (Event e : palmyra) {
            assertTrue(e.location() != null, e.trigger().text() + " has no location");
            assertEquals("SYR", e.location().country());
            assertEquals("city", e.location().precision());
            assertEquals(163808L, e.location().geonamesId(), "GeoNames Tadmur (Palmyra)");
            assertEquals(34.56, e.location().lat(), 0.05);
            assertEquals(38.28, e.location().lon(), 0.05);
            assertEquals("clause", e.location().basis());
        }
    }

    @Test
    void thePhoneCallGetsNoInventedLocation() {
        List<Event> call = events.stream().filter(e -> e.trigger().text().equals("exchanged")).toList();
        assertFalse(call.isEmpty(), listing());
        for (Event e : call) assertEquals(null, e.location(), "the telephone call names no place");
    }

    @Test
    void datesAreResolved() {
        Event agree = events.stream().filter(e -> e.trigger().text().equals("agreed")).findFirst().orElseThrow(() -> new AssertionError(listing()));
        assertEquals(LocalDate.of(2016, 3, 28), agree.date(), "'on Monday' in a Monday story");
        assertTrue(agree.evidence().dateRule().contains("Monday"));
    }

    @Test
    void nothingComesFromTheWebJunk() {
        assertFalse(result.clean().text().contains("wpResize"));
        assertFalse(result.clean().text().contains("logged in"));
        for (Event e : events) {
            assertFalse(e.sentence().contains("wpResize") || e.sentence().contains("logged in"), e.sentence());
            assertTrue(e.trigger().start() < result.clean().text().length());
            assertEquals(e.trigger().text(), result.clean().text().substring(e.trigger().start(), e.trigger().end()),
                    "offsets refer to the cleaned text");
        }
    }
}
