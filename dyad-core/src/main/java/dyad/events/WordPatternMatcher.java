package dyad.events;

import dyad.actors.SentenceActors;
import dyad.model.ActorMention;
import dyad.model.AnnotatedSentence;
import dyad.model.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Matches a {@link WordPattern} at a trigger of a parsed sentence. Elements are matched in text order inside the
 * trigger's phrases (see {@link #after} and {@link #before}), other words may stand between them; roles
 * ({@code $ + ^ %}) take the next named actor. Stateless; thread-safe.
 */
public final class WordPatternMatcher {
    /** Relations that leave the verb phrase: subjects, other clauses, conjuncts, relative clauses. */
    private static final Set<String> LEAVE_PHRASE = Set.of("nsubj", "nsubj:pass", "nsubjpass", "csubj", "csubj:pass",
            "csubjpass", "conj", "cc", "parataxis", "punct", "ccomp", "acl", "acl:relcl", "discourse", "vocative", "root");
    private static final Set<String> SUBJECTS = Set.of("nsubj", "nsubj:pass", "nsubjpass", "csubj", "csubj:pass");
    /** Relations inside a noun phrase, climbed to find the phrase's head. */
    private static final Set<String> IN_PHRASE = Set.of("compound", "flat", "flat:name", "name", "amod", "det",
            "nmod:poss", "goeswith", "nummod");

    /**
     * Where the pattern put the actors: token indices of the actors' first words, -1 where the pattern says nothing.
     *
     * @param source         the actor the pattern marks {@code $}
     * @param target         the actor marked {@code +}
     * @param compound       the actor marked {@code %} (a compound: the event is between its members)
     * @param compoundBefore whether the {@code %} stands before the verb (the subject) rather than after it
     * @param skipped        actors marked {@code ^}, not to be taken as source or target
     * @param words          how specific the match is: the words and actor places it matched (the longest member of a
     *                       synonym set that matched counts all its words)
     */
    public record Match(int source, int target, int compound, boolean compoundBefore, List<Integer> skipped, int words) {
        public Match {
            skipped = List.copyOf(skipped);
        }
    }

    /** The words before and after a trigger that patterns may use; computed once per trigger. */
    public record Domains(boolean[] before, boolean[] after) {
        public static Domains of(AnnotatedSentence s, int trigger) {
            return new Domains(WordPatternMatcher.before(s, trigger), WordPatternMatcher.after(s, trigger));
        }
    }

    /** The match at {@code trigger}, or null when the pattern does not hold there. */
    public Match match(WordPattern p, SentenceActors sa, int trigger) {
        return match(p, sa, trigger, Domains.of(sa.sentence(), trigger));
    }

    /** The match at {@code trigger} with its domains, or null when the pattern does not hold there. */
    public Match match(WordPattern p, SentenceActors sa, int trigger, Domains domains) {
        AnnotatedSentence s = sa.sentence();
        if (!joined(s, trigger, p)) return null;
        int first = trigger - p.joinedBefore().size();
        int last = trigger + p.joinedAfter().size();
        boolean[] beforeDomain = domains.before().clone();
        boolean[] afterDomain = domains.after().clone();
        for (int k = first; k <= last; k++) {
            beforeDomain[k] = false;
            afterDomain[k] = false;
        }
        Bindings b = new Bindings();
        Ctx before = new Ctx(sa, beforeDomain, trigger);
        if (!sequence(before, p.before(), 0, -1, first, b, true)) return null;
        Ctx after = new Ctx(sa, afterDomain, trigger);
        if (!sequence(after, p.after(), 0, last, s.size(), b, false)) return null;
        int words = b.words + p.joinedBefore().size() + p.joinedAfter().size();
        return new Match(b.source, b.target, b.compound, b.compoundBefore, b.skipped, words);
    }

    private static boolean joined(AnnotatedSentence s, int trigger, WordPattern p) {
        List<String> jb = p.joinedBefore();
        for (int i = 0; i < jb.size(); i++) {
            int k = trigger - jb.size() + i;
            if (k < 0 || !s.token(k).word().equalsIgnoreCase(jb.get(i))) return false;
        }
        List<String> ja = p.joinedAfter();
        for (int i = 0; i < ja.size(); i++) {
            int k = trigger + 1 + i;
            if (k >= s.size() || !s.token(k).word().equalsIgnoreCase(ja.get(i))) return false;
        }
        return true;
    }

    /**
     * Tokens after the trigger in its verb phrase: objects and prepositional phrases with everything inside them,
     * infinitives with "to" ("vowed to wage war") and their phrases; not subjects, conjuncts, clausal complements or
     * relative clauses.
     */
    public static boolean[] after(AnnotatedSentence s, int trigger) {
        boolean[] in = new boolean[s.size()];
        mark(s, trigger, in);
        for (int k = 0; k <= trigger; k++) in[k] = false;
        return in;
    }

    private static void mark(AnnotatedSentence s, int h, boolean[] in) {
        for (Token c : s.children(h)) {
            if (c.rel().equals("conj") && !c.isVerb() && !s.token(h).isVerb()) {
                in[c.index()] = true; // "a new bombing and shelling offensive": conjoined objects are in the phrase
                mark(s, c.index(), in);
                continue;
            }
            if (LEAVE_PHRASE.contains(c.rel())) continue;
            if (c.rel().startsWith("advcl") && !"to".equals(s.caseOf(c.index()))) continue;
            in[c.index()] = true;
            mark(s, c.index(), in);
        }
    }

    /** Tokens before the trigger in its subjects and in the prepositional phrases that precede it. */
    public static boolean[] before(AnnotatedSentence s, int trigger) {
        boolean[] in = new boolean[s.size()];
        for (Token c : s.children(trigger)) {
            if (c.index() > trigger) continue;
            boolean pp = (c.baseRel().equals("obl") || c.baseRel().equals("nmod")) && !s.caseOf(c.index()).isEmpty();
            if (SUBJECTS.contains(c.rel()) || pp) {
                in[c.index()] = true;
                markAll(s, c.index(), in);
            }
        }
        for (int k = trigger; k < s.size(); k++) in[k] = false;
        return in;
    }

    private static void markAll(AnnotatedSentence s, int h, boolean[] in) {
        for (Token c : s.children(h)) {
            in[c.index()] = true;
            markAll(s, c.index(), in);
        }
    }

    /** The head of the noun phrase a word belongs to ("Osgiliath" in "Osgiliath soldiers" -> "soldiers"). */
    public static int phraseHead(AnnotatedSentence s, int k) {
        int cur = k;
        for (int i = 0; i < s.size() && IN_PHRASE.contains(s.token(cur).rel()) && s.token(cur).head() >= 0; i++) {
            cur = s.token(cur).head();
        }
        return cur;
    }

    private record Ctx(SentenceActors sa, boolean[] domain, int trigger) {
        AnnotatedSentence s() {
            return sa.sentence();
        }
    }

    private static final class Bindings {
        int source = -1;
        int target = -1;
        int compound = -1;
        boolean compoundBefore;
        List<Integer> skipped = new ArrayList<>();
        /** words matched */
        int words;
        /** the first word a word or phrase used (inside a prepositional phrase) */
        int first = Integer.MAX_VALUE;

        Bindings copy() {
            Bindings b = new Bindings();
            b.source = source;
            b.target = target;
            b.compound = compound;
            b.compoundBefore = compoundBefore;
            b.skipped = new ArrayList<>(skipped);
            b.words = words;
            b.first = first;
            return b;
        }

        void set(Bindings o) {
            source = o.source;
            target = o.target;
            compound = o.compound;
            compoundBefore = o.compoundBefore;
            skipped = o.skipped;
            words = o.words;
            first = o.first;
        }

        void used(int k) {
            words++;
            first = Math.min(first, k);
        }
    }

    /**
     * Matches elements {@code i..} after position {@code pos} and before {@code limit}, inside the domain; on success the
     * bindings are updated.
     */
    private boolean sequence(Ctx c, List<WordPattern.Element> els, int i, int pos, int limit, Bindings b, boolean beforeVerb) {
        if (i == els.size()) return true;
        WordPattern.Element e = els.get(i);
        if (e instanceof WordPattern.Role r) {
            int k = nextActor(c, pos, limit, c.domain());
            if (k < 0) return false;
            Bindings nb = b.copy();
            bind(nb, r.kind(), k, beforeVerb);
            if (r.kind() == WordPattern.Role.Kind.COMPOUND && !compound(c.sa(), k)) return false;
            ActorMention m = c.sa().at(k);
            if (sequence(c, els, i + 1, m.endToken() - 1, limit, nb, beforeVerb)) {
                b.set(nb);
                return true;
            }
            return false;
        }
        for (int k = pos + 1; k < limit; k++) {
            if (!c.domain()[k]) continue;
            Bindings nb = b.copy();
            int end = element(c, e, k, pos, limit, nb, beforeVerb);
            if (end >= 0 && sequence(c, els, i + 1, end, limit, nb, beforeVerb)) {
                b.set(nb);
                return true;
            }
        }
        return false;
    }

    /** Matches element {@code e} with its main word at {@code k}; returns the last position it used, or -1. */
    private int element(Ctx c, WordPattern.Element e, int k, int pos, int limit, Bindings b, boolean beforeVerb) {
        AnnotatedSentence s = c.s();
        if (e instanceof WordPattern.Word w) {
            if (!word(s.token(k), w)) return -1;
            b.used(k);
            return k;
        }
        if (e instanceof WordPattern.AnyOf any) {
            List<WordPattern.Element> longestFirst = new ArrayList<>(any.choices());
            longestFirst.sort(java.util.Comparator.comparingInt(WordPattern.Element::words).reversed());
            for (WordPattern.Element choice : longestFirst) {
                Bindings nb = b.copy();
                int end = element(c, choice, k, pos, limit, nb, beforeVerb);
                if (end >= 0) {
                    b.set(nb);
                    return end;
                }
            }
            return -1;
        }
        if (e instanceof WordPattern.Phrase ph) return phrase(c, ph, k, pos, b, beforeVerb) ? k : -1;
        if (e instanceof WordPattern.Prep pp) return prep(c, pp, k, limit, b, beforeVerb);
        return -1;
    }

    /** A noun phrase with its head at k: modifiers inside k's phrase, in order, after pos, the last right before k. */
    private boolean phrase(Ctx c, WordPattern.Phrase ph, int k, int pos, Bindings b, boolean beforeVerb) {
        AnnotatedSentence s = c.s();
        Token head = s.token(k);
        if (head.isVerb()) return false;
        if (element(c, ph.head(), k, pos, k + 1, b, beforeVerb) != k) return false;
        boolean[] inPhrase = new boolean[s.size()];
        markAll(s, k, inPhrase);
        return modifiers(c, ph.modifiers(), 0, pos, k, inPhrase, b, beforeVerb);
    }

    private boolean modifiers(Ctx c, List<WordPattern.Element> mods, int i, int pos, int head, boolean[] inPhrase,
                              Bindings b, boolean beforeVerb) {
        if (i == mods.size()) return true;
        AnnotatedSentence s = c.s();
        for (int m = pos + 1; m < head; m++) {
            if (!inPhrase[m]) continue;
            if (i == mods.size() - 1 && rightEdge(s, m) != head - 1) continue;
            Bindings nb = b.copy();
            if (element(c, mods.get(i), m, pos, head, nb, beforeVerb) >= 0
                    && modifiers(c, mods, i + 1, m, head, inPhrase, nb, beforeVerb)) {
                b.set(nb);
                return true;
            }
        }
        return false;
    }

    /** The last token of k's phrase. */
    private static int rightEdge(AnnotatedSentence s, int k) {
        int edge = k;
        for (Token c : s.children(k)) edge = Math.max(edge, rightEdge(s, c.index()));
        return edge;
    }

    /** A prepositional phrase headed at k; returns the last position used, or -1. */
    private int prep(Ctx c, WordPattern.Prep pp, int k, int limit, Bindings b, boolean beforeVerb) {
        AnnotatedSentence s = c.s();
        int marker = -1;
        for (Token ch : s.children(k)) {
            if ((ch.rel().equals("case") || ch.rel().equals("mark")) && pp.accepts(ch.word())) {
                marker = ch.index();
                break;
            }
        }
        if (marker < 0) {
            // "burned down", "break off": a particle of the verb
            Token t = s.token(k);
            boolean particle = t.head() == c.trigger() && (t.rel().equals("compound:prt") || t.rel().equals("advmod"))
                    && pp.accepts(t.word());
            return particle && pp.objects().isEmpty() ? k : -1;
        }
        if (pp.objects().isEmpty()) {
            b.words++;
            return marker;
        }
        boolean[] inside = new boolean[s.size()];
        inside[k] = true;
        markAll(s, k, inside);
        Ctx sub = new Ctx(c.sa(), inside, c.trigger());
        int[] end = {-1};
        Bindings nb = b.copy();
        int outerFirst = nb.first;
        nb.first = Integer.MAX_VALUE;
        if (!insidePrep(sub, pp.objects(), 0, marker, Math.min(limit, rightEdge(s, k) + 1), nb, beforeVerb, end)) return -1;
        // the words follow the preposition with at most a determiner between ("over the efforts", not "for foreign asylum")
        for (int g = marker + 1; nb.first != Integer.MAX_VALUE && g < nb.first; g++) {
            Token t = s.token(g);
            boolean det = t.rel().equals("det") || t.rel().equals("det:poss") || t.pos().equals("PRP$") || t.pos().equals("DT");
            if (!det) return -1;
        }
        nb.first = Math.min(outerFirst, nb.first);
        nb.words++;
        b.set(nb);
        return end[0];
    }

    private boolean insidePrep(Ctx c, List<WordPattern.Element> els, int i, int pos, int limit, Bindings b,
                               boolean beforeVerb, int[] end) {
        if (i == els.size()) {
            end[0] = pos;
            return true;
        }
        WordPattern.Element e = els.get(i);
        if (e instanceof WordPattern.Role r) {
            int k = nextActor(c, pos, limit, c.domain());
            if (k < 0) return false;
            Bindings nb = b.copy();
            bind(nb, r.kind(), k, beforeVerb);
            if (r.kind() == WordPattern.Role.Kind.COMPOUND && !compound(c.sa(), k)) return false;
            if (insidePrep(c, els, i + 1, c.sa().at(k).endToken() - 1, limit, nb, beforeVerb, end)) {
                b.set(nb);
                return true;
            }
            return false;
        }
        for (int k = pos + 1; k < limit; k++) {
            if (!c.domain()[k]) continue;
            Bindings nb = b.copy();
            int e2 = element(c, e, k, pos, limit, nb, beforeVerb);
            if (e2 >= 0 && insidePrep(c, els, i + 1, e2, limit, nb, beforeVerb, end)) {
                b.set(nb);
                return true;
            }
        }
        return false;
    }

    private static void bind(Bindings b, WordPattern.Role.Kind kind, int k, boolean beforeVerb) {
        if (kind != WordPattern.Role.Kind.SKIP) b.words++;
        switch (kind) {
            case SOURCE -> b.source = k;
            case TARGET -> b.target = k;
            case SKIP -> b.skipped.add(k);
            case COMPOUND -> {
                b.compound = k;
                b.compoundBefore = beforeVerb;
            }
        }
    }

    /** The first word of the next named actor after pos, inside the domain, or -1. */
    private static int nextActor(Ctx c, int pos, int limit, boolean[] domain) {
        for (ActorMention m : c.sa().mentions()) {
            if (m.startToken() <= pos || m.startToken() >= limit || !domain[m.startToken()]) continue;
            if (m.code() == null || m.kind() == ActorMention.Kind.AGENT) continue;
            return m.startToken();
        }
        return -1;
    }

    /** Whether the actor at k is part of a coordination ("Gondor and Osgiliath"). */
    private static boolean compound(SentenceActors sa, int k) {
        AnnotatedSentence s = sa.sentence();
        int h = phraseHead(s, ClauseActors.root(s, sa.at(k)));
        if (s.token(h).rel().equals("conj")) return true;
        for (Token c : s.children(h)) if (c.rel().equals("conj")) return true;
        return false;
    }

    /** A token matches a word by its written form, or (unless exact) by lemma or a regular plural of the word. */
    static boolean word(Token t, WordPattern.Word w) {
        String form = t.word().toLowerCase(java.util.Locale.ROOT);
        if (form.equals(w.text())) return true;
        if (w.exact()) return false;
        return t.lemma().equalsIgnoreCase(w.text()) || form.equals(Inflections.plural(w.text()));
    }
}
