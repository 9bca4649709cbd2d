package dyad.store;

import dyad.model.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static dyad.store.TestEvents.coded;
import static dyad.store.TestEvents.doc;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EventStoreTest {
    static final LocalDate DAY = LocalDate.of(2016, 3, 28);

    @TempDir
    Path dir;

    private long count(EventStore s, String sql) {
        return (Long) new Reports(s).query(sql).rows().get(0).get(0);
    }

    @Test
    void createsTheCurrentSchemaVersion() {
        try (EventStore s = EventStore.open(dir.resolve("a.duckdb"))) {
            assertEquals(Schema.CURRENT_VERSION, s.schemaVersion());
            assertEquals(new EventStore.Stats(0, 0, 0, 0, 0), s.stats());
        }
        try (EventStore s = EventStore.open(dir.resolve("a.duckdb"))) {
            assertEquals(Schema.CURRENT_VERSION, s.schemaVersion());
        }
    }

    @Test
    void recodingADocumentReplacesItsRows() {
        try (EventStore s = EventStore.open(dir.resolve("a.duckdb"))) {
            Document a = doc("a", "Russia met Iran. Iran thanked Russia. Talks went on.", DAY, "https://www.reuters.com/x");
            Document b = doc("b", "France met Germany.", DAY, null);
            var first = coded(a, "RUSGOV IRN 040", "IRN RUS 051", "RUS - 010");
            s.write(a, first.textHash(), first.sentences(), first.events());
            var other = coded(b, "FRA DEU 040");
            s.write(b, other.textHash(), other.sentences(), other.events());
            assertEquals(new EventStore.Stats(2, 2, 0, 4, 4), s.stats());

            Document a2 = doc("a", "Russia met Iran again. Nothing else.", DAY, "https://www.reuters.com/x");
            var second = coded(a2, "RUSGOV IRN 040", "IRN RUS 036");
            s.write(a2, second.textHash(), second.sentences(), second.events());
            assertEquals(new EventStore.Stats(2, 2, 0, 3, 3), s.stats());
            assertEquals(2, count(s, "SELECT count(*) FROM events WHERE doc_id = 'a'"));
            assertEquals(1, count(s, "SELECT count(*) FROM events WHERE cameo_code = '036'"));
            assertEquals(0, count(s, "SELECT count(*) FROM events WHERE cameo_code = '051'"));
            assertEquals("Russia met Iran again.", new Reports(s).query(
                    "SELECT text FROM sentences WHERE doc_id = 'a' AND sentence_index = 0").rows().get(0).get(0));
            assertTrue(s.isStored("a", second.textHash()));
            assertFalse(s.isStored("a", first.textHash()));

            // the same document written twice in a row: still one copy
            s.write(a2, second.textHash(), second.sentences(), second.events());
            assertEquals(new EventStore.Stats(2, 2, 0, 3, 3), s.stats());

            // skipping replaces the coded rows too
            s.writeSkipped(a2, "timed out");
            assertEquals(new EventStore.Stats(2, 1, 1, 1, 1), s.stats());
            assertEquals("timed out", new Reports(s).query("SELECT reason FROM documents WHERE doc_id = 'a'").rows().get(0).get(0));
            assertTrue(s.isStored("a", EventStore.sha256(a2.text())));
            s.writeSkipped("bad.jsonl:3", "bad.jsonl:3", "invalid JSON");
            assertTrue(s.isStored("bad.jsonl:3", null));
            assertTrue(s.delete("a"));
            assertFalse(s.delete("a"));
            assertEquals(new EventStore.Stats(2, 1, 1, 1, 1), s.stats());
        }
    }

    @Test
    void storesEveryEventField() {
        try (EventStore s = EventStore.open(dir.resolve("a.duckdb"))) {
            Document a = doc("a", "Russia met Iran.", DAY, "https://www.reuters.com/x");
            var e = coded(a, "RUSGOVMIL IRN 040", "RUS - 010");
            List<dyad.model.Event> located = new java.util.ArrayList<>(e.events());
            dyad.model.Event x = located.get(0);
            located.set(0, new dyad.model.Event(x.eventId(), x.docId(), x.sentenceIndex(), x.sentence(), x.date(), x.source(), x.target(),
                    x.cameo(), x.trigger(), x.negated(), x.modality(), x.evidence(), new dyad.model.Location("Tadmur", "SYR",
                    "Homs Governorate", 34.56, 38.28, 163808L, "city", new dyad.model.Span("Palmyra", 0, 7), "clause")));
            e = new StoreEntry.Coded(e.document(), e.textHash(), e.sentences(), located);
            s.writeBatch(List.of(e));
            ResultTable t = new Reports(s).query("SELECT * FROM events ORDER BY cameo_code DESC");
            assertEquals(50, t.columns().size());
            assertEquals(false, t.get(0, "hypothetical"));
                        assertEquals("Tadmur", t.get(0, "location_name"));
            assertEquals("Palmyra", t.get(0, "location_text"));
            assertEquals("clause", t.get(0, "location_basis"));
            assertEquals("SYR", t.get(0, "location_country"));
            assertEquals(163808L, t.get(0, "location_geonames_id"));
            assertEquals(34.56, (Double) t.get(0, "location_lat"), 1e-9);
            assertEquals("city", t.get(0, "location_precision"));
            assertNull(t.get(1, "location_name"));
            assertEquals("RUSGOVMIL", t.get(0, "source_code"));
            assertEquals("RUS", t.get(0, "source_country"));
            assertEquals("GOV;MIL", t.get(0, "source_sectors"));
            assertEquals("RUSGOVMIL OFFICIALS".replace(' ', '_'), t.get(0, "source_entity"));
            assertEquals("IRN", t.get(0, "target_code"));
            assertEquals("", t.get(0, "target_sectors"));
            assertEquals("04", t.get(0, "cameo_root"));
            assertEquals(1L, t.get(0, "quad_class"));
            assertEquals(DAY, t.get(0, "date"));
            assertEquals("note one\nnote; two", t.get(0, "notes"));
            assertEquals("met", t.get(0, "trigger_text"));
            assertEquals(false, t.get(0, "negated"));
            assertNull(t.get(1, "target_code"));
            assertNull(t.get(1, "target_start"));
            // mentions: one per actor
            assertEquals(3, count(s, "SELECT count(*) FROM mentions"));
            assertEquals(1, count(s, "SELECT count(*) FROM mentions WHERE role = 'target'"));
            // no wall-clock value unless asked for
            assertEquals(0, count(s, "SELECT count(coded_at) FROM documents"));
            s.recordCodedAt(Clock.fixed(Instant.parse("2024-01-02T03:04:05Z"), ZoneOffset.UTC));
            s.writeBatch(List.of(e));
            assertEquals(1, count(s, "SELECT count(coded_at) FROM documents"));
        }
    }

    @Test
    void batchThenReopenGivesTheSameRows() {
        Path db = dir.resolve("b.duckdb");
        List<StoreEntry> entries = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            Document d = doc(String.format("d%02d", i), "Story " + i + " about Iran. Second sentence " + i + ".",
                    DAY.plusDays(i % 5), "https://site" + (i % 3) + ".com/" + i);
            entries.add(i % 10 == 9 ? new StoreEntry.Skipped(d.id(), d.url(), d.origin(), "too long", EventStore.sha256(d.text()))
                    : coded(d, "IRN USA 040", "USAGOV IRN 1" + (i % 8 + 1) + "2"));
        }
        String before;
        try (EventStore s = EventStore.open(db)) {
            s.writeBatch(entries, 7);
            assertEquals(new EventStore.Stats(40, 36, 4, 72, 72), s.stats());
            before = Dump.of(s);
        }
        assertEquals(before, Dump.of(db));
        // writing the same batch again changes nothing
        try (EventStore s = EventStore.open(db)) {
            s.writeBatch(entries, 13);
            assertEquals(before, Dump.of(s));
            assertEquals(40, s.storedHashes().size());
        }
    }

    @Test
    void laterEntryForTheSameIdWinsWithinABatch() {
        try (EventStore s = EventStore.open(dir.resolve("c.duckdb"))) {
            Document a = doc("a", "One.", DAY, null);
            s.writeBatch(List.of(coded(a, "IRN USA 040"), coded(a, "IRN USA 040", "USA IRN 111")));
            assertEquals(new EventStore.Stats(1, 1, 0, 1, 2), s.stats());
        }
    }

    @Test
    void aFailedTransactionLeavesNothingBehind() {
        try (EventStore s = EventStore.open(dir.resolve("d.duckdb"))) {
            Document a = doc("a", "One.", DAY, null);
            Document b = doc("b", "Two.", DAY, null);
            Document c = doc("c", "Three.", DAY, null);
            var bad = coded(c, "IRN USA 040");
            // an event that claims another document
            var broken = new StoreEntry.Coded(c, bad.textHash(), bad.sentences(),
                    List.of(TestEvents.event("zzz", 0, "Three.", DAY, "IRN", "USA", "040")));
            StoreException e = assertThrows(StoreException.class,
                    () -> s.writeBatch(List.of(coded(a, "IRN USA 040"), coded(b, "IRN USA 040"), broken), 2));
            assertTrue(e.getMessage().contains("d.duckdb"), e.getMessage());
            // the first transaction (a, b) committed, the second (c) rolled back entirely
            assertEquals(new EventStore.Stats(2, 2, 0, 2, 2), s.stats());
            assertFalse(s.isStored("c", bad.textHash()));
            // and the store still works
            s.writeBatch(List.of(bad));
            assertEquals(new EventStore.Stats(3, 3, 0, 3, 3), s.stats());
        }
    }
}
