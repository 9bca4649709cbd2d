package dyad.events;

import dyad.model.Token;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * One event pattern: a trigger lemma with conditions on its dependents, yielding a CAMEO code.
 *
 * @param id          stable id, shown in every event's evidence
 * @param code        CAMEO event code, or {@link #NULL_CODE} for a pattern that matches and codes nothing (PETRARCH's
 *                    {@code [---]}: "approved the budget" is no event, though "approved" alone is one)
 * @param lemmas      trigger lemmas
 * @param kind        the trigger's word class: a verb, a noun ("attack on", "talks with") or an adjective
 *                    ("critical of", "opposed to")
 * @param constraints conditions on the trigger's dependents
 * @param targets     where to look for the target, in order ("obj", "obl.with"...); empty for the default order
 * @param mode        PLOVER mode to set when one of {@code modeCues} is in the trigger's clause, or null
 * @param modeCues    lemmas that select the mode (empty: always)
 * @param source      file:line of the pattern
 * @param forms       written forms that trigger the pattern whatever their lemma ("left", "said"), lower case; when
 *                    not empty, a word found by lemma must also look like a form of it ("departs", not "departes")
 * @param words       conditions on the words around the trigger (PETRARCH verb patterns), or null
 * @param pairedCode  the code of a second event from the target back to the source (PETRARCH's {@code [042:043]}:
 *                    a visit and its reception), or null
 * @param contexts    PLOVER contexts the pattern adds, each with the cue lemmas that select it (empty: always)
 * @param arguments   where the pattern's arguments come from when it departs from the rules ({@code source=},
 *                    {@code target=required}, {@code agentless=})
 */
public record Pattern(String id, String code, Set<String> lemmas, Kind kind, List<Constraint> constraints,
                      List<String> targets, String mode, Set<String> modeCues, String source,
                      Set<String> forms, WordPattern words, String pairedCode, Map<String, Set<String>> contexts,
                      ArgumentOptions arguments) {
    /**
     * {@code source=receiver}: the subject receives the event and its doer is the pattern's (or the code's) agentless
     * convention ("the two men received seven-year prison terms": the court sentenced them).
     */
    public static final String RECEIVER = "receiver";

    /** The code of a pattern that codes nothing. */
    public static final String NULL_CODE = "---";

    /** The word class of a trigger. */
    public enum Kind {
        VERB, NOUN, ADJECTIVE;

        /** Whether a token is of this class. Adjectives include predicative participles ("is opposed to"). */
        public boolean accepts(Token t) {
            return switch (this) {
                case VERB -> t.isVerb();
                case NOUN -> t.isNoun();
                case ADJECTIVE -> t.pos().startsWith("JJ") || t.pos().equals("VBN");
            };
        }
    }

    /**
     * A pattern's departures from the argument rules.
     *
     * @param source    a relation (with case) that holds the source instead of the subject; the subject is then the
     *                  target ("Armenia received vehicles *from Russia*": {@code source=obl.from}); null for the subject
     * @param target    whether the event needs a target: {@link Need#REQUIRED}, {@link Need#OPTIONAL}, or null for the
     *                  ontology's rule for the code ({@code target=none} is in {@code targets})
     * @param agentless who does the event when its clause names nobody ("was arrested"): a sector the country's
     *                  actor takes (COP, JUD), {@code unknown}, {@code no}; null for the ontology's rule for the code
     */
    public record ArgumentOptions(String source, Need target, String agentless) {
        public static final ArgumentOptions DEFAULT = new ArgumentOptions(null, null, null);
    }

    /** Whether an event needs a target. */
    public enum Need { REQUIRED, OPTIONAL }

    public Pattern {
        lemmas = Set.copyOf(lemmas);
        constraints = List.copyOf(constraints);
        targets = List.copyOf(targets);
        modeCues = Set.copyOf(modeCues);
        forms = Set.copyOf(forms);
        Map<String, Set<String>> ctx = new TreeMap<>();
        contexts.forEach((k, v) -> ctx.put(k, Set.copyOf(v)));
        contexts = Collections.unmodifiableMap(ctx);
        if (arguments == null) arguments = ArgumentOptions.DEFAULT;
    }

    /** A PETRARCH pattern: word conditions, perhaps a paired event, no PLOVER context. */
    public Pattern(String id, String code, Set<String> lemmas, boolean noun, List<Constraint> constraints,
                   List<String> targets, String mode, Set<String> modeCues, String source,
                   Set<String> forms, WordPattern words, String pairedCode) {
        this(id, code, lemmas, noun ? Kind.NOUN : Kind.VERB, constraints, targets, mode, modeCues, source, forms, words,
                pairedCode, Map.of(), ArgumentOptions.DEFAULT);
    }

    /** A pattern of Dyad's own format (no word conditions, no paired event). */
    public Pattern(String id, String code, Set<String> lemmas, Kind kind, List<Constraint> constraints,
                   List<String> targets, String mode, Set<String> modeCues, String source, Map<String, Set<String>> contexts,
                   ArgumentOptions arguments) {
        this(id, code, lemmas, kind, constraints, targets, mode, modeCues, source, Set.of(), null, null, contexts, arguments);
    }

    /** A pattern of Dyad's own format that adds no PLOVER context and keeps the argument rules. */
    public Pattern(String id, String code, Set<String> lemmas, boolean noun, List<Constraint> constraints,
                   List<String> targets, String mode, Set<String> modeCues, String source) {
        this(id, code, lemmas, noun ? Kind.NOUN : Kind.VERB, constraints, targets, mode, modeCues, source, Map.of(),
                ArgumentOptions.DEFAULT);
    }

    /** Whether the trigger is a noun ("attack on"). */
    public boolean noun() {
        return kind == Kind.NOUN;
    }

    /** How specific the pattern is: the number of positive conditions and named words (the most specific matching pattern wins). */
    public int specificity() {
        return (int) constraints.stream().filter(c -> !c.negative()).count() + (words == null ? 0 : words.words());
    }

    /** Whether the pattern names its own xcomp ("agree to ..."), so the xcomp verb is not coded again. */
    public boolean consumesXcomp() {
        return constraints.stream().anyMatch(c -> !c.negative() && c.rel().equals("xcomp") && c.path().isEmpty());
    }

    /** Whether a match codes nothing. */
    public boolean codesNothing() {
        return NULL_CODE.equals(code);
    }
}
