package dyad.petrarch;

import dyad.actors.ActorDictionary;
import dyad.events.CodingRules;
import dyad.events.EventStage;
import dyad.events.Pattern;
import dyad.ingest.ConllUReader;
import dyad.ingest.TextFile;
import dyad.model.AnnotatedSentence;
import dyad.model.DataFileException;
import dyad.model.Event;
import dyad.ontology.Ontology;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Runs a PETRARCH validation file with that file's own dictionaries only: its verbs through {@link VerbDictionary},
 * its actors and agents through the TABARI importer, its discard list and its PICO file (the codes of negated
 * events), coded by Dyad's event stage under {@link CodingRules#petrarch PETRARCH's conventions}.
 *
 * <p>A record is scored when it is to be evaluated ({@code evaluate} is not "false"), its category is in the file's
 * {@code <Include>} list (all when there is none) and not in {@code <Exclude>}, and it expects events or none (not an
 * error coding). It passes when the set of (code, source, target) coded equals the set expected: every expected event
 * coded and none besides, duplicates counted once ({@code noevents}: nothing coded). UD-PETRARCH's validation counts
 * correct, uncoded and extra events per record the same way, and leaves out events with a null code.
 */
public final class Validation {
    private Validation() {
    }

    public enum Status { PASS, FAIL, SKIPPED }

    /**
     * One record's outcome.
     *
     * @param expected "CODE SOURCE TARGET" expected, sorted
     * @param produced the same, coded
     * @param note     why a record was skipped, or what went wrong
     * @param events   the events coded, with their evidence
     */
    public record Outcome(ValidationFile.Record record, Status status, Set<String> expected, Set<String> produced, String note,
                          List<Event> events) {
        public Outcome {
            expected = Set.copyOf(expected);
            produced = Set.copyOf(produced);
            events = List.copyOf(events);
        }
    }

    /**
     * What a run gave.
     *
     * @param verbs         the verb dictionary's import
     * @param actorProblems actor and agent lines that could not be used
     */
    public record Report(List<Outcome> outcomes, VerbDictionary.Result verbs, List<String> actorProblems) {
        public Report {
            outcomes = List.copyOf(outcomes);
            actorProblems = List.copyOf(actorProblems);
        }

        public long count(Status s) {
            return outcomes.stream().filter(o -> o.status() == s).count();
        }
    }

    public static Report run(Path file) {
        ValidationFile vf = ValidationFile.read(file.toString(), read(file));
        ValidationFile.Environment env = vf.environment();
        Path dir = file.toAbsolutePath().getParent();
        if (env.verbs() == null) throw new DataFileException(file.toString(), 1, "the <Environment> names no <Verbfile>");
        Path verbsFile = dir.resolve(env.verbs());
        VerbDictionary.Result verbs = VerbDictionary.read(verbsFile.toString(), read(verbsFile), c -> c.matches("[0-9]{2,4}[A-Za-z]?"));
        ActorDictionary.Builder b = ActorDictionary.builder();
        for (String a : env.actors()) b.addTabariActors(dir.resolve(a));
        for (String a : env.agents()) b.addTabariAgents(dir.resolve(a));
        ActorDictionary actors = b.build();
        Discards discards = env.discards() == null ? Discards.none() : Discards.read(read(dir.resolve(env.discards())));
        CodeNegation negation = env.pico() == null ? null : CodeNegation.read(env.pico(), read(dir.resolve(env.pico())));
        Set<String> codes = new TreeSet<>();
        for (Pattern p : verbs.patterns()) {
            if (!p.codesNothing()) codes.add(p.code());
            if (p.pairedCode() != null) codes.add(p.pairedCode());
        }
        Ontology ontology = Ontology.builtIn().withUnlisted(codes, verbsFile.getFileName().toString());
        EventStage stage = new EventStage(actors, verbs.patternSet(), ontology, false, CodingRules.petrarch(negation));
        List<Outcome> outcomes = new ArrayList<>();
        for (ValidationFile.Record r : vf.records()) outcomes.add(code(file.toString(), r, env, stage, discards));
        return new Report(outcomes, verbs, actors.importProblems());
    }

    private static Outcome code(String file, ValidationFile.Record r, ValidationFile.Environment env, EventStage stage, Discards discards) {
        Set<String> expected = new TreeSet<>();
        for (ValidationFile.Expected e : r.expected()) expected.add(e.toString());
        String skip = null;
        if (!r.evaluate()) skip = "evaluate=\"false\"";
        else if (!env.include().isEmpty() && !env.include().contains(r.category())) skip = "category " + r.category() + " is not in <Include>";
        else if (env.exclude().contains(r.category())) skip = "category " + r.category() + " is in <Exclude>";
        else if (r.expected().isEmpty() && !r.noEvents()) skip = r.errors().isEmpty() ? "no expected events" : "expects the error " + String.join(", ", r.errors());
        if (skip != null) return new Outcome(r, Status.SKIPPED, expected, Set.of(), skip, List.of());
        String discard = discards.find(r.text());
        if (discard != null) {
            return new Outcome(r, expected.isEmpty() ? Status.PASS : Status.FAIL, expected, Set.of(), "discarded: '" + discard + "'", List.of());
        }
        List<AnnotatedSentence> sentences = new ArrayList<>();
        try {
            for (ConllUReader.ParsedDocument d : new ConllUReader().read(file + " record " + r.id(), r.id(), r.parse())) {
                sentences.addAll(d.sentences());
            }
        } catch (DataFileException e) {
            return new Outcome(r, Status.FAIL, expected, Set.of(), "bad parse: " + e.getMessage(), List.of());
        }
        Set<String> produced = new TreeSet<>();
        List<Event> events = stage.code(r.id(), sentences, r.date()).events();
        for (Event e : events) {
            produced.add(e.cameo().code() + " " + e.source().code().code() + " " + (e.target() == null ? "---" : e.target().code().code()));
        }
        return new Outcome(r, produced.equals(expected) ? Status.PASS : Status.FAIL, expected, produced, null, events);
    }

    private static String read(Path p) {
        return TextFile.read(p, "validation file");
    }
}
