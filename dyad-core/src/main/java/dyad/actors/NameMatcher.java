package dyad.actors;

import dyad.model.ActorMention;
import dyad.model.AnnotatedSentence;
import dyad.model.Token;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds dictionary names in a sentence: a trie over normalized token pieces, longest match first.
 * Tokens match by word or (for agents) by lemma, so "presidents" finds "president". Compiled once; thread-safe.
 */
public final class NameMatcher {
    private final Node root = new Node();
    /** Names that are also common words ("turkey", "store"): they need their capital even in a text without capitals. */
    private final java.util.Set<String> commonWords;

    NameMatcher(Collection<Entry> entries) {
        for (Entry e : entries) {
            for (String name : e.names()) add(name, e);
        }
        this.commonWords = commonWords();
    }

    static final String COMMON_WORDS = "/dyad/actors/common-words.txt";

    private static java.util.Set<String> commonWords() {
        try (java.io.InputStream in = NameMatcher.class.getResourceAsStream(COMMON_WORDS)) {
            if (in == null) throw new IllegalStateException("built-in list missing: " + COMMON_WORDS);
            java.util.Set<String> out = new java.util.HashSet<>();
            String[] lines = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n");
            for (int i = 0; i < lines.length; i++) {
                String w = lines[i].replaceAll("#.*", "").strip();
                if (w.isEmpty()) continue;
                if (!w.matches("[a-z][a-z'-]*")) throw new dyad.model.DataFileException("common-words.txt", i + 1, "a lower-case word per line: '" + w + "'");
                out.add(w);
            }
            return java.util.Set.copyOf(out);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private void add(String name, Entry e) {
        add(name, Names.pieces(name), e);
        if (name.indexOf('-') > 0) {
            // a hyphenated name is also one token ("Barad-dur", as UD parsers and CoreNLP may keep it)
            List<String> joined = new ArrayList<>();
            for (String part : name.trim().split("\\s+")) {
                String n = Names.normalize(part);
                if (!n.isEmpty()) joined.add(n);
            }
            if (!joined.equals(Names.pieces(name))) add(name, joined, e);
        }
    }

    private void add(String name, List<String> pieces, Entry e) {
        if (pieces.isEmpty()) return;
        Node n = root;
        for (String p : pieces) n = n.children.computeIfAbsent(p, k -> new Node());
        boolean caps = Names.capitalsOnly(name);
        if (caps) {
            n.capitalsEntry = e;
        } else {
            n.entry = e;
            // a one-word proper name matches a capitalised word only: "Støre" not "store", "Turkey" not "turkey"
            // (unless the dictionary writes it in lower case itself, as the agency "dpa")
            n.entryNeedsCapital = pieces.size() == 1 && e.kind() != dyad.model.ActorMention.Kind.AGENT
                    && Character.isUpperCase(name.strip().charAt(0));
        }
    }

    /** All non-overlapping dictionary mentions in the sentence, left to right, coded for the given date. */
    public List<ActorMention> find(AnnotatedSentence s, LocalDate date) {
        List<Token> tokens = s.tokens();
        String[] words = new String[tokens.size()];
        String[] lemmas = new String[tokens.size()];
        for (int i = 0; i < words.length; i++) {
            words[i] = Names.normalize(tokens.get(i).word());
            lemmas[i] = Names.normalize(tokens.get(i).lemma());
        }
        List<ActorMention> out = new ArrayList<>();
        boolean caseless = caseless(tokens);
        int i = 0;
        while (i < words.length) {
            Match best = longest(tokens, words, lemmas, i, caseless);
            if (best == null) {
                i++;
                continue;
            }
            Entry.Resolution r = best.entry.codeOn(date);
            out.add(new ActorMention(s.index(), i, best.end, best.entry.kind(), r == null ? null : r.code(),
                    best.entry.id(), best.entry.source(), s.span(i, best.end)));
            i = best.end;
        }
        return out;
    }

    /** Whether any token starts a name: a cheap test for choosing sentences to parse. */
    public boolean startsAny(String normalizedWord) {
        return root.children.containsKey(normalizedWord);
    }

    /**
     * A sentence written without capitals after its first word ("president obama met netanyahu in washington"): its
     * one-word names match whatever their case, as nothing else could tell them.
     */
    private static boolean caseless(List<Token> tokens) {
        if (tokens.size() < 4) return false;
        for (int i = 1; i < tokens.size(); i++) {
            String w = tokens.get(i).word();
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) return false;
        }
        return true;
    }

    private Match longest(List<Token> tokens, String[] words, String[] lemmas, int start, boolean caseless) {
        if (words[start].isEmpty()) return null;
        Node n = root;
        Match best = null;
        boolean allCaps = true;
        for (int j = start; j < words.length; j++) {
            if (words[j].isEmpty()) { // punctuation inside a name ("al - Assad"): skip it
                if (j == start) return best;
                continue;
            }
            Node next = n.children.get(words[j]);
            if (next == null && !lemmas[j].equals(words[j])) next = n.children.get(lemmas[j]);
            if (next == null && j == start && tokens.get(j).pos().equals("NNPS") && words[j].length() > 3 && words[j].endsWith("s")) {
                // "Belarusians", "Kurds": a plural demonym the lemmatiser leaves as it is (it lemmatises "Iraqis")
                Node singular = n.children.get(words[j].substring(0, words[j].length() - 1));
                if (singular != null && singular.entry != null && singular.entry.kind() == ActorMention.Kind.ADJECTIVE) next = singular;
            }
            if (next == null && j == start && tokens.get(j).pos().startsWith("NNP") && words[j].length() > 3 && words[j].endsWith("s")
                    && sentenceInitial(tokens, j)) {
                // "Farmers blocked highways": a plural agent word the tagger took for a name because it opens the sentence
                Node singular = n.children.get(words[j].substring(0, words[j].length() - 1));
                if (singular != null && singular.entry != null && singular.entry.kind() == ActorMention.Kind.AGENT) next = singular;
            }
            if (next == null) break;
            n = next;
            allCaps &= Names.isCapitals(tokens.get(j).word());
            Entry e = allCaps && n.capitalsEntry != null ? n.capitalsEntry : n.entry;
            if (e == n.entry && e != null && n.entryNeedsCapital && !Character.isUpperCase(tokens.get(start).word().charAt(0))
                    && (!caseless || commonWords.contains(words[start]))) e = null;
            if (e != null) best = new Match(e, j + 1);
        }
        return best;
    }

    /** Whether the token opens the sentence or a quotation, where a capital says nothing of a name. */
    private static boolean sentenceInitial(List<Token> tokens, int j) {
        for (int k = j - 1; k >= 0; k--) {
            String w = tokens.get(k).word();
            if (!(w.equals("\"") || w.equals("``") || w.equals("'") || w.equals("`") || w.equals("(") || w.equals("-"))) return false;
        }
        return true;
    }

    private record Match(Entry entry, int end) {
    }

    private static final class Node {
        final Map<String, Node> children = new HashMap<>(4);
        Entry entry;
        boolean entryNeedsCapital;
        Entry capitalsEntry;
    }
}
