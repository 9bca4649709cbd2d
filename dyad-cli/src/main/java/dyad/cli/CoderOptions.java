package dyad.cli;

import dyad.actors.ActorDictionary;
import dyad.coder.CoderConfig;
import dyad.events.PatternSet;
import dyad.geo.Gazetteer;
import dyad.ingest.TextFile;
import dyad.model.DataFileException;
import dyad.ontology.Ontology;
import dyad.petrarch.VerbDictionary;
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

    @Option(names = "--verbs-petrarch", paramLabel = "FILE", description = "A PETRARCH-2 verb dictionary to import (repeatable), "
            + "e.g. CAMEO.2.0.txt; its patterns are added to Dyad's and win where equally specific (docs/petrarch.md).")
    List<Path> verbsPetrarch = new ArrayList<>();

    @Option(names = "--import-problems", description = "List every dictionary line an import could not use (default: the first 10 and a count).")
    boolean importProblems;

    @Option(names = "--no-ner", description = "Skip CoreNLP's 3-class NER on parsed sentences (about 3%% faster; unknown names are then not told apart as people or organisations).")
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

    /** Every file these options name (the files a command reads besides its INPUTs). */
    List<Path> files() {
        List<Path> all = new ArrayList<>(actors);
        all.addAll(actorsTabari);
        all.addAll(agentsTabari);
        all.addAll(patterns);
        all.addAll(verbsPetrarch);
        all.addAll(places);
        return all;
    }

    /** The dictionaries: built-in, then users' files, then imported TABARI/PETRARCH files; import problems to stderr. */
    ActorDictionary dictionary() {
        ActorDictionary.Builder b = ActorDictionary.builder().addBuiltIn();
        for (Path p : actors) b.addFile(p);
        for (Path p : actorsTabari) b.addTabariActors(p);
        for (Path p : agentsTabari) b.addTabariAgents(p);
        ActorDictionary d;
        try {
            d = b.build();
        } catch (DataFileException e) {
            if (actors.stream().noneMatch(p -> p.toString().equals(e.file()))) throw e;
            throw new DataFileException(e.file(), e.line(), e.reason() + " ('dyad actors check " + e.file() + "' lists every problem)");
        }
        List<String> problems = d.importProblems();
        if (!problems.isEmpty()) {
            int shown = importProblems ? problems.size() : Math.min(10, problems.size());
            for (String p : problems.subList(0, shown)) System.err.println("dyad: import: " + p);
            System.err.println("dyad: import: " + problems.size() + " dictionary lines could not be used"
                    + (shown < problems.size() ? " (first 10 above; --import-problems or 'dyad actors stats' lists all)" : ""));
        }
        return d;
    }

    CoderConfig config() {
        ActorDictionary d = dictionary();
        Ontology ontology = Ontology.builtIn();
        PatternSet ps = PatternSet.load(patterns, code -> ontology.find(code).isPresent());
        CoderConfig config = new CoderConfig(d, ps, ontology, !noNer, keepNegated, keepModal, noGeo ? null : Gazetteer.load(places));
        for (Path p : verbsPetrarch) config = config.withPatterns(petrarchVerbs(p, ontology));
        return config;
    }

    /** Imports a PETRARCH verb dictionary; a summary (and with --import-problems every unused line) to stderr. */
    private PatternSet petrarchVerbs(Path file, Ontology ontology) {
        String text = TextFile.read(file, "verb dictionary");
        VerbDictionary.Result r = VerbDictionary.read(file.toString(), text, code -> ontology.find(code).isPresent());
        report(r, importProblems);
        return r.patternSet();
    }

    /** "FILE: N patterns from U of L lines; R lines reported", then the problems (all, or the first 10). */
    static void report(VerbDictionary.Result r, boolean all) {
        int shown = all ? r.problems().size() : Math.min(10, r.problems().size());
        for (String p : r.problems().subList(0, shown)) System.err.println("dyad: import: " + p);
        System.err.println("dyad: import: verb dictionary " + r.file() + ": " + r.patterns().size()
                + " patterns; " + r.usedLines() + " of " + r.lines() + " lines used, " + r.unusedLines() + " reported as not used"
                + (shown < r.problems().size() ? " (first 10 notes above; --import-problems lists all " + r.problems().size() + ")" : ""));
    }
}
