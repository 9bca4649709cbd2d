package dyad.store;

import dyad.model.Document;
import dyad.model.Event;
import dyad.model.Location;
import dyad.model.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static dyad.store.TestEvents.coded;
import static dyad.store.TestEvents.doc;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Stored events read back as the events that were written; cleaned texts and place spans kept (schema 5). */
class EventRowsTest {
    @TempDir
    Path dir;

    @Test
    void eventsReadBackEqualTheEventsWritten() throws Exception {
        Document d = doc("a", "Russia met Iran in Tehran. Iran thanked Russia.", EventStoreTest.DAY, null);
        StoreEntry.Coded plain = coded(d, "RUSGOV IRN 040", "IRN RUS 051", "RUS - 010");
        Event first = plain.events().get(0);
        Location tehran = new Location("Tehran", "IRN", "Tehran", 35.69, 51.42, 112931L, "city", new Span("Tehran", 19, 25), "clause");
        List<Event> events = new ArrayList<>(plain.events());
        events.set(0, new Event(first.eventId(), first.docId(), first.sentenceIndex(), first.sentence(), first.date(),
                first.source(), first.target(), first.cameo(), first.trigger(), false, first.modality(), first.evidence(), tehran));
        Path f = dir.resolve("a.duckdb");
        try (EventStore s = EventStore.open(f)) {
            s.writeBatch(List.of(new StoreEntry.Coded(d, plain.textHash(), plain.sentences(), events, d.text())));
        }
        try (EventStore s = EventStore.openForQueries(f, false); Connection c = s.connect()) {
            List<Event> read = new ArrayList<>();
            try (Statement st = c.createStatement();
                 ResultSet r = st.executeQuery("SELECT " + EventRows.COLUMNS + " FROM events ORDER BY sentence_index, cameo_code")) {
                while (r.next()) read.add(EventRows.read(r));
            }
            List<Event> expected = new ArrayList<>(events);
            expected.sort(java.util.Comparator.comparing(Event::sentenceIndex).thenComparing(e -> e.cameo().code()));
            assertEquals(expected, read);
            try (PreparedStatement p = c.prepareStatement("SELECT text FROM document_texts WHERE doc_id = ?")) {
                p.setString(1, "a");
                try (ResultSet r = p.executeQuery()) {
                    r.next();
                    assertEquals(d.text(), r.getString(1));
                }
            }
            // read-only: the other connection cannot write either
            try (Statement st = c.createStatement()) {
                assertThrows(java.sql.SQLException.class, () -> st.execute("DELETE FROM events"));
            }
        }
    }

    @Test
    void aSharingSinkStoresTheCleanedTextAndLeavesTheStoreOpen() {
        Document d = doc("a", "Russia met Iran.", EventStoreTest.DAY, null);
        StoreEntry.Coded c = coded(d, "RUSGOV IRN 040");
        try (EventStore s = EventStore.open(dir.resolve("c.duckdb"))) {
            try (StoreSink sink = StoreSink.sharing(s, 1)) {
                sink.coded(d, "Russia met Iran.", c.sentences(), c.events());
            }
            assertEquals(List.of(List.of("a", "Russia met Iran.")), new Reports(s).query("SELECT doc_id, text FROM document_texts").rows());
            assertEquals(1, s.stats().events(), "the store is still open");
        }
    }

    @Test
    void severalReadOnlyStoresShareAFile() {
        Path f = dir.resolve("shared.duckdb");
        try (EventStore s = EventStore.open(f)) {
            TestEvents.storeSample(s);
        }
        try (EventStore a = EventStore.openForQueries(f, false); EventStore b = EventStore.openForQueries(f, false)) {
            assertEquals(a.stats(), b.stats());
        }
    }

    @Test
    void recodingOrDeletingADocumentReplacesItsText() {
        Document d = doc("a", "Russia met Iran.", EventStoreTest.DAY, null);
        StoreEntry.Coded c = coded(d, "RUSGOV IRN 040");
        try (EventStore s = EventStore.open(dir.resolve("b.duckdb"))) {
            s.writeBatch(List.of(new StoreEntry.Coded(d, c.textHash(), c.sentences(), c.events(), "first text")));
            s.writeBatch(List.of(new StoreEntry.Coded(d, c.textHash(), c.sentences(), c.events(), "second text")));
            assertEquals(List.of(List.of("second text")), new Reports(s).query("SELECT text FROM document_texts").rows());
            s.delete("a");
            assertEquals(0L, new Reports(s).query("SELECT count(*) FROM document_texts").rows().get(0).get(0));
        }
    }
}
