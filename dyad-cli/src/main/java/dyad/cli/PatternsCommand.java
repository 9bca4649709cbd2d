package dyad.cli;

import dyad.events.PatternLint;
import dyad.events.PatternSet;
import dyad.ingest.TextFile;
import dyad.ontology.Ontology;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code dyad patterns check}: lints pattern files with file:line findings. */
@Command(name = "patterns", mixinStandardHelpOptions = true, description = "Work with event pattern files.",
        subcommands = {PatternsCommand.Check.class})
public final class PatternsCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.err);
    }

    @Command(name = "check", mixinStandardHelpOptions = true,
            description = {"Check pattern files: malformed lines, duplicate ids, conflicts (same trigger and conditions, "
                    + "different codes), unreachable patterns, unknown PLOVER modes and contexts.",
                    "Checks FILEs after the built-in patterns, as `dyad code --patterns FILE` loads them, and reports the "
                    + "FILEs' findings only (their conflicts with built-in patterns included); without FILEs, the built-in "
                    + "patterns. Exit status 1 when there is an error."})
    static final class Check implements Callable<Integer> {
        @Parameters(paramLabel = "FILE", description = "pattern files (docs/patterns.md)")
        List<Path> files = new ArrayList<>();

        @Option(names = "--no-built-in", description = "check only the FILEs, without the built-in patterns")
        boolean noBuiltIn;

        @Option(names = "--quiet", description = "print only errors and the summary")
        boolean quiet;

        @Override
        public Integer call() throws IOException {
            List<PatternSet.Text> mine = new ArrayList<>();
            for (Path f : files) mine.add(new PatternSet.Text(f.toString(), TextFile.read(f, "pattern file")));
            List<PatternSet.Text> texts = new ArrayList<>();
            if (!noBuiltIn) texts.addAll(PatternSet.builtInTexts());
            texts.addAll(mine);
            PatternLint lint = new PatternLint(Ontology.builtIn());
            PatternLint.Report all = lint.check(texts, files.isEmpty());
            PatternLint.Report r = mine.isEmpty() || noBuiltIn ? all : onlyIn(mine, all, lint.check(mine, false).patterns());
            for (PatternLint.Finding f : r.findings()) {
                if (!quiet || f.severity() == PatternLint.Severity.ERROR) System.out.println(f);
            }
            System.out.printf("%,d patterns in %d files: %d errors, %d warnings%s%n", r.patterns(), r.files(), r.errors(), r.warnings(),
                    r == all ? "" : " (checked with the built-in patterns; their own findings are not shown)");
            return r.errors() > 0 ? 1 : 0;
        }

        /** The findings in the users' files, with their pattern count. */
        private static PatternLint.Report onlyIn(List<PatternSet.Text> mine, PatternLint.Report all, int patterns) {
            java.util.Set<String> names = new java.util.HashSet<>();
            for (PatternSet.Text t : mine) names.add(t.name());
            return new PatternLint.Report(patterns, mine.size(), all.findings().stream().filter(f -> names.contains(f.file())).toList());
        }
    }
}
