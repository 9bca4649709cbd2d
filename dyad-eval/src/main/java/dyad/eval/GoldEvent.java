package dyad.eval;

/**
 * One dyadic gold event: a PLOVER category, its CAMEO code where the gold gives one, one source and at most one target.
 * A gold annotation with several sources or targets is expanded into one {@code GoldEvent} per source-target pair.
 *
 * @param category   PLOVER event category, e.g. "ACCUSE"
 * @param cameo      CAMEO event code ("112"), or null when the gold has none
 * @param source     source actor code ("RUSGOV"), or null when the gold names none
 * @param target     target actor code, or null for an event without a target
 * @param sourceText the source's words in the text, or null
 * @param targetText the target's words in the text, or null
 */
public record GoldEvent(String category, String cameo, String source, String target, String sourceText, String targetText) {

    /** The CAMEO root ("11" for "112"), or null without a code. */
    public String root() {
        return cameo == null ? null : cameo.substring(0, 2);
    }
}
