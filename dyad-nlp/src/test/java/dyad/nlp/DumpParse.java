package dyad.nlp;

import dyad.model.AnnotatedSentence;
import dyad.model.Token;
import java.nio.file.*;

/**
 * A developer's tool, not a test: prints the tokens, lemmas, tags and dependency parse of every sentence of a
 * text file, as the coder sees them. {@code java -cp "$(cat dyad-cli/target/classpath.txt):dyad-nlp/target/test-classes"
 * dyad.nlp.DumpParse FILE}
 */
public class DumpParse {
    public static void main(String[] args) throws Exception {
        String text = Files.readString(Path.of(args[0]));
        long t0 = System.nanoTime();
        Linguistics l = new Linguistics(true);
        System.err.println("load ms " + (System.nanoTime() - t0) / 1e6);
        for (AnnotatedSentence s : l.annotate(text, ParseSelector.ALL)) {
            System.out.println("# " + s.index() + " " + s.text());
            for (Token t : s.tokens()) System.out.println(t.index() + "\t" + t.word() + "\t" + t.lemma() + "\t" + t.pos() + "\t" + t.ner() + "\t" + t.head() + "\t" + t.rel());
        }
    }
}
