package dyad.actors;

import dyad.model.ActorMention;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The country a story is about, from its actors: the only country its named entities, countries and demonyms belong
 * to, or the one they belong to most often, when that country has at least two mentions and at least {@value #SHARE}
 * of them. "The government",
 * "police" or "the opposition" with no country of their own are that country's (a coder reading the story codes
 * them so), unless their event's place says otherwise. Stateless.
 */
public final class StoryCountry {
    static final double SHARE = 0.4;

    private StoryCountry() {
    }

    /** The story's country (ISO3), or null when no country dominates. */
    public static String of(List<SentenceActors> sentences) {
        Map<String, Integer> count = new TreeMap<>();
        int all = 0;
        for (SentenceActors sa : sentences) {
            for (ActorMention m : sa.mentions()) {
                if (m.code() == null || m.code().country() == null || m.kind() == ActorMention.Kind.AGENT) continue;
                count.merge(m.code().country(), 1, Integer::sum);
                all++;
            }
        }
        String best = null;
        int bestCount = 0;
        boolean tie = false;
        for (Map.Entry<String, Integer> e : count.entrySet()) {
            if (e.getValue() > bestCount) {
                best = e.getKey();
                bestCount = e.getValue();
                tie = false;
            } else if (e.getValue() == bestCount) {
                tie = true;
            }
        }
        if (count.size() == 1) return best; // the only country the story names
        return best != null && !tie && bestCount >= 2 && bestCount >= SHARE * all ? best : null;
    }
}
