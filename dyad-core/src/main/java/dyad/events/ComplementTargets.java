package dyad.events;

import dyad.actors.ActorResolver;
import dyad.actors.DocumentMemory;
import dyad.actors.SentenceActors;
import dyad.model.Actor;
import dyad.model.DependencyTree;
import dyad.model.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Targets that are not the trigger's own object: the addressee inside a complement clause ("demanded *that Sweden*
 * stop", "warned *that the United States* would pay", "threatened to impose sanctions *on Turkey*", "pledged to help
 * *the Central African Republic* rebuild") and the author of what is rejected or criticised ("criticised *the
 * House's* decision", "rejected accusations *from Seoul*", "vetoed a *US*-drafted resolution"). Tried only after the
 * trigger's own arguments gave no target. The roots and case markers are the {@code complement-target-roots},
 * {@code author-target-roots}, {@code author-target-codes}, {@code complement-cases} and {@code author-cases} lists of
 * {@link Conventions}. Stateless; thread-safe.
 */
final class ComplementTargets {
    private final ActorResolver resolver;
    private final Set<String> complementRoots;
    private final Set<String> authorRoots;
    private final Set<String> authorCodes;
    private final Set<String> complementCases;
    private final Set<String> authorCases;
    private final Set<String> authorObjectCases;
    private final Set<String> conditionRoots;
    private final Set<String> stanceCases;
    private final Set<String> conditionalMarks;

    ComplementTargets(ActorResolver resolver, Conventions conventions) {
        this.resolver = resolver;
        this.complementRoots = conventions.words("complement-target-roots");
        this.authorRoots = conventions.words("author-target-roots");
        this.authorCodes = conventions.words("author-target-codes");
        this.complementCases = conventions.words("complement-cases");
        this.authorCases = conventions.words("author-cases");
        this.authorObjectCases = conventions.words("author-object-cases");
        this.conditionRoots = conventions.words("condition-target-roots");
        this.stanceCases = conventions.words("stance-author-cases");
        this.conditionalMarks = conventions.words("conditional-marks");
    }

    List<Actor> find(SentenceActors sa, int trigger, String code, DocumentMemory memory, Set<Integer> exclude, List<String> notes) {
        String root = code.substring(0, 2);
        DependencyTree s = sa.tree();
        boolean author = authorRoots.contains(root) || authorCodes.contains(code);
        // "attacked the decision by Trump to move the embassy": an infinitive the parser hung on the verb belongs to
        // the object noun; the author of the object is the target before anyone inside that infinitive
        boolean nounFirst = author && s.children(trigger).stream().anyMatch(c -> c.rel().equals("obj") && c.isNoun())
                && s.children(trigger).stream().anyMatch(c -> c.rel().equals("xcomp") && c.isVerb() && s.hasMark(c.index(), "to"));
        if (nounFirst) {
            List<Actor> found = authors(sa, trigger, memory, exclude, notes);
            if (!found.isEmpty()) return found;
        }
        if (complementRoots.contains(root)) {
            List<Integer> frontier = new ArrayList<>();
            frontier.add(trigger);
            for (int depth = 0; depth < 2 && !frontier.isEmpty(); depth++) {
                List<Integer> next = new ArrayList<>();
                for (int h : frontier) {
                    for (Token c : s.children(h)) {
                        // a clause with a subject is a clause even where the tagger took its verb for a noun ("demanded
                        // that Canada release ...": 'release' NN)
                        boolean clause = c.isVerb() || c.rel().equals("ccomp") && s.child(c.index(), "nsubj") >= 0;
                        if (!(c.rel().equals("xcomp") || c.rel().equals("ccomp")) || !clause) continue;
                        next.add(c.index());
                        List<Actor> found = inClause(sa, c.index(), memory, exclude);
                        if (!found.isEmpty()) {
                            notes.add("rule complement-target: target inside the complement clause of '" + s.token(c.index()).word() + "'");
                            return found;
                        }
                    }
                }
                frontier = next;
            }
        }
        if (conditionRoots.contains(root)) {
            // "threatened to resume enrichment unless France lifted the sanctions": whoever must meet the condition
            List<Actor> found = condition(sa, trigger, memory, exclude, notes);
            if (!found.isEmpty()) return found;
        }
        if (author && !nounFirst) return authors(sa, trigger, memory, exclude, notes);
        return List.of();
    }

    /** {@link #condition} for a code whose root is one of the {@code condition-target-roots}; empty for the others. */
    List<Actor> ofCondition(SentenceActors sa, int trigger, String code, DocumentMemory memory, Set<Integer> exclude, List<String> notes) {
        return conditionRoots.contains(code.substring(0, 2)) ? condition(sa, trigger, memory, exclude, notes) : List.of();
    }

    /** The subject of a condition clause ("unless X ...", "if X ...") under the trigger or its complement verb. */
    private List<Actor> condition(SentenceActors sa, int trigger, DocumentMemory memory, Set<Integer> exclude, List<String> notes) {
        DependencyTree s = sa.tree();
        List<Integer> heads = new ArrayList<>();
        heads.add(trigger);
        for (Token c : s.children(trigger)) if ((c.rel().equals("xcomp") || c.rel().equals("ccomp")) && c.isVerb()) heads.add(c.index());
        for (int h : heads) {
            for (Token c : s.children(h)) {
                if (!c.rel().equals("advcl") || !s.hasMark(c.index(), conditionalMarks)) continue;
                for (Token d : s.children(c.index())) {
                    if (!d.rel().equals("nsubj") || exclude.contains(d.index())) continue;
                    List<Actor> found = resolver.resolve(sa, d.index(), memory, exclude);
                    if (!found.isEmpty()) {
                        notes.add("rule condition-target: the subject of the condition '" + s.token(c.index()).word() + "'");
                        return found;
                    }
                }
            }
        }
        return List.of();
    }

    /** The object (or the phrase of the object-cases) when it names an actor, else its author. */
    private List<Actor> authors(SentenceActors sa, int trigger, DocumentMemory memory, Set<Integer> exclude, List<String> notes) {
        DependencyTree s = sa.tree();
        boolean stance = s.token(trigger).pos().startsWith("JJ") || s.token(trigger).pos().equals("VBN") && s.child(trigger, "nsubj:pass") >= 0;
        {
            List<Integer> objects = new ArrayList<>();
            for (Token o : s.children(trigger)) {
                if (o.rel().equals("obj") && o.isNoun()) objects.add(o.index());
                if (o.baseRel().equals("obl") && o.isNoun() && (authorObjectCases.contains(s.caseOf(o.index()))
                        || stance && stanceCases.contains(s.caseOf(o.index())))) objects.add(o.index());
                if (o.rel().equals("xcomp") && o.isNoun()) { // "called the US sanctions a provocation": a small clause
                    for (Token n : s.children(o.index())) if (n.rel().startsWith("nsubj") && n.isNoun()) objects.add(n.index());
                }
            }
            for (int o : objects) {
                // "condemned the arrest of the journalists by the police": the by-phrase is the author, whoever the
                // of-phrase names
                List<Integer> by = new ArrayList<>();
                for (Token c : s.children(o)) if (c.baseRel().equals("nmod") && "by".equals(s.caseOf(c.index()))) by.add(c.index());
                // the same phrase hung on an active verb ("denounced the detention of two researchers by the authorities")
                if (s.child(trigger, "nsubj") >= 0) {
                    for (Token c : s.children(trigger)) if (c.baseRel().equals("obl") && c.isNoun() && "by".equals(s.caseOf(c.index()))) by.add(c.index());
                }
                List<Actor> agent = firstResolved(sa, by, memory, exclude);
                if (!agent.isEmpty()) {
                    notes.add("rule author-target: the author of '" + s.token(o).word() + "'");
                    return agent;
                }
                List<Actor> named = exclude.contains(o) ? List.of() : resolver.resolve(sa, o, memory, exclude);
                if (!named.isEmpty()) {
                    notes.add("rule author-target: the one called so");
                    return named;
                }
                List<Actor> found = author(sa, o, memory, exclude);
                if (!found.isEmpty()) {
                    notes.add("rule author-target: the author of '" + s.token(o).word() + "'");
                    return found;
                }
            }
        }
        return List.of();
    }

    /** The subject, object or addressee of a complement verb. */
    private List<Actor> inClause(SentenceActors sa, int verb, DocumentMemory memory, Set<Integer> exclude) {
        DependencyTree s = sa.tree();
        List<Integer> candidates = new ArrayList<>();
        for (Token c : s.children(verb)) if (c.rel().startsWith("nsubj") && !c.rel().equals("nsubj:pass")) candidates.add(c.index());
        for (Token c : s.children(verb)) if (c.rel().equals("obj") || c.rel().equals("iobj")) candidates.add(c.index());
        for (Token c : s.children(verb)) {
            // "on" under the verb names a topic ("agreed to cooperate on Syria"), under its object a target ("sanctions on Turkey")
            if (c.baseRel().equals("obl") && complementCases.contains(s.caseOf(c.index())) && !"on".equals(s.caseOf(c.index()))) {
                candidates.add(c.index());
            }
        }
        for (Token o : s.children(verb)) { // "impose sanctions on Turkey"
            if (!o.rel().equals("obj") || !o.isNoun()) continue;
            for (Token c : s.children(o.index())) {
                if (c.baseRel().equals("nmod") && complementCases.contains(s.caseOf(c.index()))) candidates.add(c.index());
            }
        }
        return firstResolved(sa, candidates, memory, exclude);
    }

    /** Who wrote, made or proposed the object: its possessor, a from/by/of phrase, an "X-drafted" modifier. */
    private List<Actor> author(SentenceActors sa, int noun, DocumentMemory memory, Set<Integer> exclude) {
        DependencyTree s = sa.tree();
        List<Integer> candidates = new ArrayList<>();
        for (Token c : s.children(noun)) if (c.rel().equals("nmod:poss")) candidates.add(c.index());
        for (Token c : s.children(noun)) {
            if (c.baseRel().equals("nmod") && authorCases.contains(s.caseOf(c.index()))) candidates.add(c.index());
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
        return firstResolved(sa, candidates, memory, exclude);
    }

    /** The actors of the first candidate that names any. */
    private List<Actor> firstResolved(SentenceActors sa, List<Integer> candidates, DocumentMemory memory, Set<Integer> exclude) {
        for (int k : candidates) {
            if (exclude.contains(k)) continue;
            List<Actor> found = resolver.resolve(sa, k, memory, exclude);
            if (!found.isEmpty()) return found;
        }
        return List.of();
    }
}
