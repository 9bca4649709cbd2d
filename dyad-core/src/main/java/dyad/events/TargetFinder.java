package dyad.events;

import dyad.actors.ActorResolver;
import dyad.actors.DocumentMemory;
import dyad.actors.SentenceActors;
import dyad.model.Actor;
import dyad.model.ActorMention;
import dyad.model.DependencyTree;
import dyad.model.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Where a trigger's target is, when the pattern's words did not place it: the argument rules for targets, tried in
 * order, each naming itself in the evidence:
 * <ul>
 *   <li>{@code object-or-oblique}: the pattern's {@code target=} relations, or the {@code default-targets} list, under the
 *       trigger, its light verb, the words its conditions name ("agreed to cooperate *with* X") and its object ("held
 *       talks *with* X")</li>
 *   <li>{@code complement-target}, {@code author-target}: {@link ComplementTargets}</li>
 *   <li>{@code position}: the first named actor after the trigger inside its clause, for misparsed objects</li>
 * </ul>
 * Stateless; thread-safe.
 */
final class TargetFinder {
    /** Relations a misparsed object may hang by; relative clauses, obliques and modifiers are not arguments. */
    private static final Set<String> ARGUMENT_PATH = Set.of("compound", "flat", "nsubj", "ccomp", "obj", "dep", "conj", "amod", "det");

    private final ActorResolver resolver;
    private final ComplementTargets complements;
    private final List<String> defaultOrder;
    private final Conventions conventions;

    TargetFinder(ActorResolver resolver, Conventions conventions) {
        this.resolver = resolver;
        this.conventions = conventions;
        this.complements = new ComplementTargets(resolver, conventions);
        this.defaultOrder = conventions.ordered("default-targets");
    }

    /**
     * The target of an event recoded as a threat after its own arguments were found ("will expel the ambassador
     * unless the Netherlands apologises"): the subject of the condition, when the code's root takes one.
     */
    List<Actor> ofCondition(SentenceActors sa, int trigger, String code, DocumentMemory memory, Set<Integer> exclude, List<String> notes) {
        return complements.ofCondition(sa, trigger, code, memory, exclude, notes);
    }

    List<Actor> find(SentenceActors sa, int trigger, int light, Pattern p, DocumentMemory memory,
                     Set<Integer> exclude, Set<Integer> used, List<String> notes) {
        DependencyTree s = sa.tree();
        List<String> order = p.targets().isEmpty() ? defaultOrder : p.targets();
        List<Integer> heads = new ArrayList<>();
        heads.add(trigger);
        if (light >= 0) heads.add(light); // "carried out airstrikes against X": the oblique hangs on the verb
        for (Constraint c : p.constraints()) { // "agreed to cooperate with", "withdrew from the treaty with": look under them
            int k = c.negative() || !c.path().isEmpty() ? -1 : c.find(s, trigger);
            // not a complement clause whose verb the tagger took for a noun ("demanded that Canada release ..."): its
            // subject is the target (ComplementTargets), not its object
            boolean clause = k >= 0 && c.rel().equals("ccomp") && s.child(k, "nsubj") >= 0;
            if (k >= 0 && (c.rel().equals("xcomp") || (!c.lemmas().isEmpty() && s.token(k).isNoun() && !clause))) heads.add(k);
        }
        for (Token c : s.children(trigger)) { // "held talks with", "recaptured the city from": under the object
            boolean amount = c.pos().equals("$") || c.pos().equals("CD");
            if (c.rel().equals("obj") && (c.isNoun() || amount)) {
                heads.add(c.index());
                // "pledged $5.5 billion in aid to Ukraine", "sent 10,000 tonnes of wheat to Yemen": under what is counted
                for (Token q : s.children(c.index())) {
                    if (q.rel().equals("nmod") && q.isNoun() && ("in".equals(s.caseOf(q.index())) || "of".equals(s.caseOf(q.index()))) && (amount || quantity(s, c.index()))) heads.add(q.index());
                }
                // "displayed weapons seized from UN peacekeepers", "filed a lawsuit accusing Myanmar of genocide": under a
                // participle of the object
                for (Token a : s.children(c.index())) if (a.rel().equals("acl") && (a.pos().equals("VBN") || a.pos().equals("VBG"))) heads.add(a.index());
            }
        }
        for (String spec : order) {
            if (spec.equals("none")) continue;
            List<Integer> from = heads;
            String last = spec;
            int gt = spec.lastIndexOf('>');
            if (gt >= 0) { // "ccomp>nsubj": the subject of the complement
                from = pathEnds(s, trigger, spec.substring(0, gt));
                last = spec.substring(gt + 1);
            }
            String rel = last.contains(".") ? last.substring(0, last.indexOf('.')) : last;
            String cw = last.contains(".") ? last.substring(last.indexOf('.') + 1) : null;
            for (int h : from) {
                for (Token c : s.children(h)) {
                    if (used.contains(c.index()) || exclude.contains(c.index())) continue;
                    boolean relOk = rel.equals("obj") ? c.rel().equals("obj") || c.rel().equals("iobj") && s.child(h, "obj") < 0
                            : Constraint.relMatches(rel, c) && !c.rel().equals("obl:tmod");
                    if (!relOk) continue;
                    if (cw != null && !cw.equals(s.caseOf(c.index()))) continue;
                    if (cw == null && !rel.equals("obj") && !rel.equals("iobj") && !rel.equals("nsubj") && !s.caseOf(c.index()).isEmpty()) continue;
                    List<Actor> found = resolver.resolve(sa, c.index(), memory, exclude);
                    if (!found.isEmpty()) return found;
                }
            }
        }
        if (!p.targets().contains("none")) {
            List<Actor> found = complements.find(sa, trigger, p.code(), memory, exclude, notes);
            if (!found.isEmpty()) return found;
        }
        if (!p.targets().contains("none")) {
            List<Actor> found = addressee(sa, trigger, p, memory, exclude, notes);
            if (!found.isEmpty()) return found;
        }
        if (p.targets().isEmpty()) {
            List<Actor> found = byPosition(sa, trigger, memory, exclude);
            if (!found.isEmpty()) {
                notes.add("rule position: target found by position (no object in the parse)");
                return found;
            }
        }
        return List.of();
    }

    /**
     * The addressee of the message a participle adjunct says ("wrote to the US embassy asking it to waive the immunity",
     * "sent a letter to the UN urging action"): the "to" phrase of the verb it hangs on, for the roots whose target may be
     * in a complement ({@code complement-target-roots}).
     */
    private List<Actor> addressee(SentenceActors sa, int trigger, Pattern p, DocumentMemory memory, Set<Integer> exclude, List<String> notes) {
        DependencyTree s = sa.tree();
        Token t = s.token(trigger);
        if (!(t.rel().equals("advcl") || t.rel().equals("xcomp")) || !t.pos().equals("VBG") || t.head() < 0 || p.codesNothing()
                || !conventions.has("complement-target-roots", p.code().substring(0, 2))) return List.of();
        for (Token c : s.children(t.head())) {
            if (!(c.baseRel().equals("obl") && "to".equals(s.caseOf(c.index())) || c.rel().equals("iobj")) || exclude.contains(c.index())) continue;
            List<Actor> found = resolver.resolve(sa, c.index(), memory, exclude);
            if (!found.isEmpty()) {
                notes.add("rule addressee: the one '" + s.token(t.head()).word() + "' addressed");
                return found;
            }
        }
        return List.of();
    }

    /** The words a path of relations ("ccomp", "obj>nmod.of") leads to from the trigger. */
    /** Whether a noun is counted: it has a number ("10,000 tonnes", "two batches"). */
    private static boolean quantity(DependencyTree s, int noun) {
        return s.children(noun).stream().anyMatch(c -> c.rel().equals("nummod"));
    }

    private static List<Integer> pathEnds(DependencyTree s, int trigger, String path) {
        List<Integer> cur = List.of(trigger);
        for (String step : path.split(">")) {
            String rel = step.contains(".") ? step.substring(0, step.indexOf('.')) : step;
            String cw = step.contains(".") ? step.substring(step.indexOf('.') + 1) : null;
            List<Integer> next = new ArrayList<>();
            for (int h : cur) {
                int fronted = h == trigger && rel.equals("ccomp") ? s.frontedComplement(trigger) : -1;
                if (fronted >= 0) {
                    next.add(fronted); // "Iran must stop, Macron said"
                    continue;
                }
                for (Token c : s.children(h)) {
                    if (Constraint.relMatches(rel, c) && (cw == null || cw.equals(s.caseOf(c.index())))) next.add(c.index());
                }
            }
            cur = next;
        }
        return cur;
    }

    /**
     * The last resort for misparsed objects ("back the Assad regime and other governments"): the first named actor
     * after the trigger inside the trigger's clause.
     */
    private List<Actor> byPosition(SentenceActors sa, int trigger, DocumentMemory memory, Set<Integer> exclude) {
        DependencyTree s = sa.tree();
        for (int k = trigger + 1; k < Math.min(s.size(), trigger + 8); k++) {
            if (exclude.contains(k) || !argumentPath(s, trigger, k)) continue;
            ActorMention m = sa.at(k);
            if (m != null && m.code() != null && m.kind() != ActorMention.Kind.AGENT && m.kind() != ActorMention.Kind.ADJECTIVE) {
                int head = k;
                while (s.token(head).head() >= 0 && m.covers(s.token(head).head())) head = s.token(head).head();
                int np = s.token(head).rel().equals("compound") ? s.token(head).head() : head;
                List<Actor> found = resolver.resolve(sa, np, memory, exclude);
                if (!found.isEmpty()) return found.subList(0, 1);
            }
        }
        return List.of();
    }

    private static boolean argumentPath(DependencyTree s, int trigger, int k) {
        int cur = k;
        for (int i = 0; i < s.size() && cur >= 0; i++) {
            if (cur == trigger) return true;
            if (!ARGUMENT_PATH.contains(s.token(cur).rel())) return false;
            cur = s.token(cur).head();
        }
        return false;
    }
}
