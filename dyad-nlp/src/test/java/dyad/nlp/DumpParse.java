package dyad.nlp;

import dyad.model.AnnotatedSentence;
import dyad.model.Token;
import java.nio.file.*;

public class DumpParse {
    public static void main(String[] args) throws Exception {
        String text = Files.readString(Path.of(args[0]));
        long t0 = System.nanoTime();
        Linguistics l = new Linguistics(args.length > 1);
        System.err.println("load ms " + (System.nanoTime() - t0) / 1e6);
        for (AnnotatedSentence s : l.annotate(text, ParseSelector.ALL)) {
            System.out.println("# " + s.index() + " " + s.text());
            for (Token t : s.tokens()) System.out.println(t.index() + "\t" + t.word() + "\t" + t.lemma() + "\t" + t.pos() + "\t" + t.ner() + "\t" + t.head() + "\t" + t.rel());
        }
    }
}
