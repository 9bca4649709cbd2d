package dyad.cli;

import dyad.model.Event;
import dyad.petrarch.Validation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.Callable;

/** {@code dyad validate}: runs a PETRARCH validation file with its own dictionaries. */
@Command(name = "validate", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Run a PETRARCH validation file (UD-PETRARCH's PETR_Validate_records_2_02.xml format) through Dyad's event coder.",
                "Only the dictionaries the file's <Environment> names are used (verbs, actors, agents, discards, PICO), "
                        + "with PETRARCH's coding conventions; Dyad's own dictionaries and patterns are not.",
                "Prints one line per scored record, PASS or FAIL with the expected and produced (code source target) events, "
                        + "then 'N passed, M failed'. A record passes when exactly the expected events are coded (docs/petrarch.md).",
                "Exit status: 0 when the run completed (failed records included), 1 on an error in the file."})
public final class ValidateCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", description = "The validation file, e.g. PETR_Validate_records_2_02.xml.")
    Path file;

    @Option(names = "--failed", description = "List failed records only.")
    boolean failedOnly;

    @Option(names = "--skipped", description = "Also list the records not scored, with the reason.")
    boolean skipped;

    @Option(names = "--explain", description = "Under each failed record, the events coded with their evidence.")
    boolean explain;

    @Option(names = "--import-problems", description = "List every dictionary line that could not be used (default: counts).")
    boolean importProblems;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (!Files.isRegularFile(file)) throw new picocli.CommandLine.ParameterException(spec.commandLine(), "no such file: " + file);
        Validation.Report report = Validation.run(file);
        CoderOptions.report(report.verbs(), importProblems);
        if (!report.actorProblems().isEmpty()) {
            if (importProblems) for (String p : report.actorProblems()) System.err.println("dyad: import: " + p);
            System.err.println("dyad: import: " + report.actorProblems().size() + " actor and agent dictionary lines could not be used"
                    + (importProblems ? "" : " (--import-problems lists them)"));
        }
        for (Validation.Outcome o : report.outcomes()) {
            switch (o.status()) {
                case PASS -> {
                    if (!failedOnly) System.out.println("PASS " + o.record().id() + "  " + list(o.produced()));
                }
                case FAIL -> {
                    System.out.println("FAIL " + o.record().id() + "  expected: " + list(o.expected()) + "  produced: " + list(o.produced())
                            + (o.note() == null ? "" : "  (" + o.note() + ")"));
                    if (explain) {
                        System.out.println("     " + o.record().text());
                        for (Event e : o.events()) {
                            System.out.println("     " + e.cameo().code() + " " + e.source().code().code() + " "
                                    + (e.target() == null ? "---" : e.target().code().code()) + " at '" + e.trigger().text() + "': "
                                    + e.evidence().pattern() + "; " + String.join("; ", e.evidence().notes()));
                        }
                    }
                }
                case SKIPPED -> {
                    if (skipped) System.out.println("SKIP " + o.record().id() + "  (" + o.note() + ")");
                }
            }
        }
        long skip = report.count(Validation.Status.SKIPPED);
        System.err.println("dyad: " + report.outcomes().size() + " records, " + skip + " not scored" + (skipped ? "" : " (--skipped lists them)"));
        System.out.println(report.count(Validation.Status.PASS) + " passed, " + report.count(Validation.Status.FAIL) + " failed");
        return 0;
    }

    private static String list(Set<String> events) {
        return events.isEmpty() ? "(none)" : String.join(", ", new java.util.TreeSet<>(events));
    }
}
