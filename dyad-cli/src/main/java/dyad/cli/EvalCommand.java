package dyad.cli;

import dyad.actors.ActorDictionary;
import dyad.eval.ActorKeys;
import dyad.eval.CodedEvents;
import dyad.eval.Evaluation;
import dyad.eval.GoldSet;
import dyad.eval.HtmlReport;
import dyad.eval.InputMaker;
import dyad.eval.Level;
import dyad.eval.Scorer;
import dyad.eval.TextReport;
import dyad.ontology.Ontology;
import dyad.output.AtomicFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code dyad eval}: precision, recall and F1 of coded events against a gold set (docs/eval.md). */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Score coded events (dyad code's JSON lines) against gold: a JSON list of PLOVER records or PETRARCH validation XML. "
                + "Prints precision, recall and F1 overall, per PLOVER category and per CAMEO root, actor agreement, a confusion matrix "
                + "and the false-positive rate on texts without events; matching rules in docs/eval.md.",
                "Example: dyad eval --make-input gold/dyad-gold.json -o in.jsonl && dyad code in.jsonl -o out.jsonl "
                        + "&& dyad eval gold/dyad-gold.json out.jsonl --html report.html"})
public final class EvalCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "GOLD", description = "Gold file: PLOVER JSON records (.json) or PETRARCH validation records (.xml).")
    Path gold;

    @Parameters(index = "1", arity = "0..1", paramLabel = "EVENTS", description = "Events written by 'dyad code' (JSON lines).")
    Path events;

    @Option(names = "--make-input", description = "Write the gold texts as input for 'dyad code' instead of scoring: JSON lines, "
            + "or CoNLL-U (for 'dyad code --conllu') when the gold carries parses (PETRARCH XML).")
    boolean makeInput;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "With --make-input: the file to write (default: stdout).")
    Path output;

    @Option(names = "--html", paramLabel = "FILE", description = "Also write the report as an HTML page with charts and every mistake.")
    Path html;

    @Option(names = "--level", paramLabel = "LEVEL", defaultValue = "country",
            description = "How closely actors must agree in the per-category tables: event, country, sector, full (default: ${DEFAULT-VALUE}).")
    Level level;

    @Option(names = "--split", paramLabel = "NAME", description = "Score (or make input for) only the gold records of this split, e.g. dev or test.")
    String split;

    @Option(names = "--set", paramLabel = "NAME", description = "Score only the gold records of this set, e.g. stories (every sentence of "
            + "whole news stories), sentences (selected news sentences) or written.")
    String set;

    @Option(names = "--per-record", description = "With --make-input: one document per record, even for the sentences of one story "
            + "(by default a story's sentences are one document, read in context, and scored sentence by sentence).")
    boolean perRecord;

    @Option(names = "--mistakes", description = "Also print every document with a missed gold event or a false alarm.")
    boolean mistakes;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (output != null) Outputs.check(spec, "-o", output, List.of(gold));
        if (html != null) Outputs.check(spec, "--html", html, events == null ? List.of(gold) : List.of(gold, events));
        Ontology ontology = Ontology.builtIn();
        GoldSet goldSet = GoldSet.read(gold, ontology);
        if (split != null && goldSet.records(split).isEmpty()) {
            throw new ParameterException(spec.commandLine(), "no gold records in split '" + split + "'"
                    + (goldSet.splits().isEmpty() ? " (the gold has no splits)" : " (splits: " + String.join(", ", goldSet.splits()) + ")"));
        }
        if (makeInput) {
            InputMaker maker = new InputMaker();
            String input = maker.input(goldSet, split, !perRecord);
            if (output == null) {
                System.out.print(input);
            } else {
                AtomicFile.writeString(output, input);
                System.err.println("dyad: wrote " + maker.documents(goldSet, split, !perRecord) + " documents to " + output
                        + (InputMaker.writesConllU(goldSet) ? " (CoNLL-U: code it with 'dyad code --conllu')" : ""));
            }
            return 0;
        }
        if (events == null) throw new ParameterException(spec.commandLine(), "missing EVENTS: the JSON lines 'dyad code' wrote (or use --make-input)");
        if (output != null) throw new ParameterException(spec.commandLine(), "-o goes with --make-input; the report goes to stdout (and --html FILE)");
        Scorer scorer = new Scorer(new ActorKeys(ActorDictionary.builder().addBuiltIn().build()));
        if (set != null && goldSet.records().stream().noneMatch(r -> set.equals(r.set()))) {
            throw new ParameterException(spec.commandLine(), "no gold records in set '" + set + "'"
                    + (goldSet.sets().isEmpty() ? " (the gold has no sets)" : " (sets: " + String.join(", ", goldSet.sets()) + ")"));
        }
        Evaluation e = scorer.score(goldSet, CodedEvents.read(events), level, split, set);
        TextReport text = new TextReport(ontology);
        System.out.print(text.render(e));
        if (mistakes) System.out.print("\n" + text.mistakes(e));
        if (html != null) {
            AtomicFile.writeString(html, new HtmlReport(ontology).render(e));
            System.err.println("dyad: wrote " + html);
        }
        return 0;
    }
}
