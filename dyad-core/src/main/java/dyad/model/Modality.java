package dyad.model;

/**
 * PLOVER's auxiliary modes of an event, kept apart from the event itself (negation is {@link Event#negated()}).
 *
 * @param hypothetical the event is conditional or possible, not reported as done: "could impose", "if ... would",
 *                     "is considering"
 * @param future       the event is announced or intended for later: "will visit", "plans to", a date after the story's
 * @param historical   the story recalls an event well before its own date: a 2016 story on the 1990 war
 */
public record Modality(boolean hypothetical, boolean future, boolean historical) {
    /** A reported, actual event: none of the auxiliary modes. */
    public static final Modality ASSERTED = new Modality(false, false, false);

    public Modality withHistorical(boolean h) {
        return new Modality(hypothetical, future, h);
    }

    public Modality withFuture(boolean f) {
        return new Modality(hypothetical, f, historical);
    }

    /** The modes that hold, by name ("hypothetical", "future", "historical"); empty for an asserted event. */
    public java.util.List<String> names() {
        java.util.List<String> out = new java.util.ArrayList<>();
        if (hypothetical) out.add("hypothetical");
        if (future) out.add("future");
        if (historical) out.add("historical");
        return out;
    }
}
