package dyad.cli;

import dyad.actors.ActorDictionary;
import dyad.coder.CoderConfig;
import dyad.events.PatternSet;
import dyad.geo.Gazetteer;
import dyad.ontology.Ontology;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Options shared by the commands that build a coder. */
final class CoderOptions {
    @Option(names = "--actors", paramLabel = "FILE", description = "An extra actor dictionary file (repeatable; format: docs/dictionaries.md).")
    List<Path> actors = new ArrayList<>();

    @Option(names = "--actors-tabari", paramLabel = "FILE", description = "A TABARI/PETRARCH actor dictionary to import (repeatable), e.g. Phoenix.Countries.actors.txt.")
    List<Path> actorsTabari = new ArrayList<>();

    @Option(names = "--agents-tabari", paramLabel = "FILE", description = "A TABARI/PETRARCH agents dictionary to import (repeatable).")
    List<Path> agentsTabari = new ArrayList<>();

    @Option(names = "--patterns", paramLabel = "FILE", description = "An extra event pattern file (repeatable; format: docs/patterns.md).")
    List<Path> patterns = new ArrayList<>();

    @Option(names = "--no-ner", description = "Skip CoreNLP's 3-class NER on parsed sentences (about 3% faster; unknown names are then not told apart as people or organisations).")
    boolean noNer;

    @Option(names = "--places", paramLabel = "FILE", description = "An extra places file for geolocation (repeatable; format: docs/places.md).")
    List<Path> places = new ArrayList<>();

    @Option(names = "--no-geo", description = "Skip geolocation: events get no location (saves the gazetteer load and NER on unparsed sentences).")
    boolean noGeo;

    @Option(names = "--keep-negated", description = "Emit negated events ('did not agree') marked \"negated\": true instead of dropping them.")
    boolean keepNegated;

    @Option(names = "--keep-modal", description = "Emit hypothetical ('could impose'), future ('will visit', 'plans to') and "
            + "historical (years before the story) events, flagged, instead of dropping them.")
    boolean keepModal;

    /** The dictionaries: built-in, then users' files, then imported TABARI/PETRARCH files; import problems to stderr. */
    ActorDictionary dictionary() {
        ActorDictionary.Builder b = ActorDictionary.builder().addBuiltIn();
        for (Path p : actors) b.addFile(p);
        for (Path p : actorsTabari) b.addTabariActors(p);
        for (Path p : agentsTabari) b.addTabariAgents(p);
        ActorDictionary d = b.build();
        List<String> problems = d.importProblems();
        if (!problems.isEmpty()) {
            for (String p : problems.subList(0, Math.min(10, problems.size()))) System.err.println("dyad: import: " + p);
            System.err.println("dyad: import: " + problems.size() + " dictionary lines could not be used"
                    + (problems.size() > 10 ? " (first 10 above; 'dyad actors stats' lists all)" : ""));
        }
        return d;
    }

    CoderConfig config() {
        ActorDictionary d = dictionary();
        Ontology ontology = Ontology.builtIn();
        PatternSet ps = PatternSet.load(patterns, code -> ontology.find(code).isPresent());
        return new CoderConfig(d, ps, ontology, !noNer, keepNegated, keepModal, noGeo ? null : Gazetteer.load(places));
    }
}
