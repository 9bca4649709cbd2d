package dyad.model;

import java.util.ArrayList;
import java.util.List;

/**
 * A sentence with its tokens and (when it was worth parsing) its dependency tree.
 *
 * @param index  0-based index within the cleaned document
 * @param text   the sentence's text
 * @param start  character offset of the sentence in the cleaned text
 * @param end    end offset (exclusive)
 * @param tokens tokens in order; heads and relations are set when {@code parsed}
 * @param parsed whether a dependency parse was made (sentences without an actor and a trigger candidate are not parsed)
 */
public record AnnotatedSentence(int index, String text, int start, int end, List<Token> tokens, boolean parsed) {
    public AnnotatedSentence {
        tokens = List.copyOf(tokens);
    }

    public Token token(int i) {
        return tokens.get(i);
    }

    public int size() {
        return tokens.size();
    }

    /** The dependents of token {@code head}, in order. */
    public List<Token> children(int head) {
        List<Token> out = new ArrayList<>();
        for (Token t : tokens) {
            if (t.head() == head) out.add(t);
        }
        return out;
    }

    /**
     * The case marker of a nominal ("with" in "with Iran", "by" in "by Iran"), or of a clause its marker ("to"),
     * lower case; "" when it has none. Possessive 's is not a case marker here.
     */
    public String caseOf(int nominal) {
        for (Token c : tokens) {
            if (c.head() == nominal && (c.rel().equals("case") || c.rel().equals("mark")) && !c.pos().equals("POS")) {
                return c.word().toLowerCase();
            }
        }
        return "";
    }

    /** The text between two token indices (inclusive start, exclusive end), as a span of the cleaned text. */
    public Span span(int fromToken, int toToken) {
        int s = tokens.get(fromToken).start();
        int e = tokens.get(toToken - 1).end();
        return new Span(text.substring(s - start, e - start), s, e);
    }
}
