package dyad.events;

import dyad.actors.ActorResolver;
import dyad.actors.DocumentMemory;
import dyad.actors.SentenceActors;
import dyad.model.Actor;
import dyad.model.ActorMention;
import dyad.model.AnnotatedSentence;
import dyad.model.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The named actors after a verb in its clause, in text order: where TABARI and PETRARCH look for a target ("restored
 * ties with Gondor", "noted that Cirith Ungol regretted ...") and for the source of a passive without "by".
 */
final class ClauseActors {
    private static final Set<String> NOT_IN_CLAUSE = Set.of("nsubj", "nsubj:pass", "nsubjpass", "csubj", "csubj:pass",
            "csubjpass", "conj", "cc", "parataxis", "punct", "root");
    private static final Set<String> NOT_DEEPER = Set.of("conj", "parataxis", "punct");

    private ClauseActors() {
    }

    /** The head of the noun phrase of the actor named at k ("soldiers" for "Osgiliath" in "Osgiliath soldiers"). */
    static int head(SentenceActors sa, int k) {
        AnnotatedSentence s = sa.sentence();
        ActorMention m = sa.at(k);
        int h = WordPatternMatcher.phraseHead(s, m == null ? k : root(s, m));
        Token t = s.token(h);
        if (t.baseRel().equals("nmod") && "of".equals(s.caseOf(h)) && t.head() >= 0) {
            // "the parliament of Gondor": the agent that owns the actor heads the phrase
            ActorMention owner = sa.at(t.head());
            if (owner != null && owner.kind() == ActorMention.Kind.AGENT) h = WordPatternMatcher.phraseHead(s, t.head());
        }
        return h;
    }

    /** The word of a mention whose head lies outside it ("Prince" in "Prince of Dol Amroth"). */
    static int root(AnnotatedSentence s, ActorMention m) {
        for (int k = m.startToken(); k < m.endToken(); k++) {
            int head = s.token(k).head();
            if (head < m.startToken() || head >= m.endToken()) return k;
        }
        return m.endToken() - 1;
    }

    /** Tokens after the trigger in its clause; with {@code obliquesOnly}, in its prepositional phrases only. */
    private static boolean[] clause(AnnotatedSentence s, int trigger, boolean obliquesOnly) {
        boolean[] in = new boolean[s.size()];
        for (Token c : s.children(trigger)) {
            if (NOT_IN_CLAUSE.contains(c.rel())) continue;
            if (obliquesOnly && !((c.baseRel().equals("obl") || c.baseRel().equals("nmod")) && !s.caseOf(c.index()).isEmpty())) continue;
            in[c.index()] = true;
            mark(s, c.index(), in);
        }
        for (int k = 0; k <= trigger; k++) in[k] = false;
        return in;
    }

    private static void mark(AnnotatedSentence s, int h, boolean[] in) {
        for (Token c : s.children(h)) {
            if (NOT_DEEPER.contains(c.rel())) continue;
            in[c.index()] = true;
            mark(s, c.index(), in);
        }
    }

    /** The phrase head of the first named actor after the trigger in its clause, or -1. */
    static int first(SentenceActors sa, int trigger, boolean obliquesOnly, Set<Integer> excludeHeads) {
        boolean[] in = clause(sa.sentence(), trigger, obliquesOnly);
        for (ActorMention m : sa.mentions()) {
            if (!in[m.startToken()] || m.code() == null || m.kind() == ActorMention.Kind.AGENT) continue;
            int h = head(sa, m.startToken());
            if (!excludeHeads.contains(h)) return h;
        }
        return -1;
    }

    /** The actors of the first named actor after the trigger that is not the source, or none. */
    static List<Actor> firstTarget(SentenceActors sa, int trigger, ActorResolver resolver, DocumentMemory memory,
                                   Set<Integer> exclude, List<Actor> sources) {
        boolean[] in = clause(sa.sentence(), trigger, false);
        List<Integer> tried = new ArrayList<>();
        for (ActorMention m : sa.mentions()) {
            if (!in[m.startToken()] || m.code() == null || m.kind() == ActorMention.Kind.AGENT) continue;
            if (exclude.contains(m.startToken())) continue;
            int h = head(sa, m.startToken());
            if (exclude.contains(h) || tried.contains(h)) continue;
            tried.add(h);
            List<Actor> found = resolver.resolve(sa, h, memory, exclude);
            boolean other = found.stream().anyMatch(a -> sources.stream().noneMatch(b -> b.code().equals(a.code())));
            if (other) return found;
        }
        return List.of();
    }
}
