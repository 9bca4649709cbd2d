package dyad.store;

import dyad.model.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static dyad.store.TestEvents.coded;
import static dyad.store.TestEvents.doc;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DedupTest {
    static final LocalDate DAY = LocalDate.of(2016, 3, 28);

    static final String WIRE = "Russian President Vladimir Putin met Iranian President Hassan Rouhani in Tehran on Monday. "
            + "The two leaders discussed the war in Syria, oil prices and a planned rail link between the two countries. "
            + "Putin said Moscow and Tehran agreed to deepen cooperation on energy and security over the coming years. "
            + "Rouhani told reporters that the talks had been constructive and that both sides wanted a political "
            + "settlement in Syria that would respect its sovereignty. Officials from both governments signed several "
            + "agreements on trade, transport and nuclear energy after the meeting. The visit was Putin's first to Iran "
            + "since 2007, when he attended a summit of Caspian Sea states. Western diplomats said the meeting showed "
            + "how closely the two governments now work together on regional issues. Oil ministers from both countries "
            + "will meet again next month in Vienna to discuss production levels before the next meeting of OPEC.";

    @Test
    void minHashEstimatesJaccard() {
        MinHash m = new MinHash(128, 32, 5);
        String copy = WIRE.replace("on Monday", "on Tuesday").replace("constructive", "very useful");
        assertTrue(MinHash.similarity(m.signature(WIRE), m.signature(copy)) >= 0.8);
        assertEquals(1.0, MinHash.similarity(m.signature(WIRE), m.signature(WIRE.toUpperCase())));
        String other = "Police in Nairobi fired tear gas at opposition supporters who marched on the electoral "
                + "commission to demand the removal of its officials before next year's election.";
        assertTrue(MinHash.similarity(m.signature(WIRE), m.signature(other)) < 0.1);
        assertEquals(List.of("putin", "s", "first", "2007"), MinHash.words("Putin's first, 2007!"));
        assertEquals(null, m.signature(" ... "));
        assertTrue(m.candidateProbability(0.8) > 0.99);
        assertTrue(m.candidateProbability(0.2) < 0.05);
    }

    @Test
    void wireCopiesFormOneStoryAndDifferentDaysStaySeparate() {
        try (EventStore s = EventStore.open(tempDir.resolve("d.duckdb"))) {
            // two copies of one wire story from different sites, a few words changed
            Document reuters = doc("reuters-1", WIRE, DAY, "https://www.reuters.com/world/putin-iran");
            Document copy = doc("paper-7", WIRE.replace("on Monday", "on Monday afternoon")
                    .replace("constructive", "very constructive").replace("several", "six"), DAY, "https://example-paper.com/a");
            // the exact same text under another id
            Document exact = doc("mirror-2", WIRE, DAY, "https://mirror.example.org/x");
            // a different story, the next day, with the same dyad and code
            Document later = doc("later-3", "Putin met Rouhani again on Tuesday. They talked about gas.", DAY.plusDays(1),
                    "https://www.reuters.com/world/again");
            s.writeBatch(List.of(
                    coded(reuters, "RUSGOV IRNGOV 040", "IRNGOV RUSGOV 040", "RUSGOV IRNGOV 057"),
                    coded(copy, "RUSGOV IRNGOV 040", "RUSGOV IRNGOV 057"),
                    coded(exact, "RUSGOV IRNGOV 040"),
                    coded(later, "RUSGOV IRNGOV 040")));
            assertFalse(s.dedupCurrent());
            Dedup.Result r = s.dedup();
            assertTrue(s.dedupCurrent());
            assertEquals(new Dedup.Result(4, 2, 3, 7, 4), r);

            Reports q = new Reports(s);
            ResultTable clusters = q.query("SELECT doc_id, cluster_id, method FROM story_clusters ORDER BY doc_id");
            assertEquals(List.of(
                    List.of("later-3", "later-3", "single"),
                    List.of("mirror-2", "mirror-2", "minhash"),
                    List.of("paper-7", "mirror-2", "minhash"),
                    List.of("reuters-1", "mirror-2", "minhash")), clusters.rows());

            ResultTable d = q.query("""
                    SELECT date, source_code, target_code, cameo_code, num_mentions, num_articles, num_stories,
                           num_sources, len(event_ids) AS ids
                    FROM dedup_events ORDER BY date, source_code, cameo_code""");
            assertEquals(List.of(
                    List.of(DAY, "IRNGOV", "RUSGOV", "040", 1L, 1L, 1L, 1L, 1L),
                    List.of(DAY, "RUSGOV", "IRNGOV", "040", 3L, 3L, 1L, 3L, 3L),
                    List.of(DAY, "RUSGOV", "IRNGOV", "057", 2L, 2L, 1L, 2L, 2L),
                    List.of(DAY.plusDays(1), "RUSGOV", "IRNGOV", "040", 1L, 1L, 1L, 1L, 1L)), d.rows());
            // the one-a-day view agrees
            assertEquals(4L, q.query("SELECT count(*) FROM events_one_a_day").rows().get(0).get(0));

            // a new write makes dedup stale; re-running rebuilds rather than appends
            s.writeBatch(List.of(coded(doc("x", "Something else entirely happened in Chad today.", DAY, null), "TCD - 010")));
            assertFalse(s.dedupCurrent());
            assertEquals(new Dedup.Result(5, 3, 3, 8, 5), s.dedup());
        }
    }

    @Test
    void unrelatedStoriesStayApart() {
        try (EventStore s = EventStore.open(tempDir.resolve("e.duckdb"))) {
            StoreBench.Synthetic gen = new StoreBench.Synthetic(3);
            for (int k = 0; k < 300; k++) s.writeBatch(List.of(gen.document(k, 2)));
            Dedup.Result r = s.dedup();
            assertEquals(300, r.clusters());
            assertNotEquals(0, r.dedupEvents());
        }
    }

    @TempDir
    Path tempDir;
}
