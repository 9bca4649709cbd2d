package dyad.events;

import java.util.function.UnaryOperator;

/**
 * The conventions the event stage codes by: Dyad's own ({@link #DYAD}), or PETRARCH's ({@link #petrarch}), which
 * {@code dyad validate} uses to run a PETRARCH validation file with that file's own dictionaries.
 *
 * @param requireTarget        an event needs a target (PETRARCH's require_dyad); Dyad lets protests, force posture and
 *                             statements stand alone
 * @param firstActorTarget     the target is the first named actor after the verb in its clause (objects, phrases,
 *                             clausal complements: "noted that Cirith Ungol regretted ..."), as TABARI and PETRARCH take it;
 *                             Dyad looks in the object and the obliques the pattern names first
 * @param passiveObliqueSource a passive without a "by" phrase takes its source from its other phrases ("was criticized over
 *                             its dispute with Eriador")
 * @param negationThroughXcomp "did not agree to cooperate" negates "cooperate" too (Dyad); PETRARCH negates the verb itself only
 * @param negatedCode          the code a negated event takes instead ("did not clash": 110 -> 050), null for none; with
 *                             none (or no answer) the event is marked negated (dropped unless kept)
 * @param absorbNested         an event inside the clause of another coded event is not coded again ("noted that X
 *                             regretted ..." is one event, the noting)
 * @param reciprocalCompounds  compound subjects of agreements and meetings without a target give one event per ordered
 *                             pair (Dyad); PETRARCH does so only where a pattern says {@code %}
 * @param agentCodesAppended   PETRARCH's actor codes: every agent of a phrase adds its code to the actor's ("Danish
 *                             Islamist media" = DNK + MUS + MED), prefix agents go in front; Dyad adds one sector to a
 *                             country and keeps other entities' codes; the phrase's prepositional phrases may name the
 *                             actor ("lawmakers in Arnor", "soldiers from Gondor")
 * @param sameCodeSameActor    two actors with the same code are the same actor (PETRARCH: no event between them); Dyad
 *                             tells them apart by entity and words ("the interior minister criticised the finance
 *                             minister" is USAGOV to USAGOV)
 */
public record CodingRules(boolean requireTarget, boolean firstActorTarget, boolean passiveObliqueSource,
                          boolean negationThroughXcomp, UnaryOperator<String> negatedCode, boolean absorbNested,
                          boolean reciprocalCompounds, boolean agentCodesAppended, boolean sameCodeSameActor) {

    /** Dyad's conventions. */
    public static final CodingRules DYAD = new CodingRules(false, false, false, true, null, false, true, false, false);

    /** PETRARCH's conventions, with its code for a negated event (from the validation's PICO file), or null. */
    public static CodingRules petrarch(UnaryOperator<String> negatedCode) {
        return new CodingRules(true, true, true, false, negatedCode, true, false, true, true);
    }
}
