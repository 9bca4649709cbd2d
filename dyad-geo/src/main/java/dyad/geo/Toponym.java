package dyad.geo;

import java.util.List;

/**
 * A toponym candidate after resolution.
 *
 * @param mention   where it stands and what it may name
 * @param place     the place chosen, or null when the mention was judged not to be a place
 * @param score     the chosen place's score (higher is surer)
 * @param reasons   why: the score's parts for the chosen place, or why the mention is not a place
 * @param runnersUp the next best places with their scores, best first (at most three)
 */
public record Toponym(Mention mention, Place place, double score, List<String> reasons, List<Scored> runnersUp) {
    public Toponym {
        reasons = List.copyOf(reasons);
        runnersUp = List.copyOf(runnersUp);
    }

    /** A place and its score. */
    public record Scored(Place place, double score) {
    }

    public boolean resolved() {
        return place != null;
    }
}
