package dyad.eval;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Links the events of a whole story back to its sentence records. {@code --make-input} gives the coder the sentences
 * of one story (records sharing a {@code source_doc}) as one document, as a user codes a news story, so that
 * pronouns, surnames and quotes across sentences are read in context; an event of that document belongs to the record
 * whose text is its sentence (the same words, or mostly the same: the coder's sentence splitter may join or split
 * differently). Events of sentences that are no record are left with the story's id, outside the gold. Stateless.
 */
final class StoryLinks {
    private StoryLinks() {
    }

    static List<CodedEvent> assign(List<GoldRecord> records, List<CodedEvent> events) {
        Set<String> ids = new HashSet<>();
        Map<String, List<GoldRecord>> byStory = new LinkedHashMap<>();
        for (GoldRecord r : records) {
            ids.add(r.id());
            if (r.story() != null) byStory.computeIfAbsent(r.story(), k -> new ArrayList<>()).add(r);
        }
        List<CodedEvent> out = new ArrayList<>(events.size());
        for (CodedEvent e : events) {
            List<GoldRecord> story = ids.contains(e.docId()) ? null : byStory.get(e.docId());
            GoldRecord r = story == null || e.sentence() == null ? null : best(story, e.sentence());
            out.add(r == null ? e : e.inDocument(r.id()));
        }
        return out;
    }

    /** The record whose text is the sentence, contains it or is contained in it; else the one sharing most words (at least half). */
    private static GoldRecord best(List<GoldRecord> story, String sentence) {
        String s = norm(sentence);
        for (GoldRecord r : story) {
            String t = norm(r.text());
            if (t.equals(s) || t.contains(s) || s.contains(t)) return r;
        }
        Set<String> words = words(s);
        GoldRecord best = null;
        double bestScore = 0.5;
        for (GoldRecord r : story) {
            Set<String> w = words(norm(r.text()));
            Set<String> both = new HashSet<>(w);
            both.retainAll(words);
            double score = words.isEmpty() ? 0 : (double) both.size() / Math.max(words.size(), w.size());
            if (score > bestScore) {
                best = r;
                bestScore = score;
            }
        }
        return best;
    }

    private static String norm(String s) {
        return s.replaceAll("[\\s\u00a0]+", " ").strip().toLowerCase(Locale.ROOT);
    }

    private static Set<String> words(String s) {
        Set<String> out = new HashSet<>();
        for (String w : s.split("[^\\p{L}\\p{N}]+")) if (!w.isEmpty()) out.add(w);
        return out;
    }
}
