package dyad.testing;

import dyad.model.AnnotatedSentence;
import dyad.model.Token;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds annotated sentences for core tests from a compact CoNLL-like notation, one token per line:
 * {@code index word lemma POS head rel} (head -1 = root). Real parses for these tests were made with
 * CoreNLP 4.5.10 and are kept inline so that dyad-core tests do not need the models.
 */
public final class Sentences {
    private Sentences() {
    }

    public static AnnotatedSentence parse(int index, String conll) {
        List<Token> tokens = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (String line : conll.strip().split("\n")) {
            String[] f = line.strip().split("\\s+");
            int i = Integer.parseInt(f[0]);
            if (text.length() > 0) text.append(' ');
            int start = text.length();
            text.append(f[1]);
            tokens.add(new Token(i, f[1], f[2], f[3], "O", start, text.length(), Integer.parseInt(f[4]), f[5]));
        }
        return new AnnotatedSentence(index, text.toString(), 0, text.length(), tokens, true);
    }

    /** Tokens split on spaces, tagged NNP when capitalised else NN, unparsed. */
    public static AnnotatedSentence words(String text) {
        List<Token> tokens = new ArrayList<>();
        int pos = 0;
        int i = 0;
        for (String w : text.split(" ")) {
            String tag = Character.isUpperCase(w.charAt(0)) ? "NNP" : "NN";
            tokens.add(new Token(i++, w, w.toLowerCase(), tag, "O", pos, pos + w.length(), Token.UNPARSED, ""));
            pos += w.length() + 1;
        }
        return new AnnotatedSentence(0, text, 0, text.length(), tokens, false);
    }
}
