package dyad.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The dependency tree of a parsed sentence, built once per sentence and shared by everything that walks it (the event
 * coder's trigger matching and argument rules, modality, the actor resolver): children lists, case markers and the
 * questions every rule asks (does a word dominate another, which child has this relation, is this clause marked by
 * "if"). Immutable; thread-safe.
 */
public final class DependencyTree {
    private final AnnotatedSentence sentence;
    private final List<List<Token>> children;
    private final String[] caseMarker;

    private DependencyTree(AnnotatedSentence sentence) {
        this.sentence = sentence;
        int n = sentence.size();
        List<List<Token>> ch = new ArrayList<>(n);
        for (int i = 0; i < n; i++) ch.add(new ArrayList<>(2));
        String[] marker = new String[n];
        for (Token t : sentence.tokens()) {
            if (t.head() >= 0 && t.head() < n) {
                ch.get(t.head()).add(t);
                if (marker[t.head()] == null && (t.rel().equals("case") || t.rel().equals("mark")) && !t.pos().equals("POS")) {
                    marker[t.head()] = t.word().toLowerCase();
                }
            }
        }
        for (int i = 0; i < n; i++) ch.set(i, List.copyOf(ch.get(i)));
        this.children = List.copyOf(ch);
        this.caseMarker = marker;
    }

    public static DependencyTree of(AnnotatedSentence sentence) {
        return new DependencyTree(sentence);
    }

    public AnnotatedSentence sentence() {
        return sentence;
    }

    public Token token(int i) {
        return sentence.token(i);
    }

    public int size() {
        return sentence.size();
    }

    /** The dependents of token {@code head}, in order (none for an unparsed sentence). */
    public List<Token> children(int head) {
        return head >= 0 && head < children.size() ? children.get(head) : List.of();
    }

    /** The first dependent of {@code head} with exactly this relation, or -1. */
    public int child(int head, String rel) {
        for (Token c : children(head)) if (c.rel().equals(rel)) return c.index();
        return -1;
    }

    /** The first dependent of {@code head} whose relation, without its subtype, is {@code baseRel}; -1 for none. */
    public int childBase(int head, String baseRel) {
        for (Token c : children(head)) if (c.baseRel().equals(baseRel)) return c.index();
        return -1;
    }

    /** The case marker of a nominal ("with"), or the marker of a clause ("to", "that"), lower case; "" for none. */
    public String caseOf(int k) {
        String m = k >= 0 && k < caseMarker.length ? caseMarker[k] : null;
        return m == null ? "" : m;
    }

    /** Whether clause {@code v} is introduced by one of these markers ("if", "to"). */
    public boolean hasMark(int v, Set<String> words) {
        for (Token c : children(v)) if (c.rel().equals("mark") && words.contains(c.word().toLowerCase())) return true;
        return false;
    }

    public boolean hasMark(int v, String word) {
        return hasMark(v, Set.of(word.toLowerCase()));
    }

    /** Whether {@code ancestor} is {@code k} or lies on the path from {@code k} to the root. */
    public boolean dominates(int ancestor, int k) {
        int cur = k;
        for (int i = 0; i <= size() && cur >= 0; i++) {
            if (cur == ancestor) return true;
            cur = token(cur).head();
        }
        return false;
    }

    /** The nearest verb at or above {@code k}, or -1. */
    public int clauseVerb(int k) {
        int cur = k;
        for (int i = 0; i <= size() && cur >= 0; i++) {
            if (token(cur).isVerb()) return cur;
            cur = token(cur).head();
        }
        return -1;
    }

    /**
     * The clause a verb of saying reports when the parser hung the verb on that clause instead of the other way round
     * ("The authorities must restore access, the opposition leader said": 'said' a parataxis under 'restore'): the
     * clause's verb, before {@code v}, when {@code v} has a subject and no complement of its own; -1 otherwise.
     */
    public int frontedComplement(int v) {
        Token t = token(v);
        if (!(t.rel().equals("parataxis") || t.rel().equals("dep")) || t.head() < 0) return -1;
        if (child(v, "ccomp") >= 0 || child(v, "nsubj") < 0) return -1;
        int c = clauseVerb(t.head());
        return c >= 0 && c < v ? c : -1;
    }

    /** The auxiliaries and copulas of {@code v}, lower case ("will", "has", "was"). */
    public List<String> auxiliaries(int v) {
        List<String> out = new ArrayList<>(2);
        for (Token c : children(v)) if (c.rel().startsWith("aux") || c.rel().equals("cop")) out.add(c.word().toLowerCase());
        return out;
    }
}
