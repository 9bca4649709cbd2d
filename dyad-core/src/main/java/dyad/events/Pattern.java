package dyad.events;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * One event pattern: a trigger lemma with conditions on its dependents, yielding a CAMEO code.
 *
 * @param id          stable id, shown in every event's evidence
 * @param code        CAMEO event code
 * @param lemmas      trigger lemmas
 * @param noun        whether the trigger is a noun ("attack on", "talks with") rather than a verb
 * @param constraints conditions on the trigger's dependents
 * @param targets     where to look for the target, in order ("obj", "obl.with"...); empty for the default order
 * @param mode        PLOVER mode to set when one of {@code modeCues} is in the trigger's clause, or null
 * @param modeCues    lemmas that select the mode (empty: always)
 * @param source      file:line of the pattern
 * @param contexts    PLOVER contexts the pattern adds, each with the cue lemmas that select it (empty: always)
 */
public record Pattern(String id, String code, Set<String> lemmas, boolean noun, List<Constraint> constraints,
                      List<String> targets, String mode, Set<String> modeCues, String source,
                      Map<String, Set<String>> contexts) {
    public Pattern {
        lemmas = Set.copyOf(lemmas);
        constraints = List.copyOf(constraints);
        targets = List.copyOf(targets);
        modeCues = Set.copyOf(modeCues);
        Map<String, Set<String>> ctx = new TreeMap<>();
        contexts.forEach((k, v) -> ctx.put(k, Set.copyOf(v)));
        contexts = Collections.unmodifiableMap(ctx);
    }

    /** A pattern that adds no PLOVER context. */
    public Pattern(String id, String code, Set<String> lemmas, boolean noun, List<Constraint> constraints,
                   List<String> targets, String mode, Set<String> modeCues, String source) {
        this(id, code, lemmas, noun, constraints, targets, mode, modeCues, source, Map.of());
    }

    /** How specific the pattern is: the number of positive conditions (the most specific matching pattern wins). */
    public int specificity() {
        return (int) constraints.stream().filter(c -> !c.negative()).count();
    }

    /** Whether the pattern names its own xcomp ("agree to ..."), so the xcomp verb is not coded again. */
    public boolean consumesXcomp() {
        return constraints.stream().anyMatch(c -> !c.negative() && c.rel().equals("xcomp"));
    }
}
