package dyad.cli;

import dyad.actors.ActorDictionary;
import dyad.actors.ActorLookup;
import dyad.actors.Entry;
import dyad.model.ActorMention;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;

/** {@code dyad actors}: the dictionary editor's tools. */
@Command(name = "actors", mixinStandardHelpOptions = true, description = "Inspect the actor dictionaries.",
        subcommands = {ActorsCommand.Resolve.class, ActorsCommand.Stats.class, ActorsCommand.Check.class})
public final class ActorsCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "missing subcommand: resolve, stats or check");
    }

    /** Options for the dictionaries only (no NLP models are loaded). */
    static final class Dictionaries {
        @Mixin
        CoderOptions options;
    }

    @Command(name = "resolve", mixinStandardHelpOptions = true,
            description = {"What a name or phrase resolves to on a date, and why: the entries, files and lines, date ranges and agent composition.",
                    "Example: dyad actors resolve \"President Vladimir Putin\" --date 2010-05-01"})
    static final class Resolve implements Callable<Integer> {
        @Parameters(paramLabel = "PHRASE", arity = "1..*", description = "Names or phrases, e.g. \"Iran's armed forces\".")
        java.util.List<String> phrases;

        @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "The date (default: today).")
        LocalDate date = LocalDate.now();

        @Mixin
        CoderOptions options;

        @Override
        public Integer call() {
            ActorLookup lookup = new ActorLookup(options.dictionary());
            int unresolved = 0;
            for (String phrase : phrases) {
                ActorLookup.Lookup r = lookup.resolve(phrase, date);
                System.out.println("\"" + phrase + "\" on " + date + " -> " + (r.code() == null ? "(not coded)" : r.code().code()));
                for (String step : r.steps()) System.out.println("  " + step);
                if (r.code() == null) unresolved++;
            }
            return unresolved == 0 ? 0 : 1;
        }
    }

    @Command(name = "check", mixinStandardHelpOptions = true,
            description = {"Check dictionary files (docs/dictionaries.md) with the built-in ones, as 'dyad code --actors FILE' "
                    + "loads them, and list every problem with its file and line (loading stops at the first).",
                    "Exit status 1 when there is a problem."})
    static final class Check implements Callable<Integer> {
        @Parameters(paramLabel = "FILE", arity = "1..*", description = "Dictionary files; the kind follows the name "
                + "(countries*, agents*, sectors*, anything else: entities).")
        java.util.List<java.nio.file.Path> files;

        @Override
        public Integer call() {
            ActorDictionary.Builder b = ActorDictionary.builder().addBuiltIn();
            for (java.nio.file.Path f : files) b.addFile(f);
            java.util.List<dyad.model.DataFileException> problems = b.problems();
            for (dyad.model.DataFileException p : problems) {
                System.out.println(p.file() + ":" + p.line() + ": error: " + p.reason());
            }
            if (problems.isEmpty()) {
                java.util.Set<String> names = new java.util.HashSet<>();
                for (java.nio.file.Path f : files) names.add(f.toString());
                long entries = b.build().entries().stream()
                        .filter(e -> names.contains(e.source().substring(0, e.source().lastIndexOf(':')))).count();
                System.out.println(entries + " entries in " + files.size() + " files: no problems");
                return 0;
            }
            System.out.println(problems.size() + " problems in " + files.size() + " files");
            return 1;
        }
    }

    @Command(name = "stats", mixinStandardHelpOptions = true,
            description = "Count dictionary entries by kind and by file (region), names, dated codes; list import problems.")
    static final class Stats implements Callable<Integer> {
        @Mixin
        CoderOptions options;

        @Override
        public Integer call() {
            long t0 = System.nanoTime();
            ActorDictionary d = options.dictionary();
            double load = (System.nanoTime() - t0) / 1e9;
            Map<String, Map<String, Integer>> byFile = new TreeMap<>();
            Map<String, Integer> bySector = new TreeMap<>();
            int names = 0;
            int dated = 0;
            for (Entry e : d.entries()) {
                String file = e.source().substring(0, e.source().lastIndexOf(':'));
                String kind = kind(e);
                byFile.computeIfAbsent(file, k -> new TreeMap<>()).merge(kind, 1, Integer::sum);
                names += e.names().size();
                if (e.codes().stream().anyMatch(c -> !c.undated())) dated++;
                if (!e.codes().isEmpty()) {
                    var latest = e.codes().get(e.codes().size() - 1).code();
                    bySector.merge(latest.sectors().isEmpty() ? "(country)" : latest.sectors().get(0), 1, Integer::sum);
                }
            }
            System.out.printf("%d entries, %d names, %d with dated codes; loaded and compiled in %.2f s%n", d.entries().size(), names, dated, load);
            System.out.printf("%-44s %8s %8s %8s %8s %8s %8s%n", "file (region)", "country", "adject.", "capital", "person", "group", "agent");
            for (var f : byFile.entrySet()) {
                Map<String, Integer> k = f.getValue();
                System.out.printf("%-44s %8d %8d %8d %8d %8d %8d%n", f.getKey(), k.getOrDefault("country", 0), k.getOrDefault("adjective", 0),
                        k.getOrDefault("capital", 0), k.getOrDefault("person", 0), k.getOrDefault("group", 0), k.getOrDefault("agent", 0));
            }
            System.out.println("entries by the first sector of their latest code:");
            bySector.forEach((s, n) -> System.out.printf("  %-4s %6d%n", s, n));
            if (!d.importProblems().isEmpty()) {
                System.out.println("import problems (" + d.importProblems().size() + "):");
                d.importProblems().forEach(p -> System.out.println("  " + p));
            }
            return 0;
        }

        /** A person has several dated codes or a name of two or more capitalised words; other entities are groups. */
        private static String kind(Entry e) {
            if (e.kind() == ActorMention.Kind.COUNTRY) return "country";
            if (e.kind() == ActorMention.Kind.ADJECTIVE) return "adjective";
            if (e.kind() == ActorMention.Kind.AGENT) return "agent";
            if (e.id().endsWith("_CAPITAL")) return "capital";
            boolean dated = e.codes().stream().anyMatch(c -> !c.undated());
            return dated || e.source().contains("Countries.actors") ? "person" : "group";
        }
    }
}
