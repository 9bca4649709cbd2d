package dyad.coder;

import dyad.model.Document;
import dyad.model.Event;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An event's id is hashed from its final fields (ARCHITECTURE.md): the code after an announcement is coded as intent,
 * the actors after generic ones took the country of the event's place. Two events that differ in code or actors
 * never share an id.
 */
class EventIdTest {
    /** The documented key: document, sentence, trigger start, code, source code and start, target code and start. */
    static String expectedId(Event e) throws Exception {
        String key = e.docId() + "\u0000" + e.sentenceIndex() + "\u0000" + e.trigger().start() + "\u0000" + e.cameo().code() + "\u0000"
                + e.source().code().code() + "\u0000" + e.source().span().start() + "\u0000"
                + (e.target() == null ? "-" : e.target().code().code() + "\u0000" + e.target().span().start());
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)), 0, 8);
    }

    private static List<Event> code(String text) {
        return SharedCoder.get().code(new Document("d", text, LocalDate.of(2024, 5, 2), null, null, null)).events();
    }

    @Test
    void theIdIsHashedFromTheFinalCodeAndActors() throws Exception {
        Event intent = code("Russian President Vladimir Putin will visit Iran next week.").stream()
                .filter(e -> e.cameo().code().equals("036")).findFirst().orElseThrow();
        assertTrue(intent.evidence().notes().stream().anyMatch(n -> n.contains("coded as the intent 036")), intent.evidence().notes().toString());
        assertEquals(expectedId(intent), intent.eventId(), "the id of the intent (036), not of the visit (042)");

        Event located = code("Gunmen abducted 40 villagers from a mosque in Nigeria's northwestern Zamfara state.").stream()
                .filter(e -> e.source().code().code().equals("NGAUAF")).findFirst().orElseThrow();
        assertTrue(located.source().rule().contains("from the event's place"), located.source().rule());
        assertEquals(expectedId(located), located.eventId(), "the id of NGAUAF -> NGACVL, not of UAF -> CVL");
    }
}
