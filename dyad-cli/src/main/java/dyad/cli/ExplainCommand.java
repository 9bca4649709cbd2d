package dyad.cli;

import dyad.coder.Coder;
import dyad.model.AnnotatedSentence;
import dyad.model.Document;
import dyad.model.Event;
import dyad.model.Token;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code dyad explain}: why a text gives the events it gives, and why not others: each sentence's events (the
 * negated, hypothetical, future and historical ones too, flagged), the pattern and argument rules behind each, every
 * pattern that fired and gave no event with the reason, and, with {@code --parse}, the dependency parse.
 */
@Command(name = "explain", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Show why a text gives the events it gives, and why not others: per sentence, the events (flagged ones too), "
                + "the pattern and the argument rules behind each (evidence), and every pattern that fired without giving an event, "
                + "with the reason (no subject, no target, the code needs a target, a complement coded by its verb...).",
                "Example: dyad explain --date 2019-10-14 \"Turkey said it would launch an offensive unless the Kurds withdrew.\""})
public final class ExplainCommand implements Callable<Integer> {
    @Parameters(paramLabel = "TEXT", arity = "1..*", description = "The text (several arguments are joined by spaces), or '-' to read it from stdin.")
    List<String> text;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "The text's date, for relative dates and dated actor codes (default: today).")
    LocalDate date;

    @Option(names = "--parse", description = "Also print each parsed sentence's tokens, tags and dependencies.")
    boolean parse;

    @Mixin
    CoderOptions coderOptions;

    @Override
    public Integer call() throws Exception {
        String input = text.size() == 1 && text.get(0).equals("-")
                ? new String(System.in.readAllBytes(), StandardCharsets.UTF_8) : String.join(" ", text);
        Coder coder = new Coder(coderOptions.config().withKeepNegated(true).withKeepModal(true));
        Coder.Explanation ex = coder.explain(new Document("text", input, date != null ? date : LocalDate.now(), null, null, "command line"));
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true, StandardCharsets.UTF_8);
        if (ex.result().skipped() != null) {
            out.println("no sentence to code: " + ex.result().skipped());
            return 0;
        }
        for (AnnotatedSentence s : ex.sentences()) {
            out.println("sentence " + s.index() + ": " + s.text());
            for (Event e : ex.result().events()) {
                if (e.sentenceIndex() != s.index()) continue;
                StringBuilder flags = new StringBuilder();
                if (e.negated()) flags.append(" [negated]");
                for (String m : e.modality().names()) flags.append(" [").append(m).append(']');
                out.printf("  event %s %s (%s) -> %s  %s/%s '%s'%s%n", e.cameo().code(), e.source().code().code(), e.source().text(),
                        e.target() == null ? "-" : e.target().code().code() + " (" + e.target().text() + ")", e.cameo().ploverEvent(),
                        e.cameo().name(), e.trigger().text(), flags);
                out.println("      pattern " + e.evidence().pattern());
                for (String n : e.evidence().notes()) out.println("      " + n);
            }
            for (Coder.Explanation.Miss m : ex.misses()) {
                if (m.sentence() == s.index()) out.printf("  no event from '%s': %s (%s): %s%n", m.word(), m.pattern(), m.code(), m.why());
            }
            if (!s.parsed()) out.println("  (not parsed: no trigger word and actor candidate together)");
            else if (parse) {
                for (Token t : s.tokens()) {
                    out.printf("    %d %s %s %s -> %d %s%n", t.index(), t.word(), t.lemma(), t.pos(), t.head(), t.rel());
                }
            }
        }
        return 0;
    }
}
