package dyad.events;

import dyad.actors.ActorResolver;
import dyad.actors.DocumentMemory;
import dyad.actors.SentenceActors;
import dyad.model.Actor;
import dyad.model.AnnotatedSentence;
import dyad.model.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Targets that are not the trigger's own object: the addressee inside a complement clause ("demanded *that Sweden*
 * stop", "warned *that the United States* would pay", "threatened to impose sanctions *on Turkey*", "pledged to help
 * *the Central African Republic* rebuild") and the author of what is rejected or criticised ("criticised *the
 * House's* decision", "rejected accusations *from Seoul*", "vetoed a *US*-drafted resolution"). Tried only after the
 * trigger's own arguments gave no target. Stateless.
 */
final class ComplementTargets {
    /** Roots whose target may be named inside the complement: appeals, intents, demands, disapproval, rejection, threats. */
    private static final Set<String> COMPLEMENT_ROOTS = Set.of("02", "03", "10", "11", "12", "13");
    /** Roots whose target may be the author of the object: disapproval and rejection (and denials: "rejected accusations from X"). */
    private static final Set<String> AUTHOR_ROOTS = Set.of("11", "12");
    private static final Set<String> AUTHOR_CODES = Set.of("016", "0161", "0162");
    private static final Set<String> COMPLEMENT_CASES = Set.of("to", "on", "against", "with", "from", "toward", "towards", "at", "for", "into");
    private static final Set<String> AUTHOR_CASES = Set.of("from", "by", "of");

    private ComplementTargets() {
    }

    static List<Actor> find(SentenceActors sa, int trigger, String code, ActorResolver resolver, DocumentMemory memory,
                            Set<Integer> exclude, List<String> notes) {
        String root = code.substring(0, 2);
        AnnotatedSentence s = sa.sentence();
        if (COMPLEMENT_ROOTS.contains(root)) {
            List<Integer> frontier = new ArrayList<>();
            frontier.add(trigger);
            for (int depth = 0; depth < 2 && !frontier.isEmpty(); depth++) {
                List<Integer> next = new ArrayList<>();
                for (int h : frontier) {
                    for (Token c : s.children(h)) {
                        if (!(c.rel().equals("xcomp") || c.rel().equals("ccomp")) || !c.isVerb()) continue;
                        next.add(c.index());
                        List<Actor> found = inClause(sa, c.index(), resolver, memory, exclude);
                        if (!found.isEmpty()) {
                            notes.add("target inside the complement clause of '" + s.token(c.index()).word() + "'");
                            return found;
                        }
                    }
                }
                frontier = next;
            }
        }
        if (AUTHOR_ROOTS.contains(root) || AUTHOR_CODES.contains(code)) {
            List<Integer> objects = new ArrayList<>();
            for (Token o : s.children(trigger)) {
                if (o.rel().equals("obj") && o.isNoun()) objects.add(o.index());
                if (o.rel().equals("xcomp") && o.isNoun()) { // "called the US sanctions a provocation": a small clause
                    for (Token n : s.children(o.index())) if (n.rel().startsWith("nsubj") && n.isNoun()) objects.add(n.index());
                }
            }
            for (int o : objects) {
                List<Actor> named = exclude.contains(o) ? List.of() : resolver.resolve(sa, o, memory, exclude);
                if (!named.isEmpty()) {
                    notes.add("target: the one called so");
                    return named;
                }
                List<Actor> found = author(sa, o, resolver, memory, exclude);
                if (!found.isEmpty()) {
                    notes.add("target: the author of '" + s.token(o).word() + "'");
                    return found;
                }
            }
        }
        return List.of();
    }

    /** The subject, object or addressee of a complement verb. */
    private static List<Actor> inClause(SentenceActors sa, int verb, ActorResolver resolver, DocumentMemory memory, Set<Integer> exclude) {
        AnnotatedSentence s = sa.sentence();
        List<Integer> candidates = new ArrayList<>();
        for (Token c : s.children(verb)) if (c.rel().startsWith("nsubj") && !c.rel().equals("nsubj:pass")) candidates.add(c.index());
        for (Token c : s.children(verb)) if (c.rel().equals("obj") || c.rel().equals("iobj")) candidates.add(c.index());
        for (Token c : s.children(verb)) {
            // "on" under the verb names a topic ("agreed to cooperate on Syria"), under its object a target ("sanctions on Turkey")
            if (c.baseRel().equals("obl") && COMPLEMENT_CASES.contains(s.caseOf(c.index())) && !"on".equals(s.caseOf(c.index()))) {
                candidates.add(c.index());
            }
        }
        for (Token o : s.children(verb)) { // "impose sanctions on Turkey"
            if (!o.rel().equals("obj") || !o.isNoun()) continue;
            for (Token c : s.children(o.index())) {
                if (c.baseRel().equals("nmod") && COMPLEMENT_CASES.contains(s.caseOf(c.index()))) candidates.add(c.index());
            }
        }
        return firstResolved(sa, candidates, resolver, memory, exclude);
    }

    /** Who wrote, made or proposed the object: its possessor, a from/by/of phrase, an "X-drafted" modifier. */
    private static List<Actor> author(SentenceActors sa, int noun, ActorResolver resolver, DocumentMemory memory, Set<Integer> exclude) {
        AnnotatedSentence s = sa.sentence();
        List<Integer> candidates = new ArrayList<>();
        for (Token c : s.children(noun)) if (c.rel().equals("nmod:poss")) candidates.add(c.index());
        for (Token c : s.children(noun)) {
            if (c.baseRel().equals("nmod") && AUTHOR_CASES.contains(s.caseOf(c.index()))) candidates.add(c.index());
        }
        for (Token a : s.children(noun)) { // "a draft proposed by European negotiators"
            if (!a.rel().startsWith("acl")) continue;
            for (Token c : s.children(a.index())) {
                if (c.baseRel().equals("obl") && "by".equals(s.caseOf(c.index()))) candidates.add(c.index());
            }
        }
        for (Token c : s.children(noun)) { // "a US-drafted resolution", "the US sanctions"
            if ((c.rel().equals("amod") || c.rel().equals("compound")) && (c.word().contains("-") || c.pos().startsWith("NNP"))) {
                candidates.add(c.index());
            }
        }
        return firstResolved(sa, candidates, resolver, memory, exclude);
    }

    /** The actors of the first candidate that names any. */
    private static List<Actor> firstResolved(SentenceActors sa, List<Integer> candidates, ActorResolver resolver,
                                             DocumentMemory memory, Set<Integer> exclude) {
        for (int k : candidates) {
            if (exclude.contains(k)) continue;
            List<Actor> found = resolver.resolve(sa, k, memory, exclude);
            if (!found.isEmpty()) return found;
        }
        return List.of();
    }
}
