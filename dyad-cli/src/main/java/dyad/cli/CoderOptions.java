package dyad.cli;

import dyad.actors.ActorDictionary;
import dyad.coder.CoderConfig;
import dyad.events.PatternSet;
import dyad.ontology.Ontology;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Options shared by the commands that build a coder. */
final class CoderOptions {
    @Option(names = "--actors", paramLabel = "FILE", description = "An extra actor dictionary file (repeatable; format: docs/dictionaries.md).")
    List<Path> actors = new ArrayList<>();

    @Option(names = "--patterns", paramLabel = "FILE", description = "An extra event pattern file (repeatable; format: docs/patterns.md).")
    List<Path> patterns = new ArrayList<>();

    @Option(names = "--no-ner", description = "Skip CoreNLP's 3-class NER on parsed sentences (about 3% faster; unknown names are then not told apart as people or organisations).")
    boolean noNer;

    @Option(names = "--keep-negated", description = "Emit negated events ('did not agree') marked \"negated\": true instead of dropping them.")
    boolean keepNegated;

    CoderConfig config() {
        ActorDictionary.Builder b = ActorDictionary.builder().addBuiltIn();
        for (Path p : actors) b.addFile(p);
        Ontology ontology = Ontology.builtIn();
        PatternSet ps = PatternSet.load(patterns, code -> ontology.find(code).isPresent());
        return new CoderConfig(b.build(), ps, ontology, !noNer, keepNegated);
    }
}
