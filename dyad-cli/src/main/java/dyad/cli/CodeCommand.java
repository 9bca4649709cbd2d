package dyad.cli;

import dyad.coder.BatchCounts;
import dyad.coder.BatchRunner;
import dyad.coder.Coder;
import dyad.coder.CoderConfig;
import dyad.ingest.ConllUReader;
import dyad.ingest.InputReader;
import dyad.output.EventFileSink;
import dyad.output.EventSink;
import dyad.store.EventStore;
import dyad.store.StoreSink;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code dyad code}: documents in, events out, in input order, with a summary on stderr. */
@Command(name = "code", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Code news documents into CAMEO + PLOVER events.",
                "INPUT is a file or directory (recursed, links followed); '-' or none reads stdin. A .jsonl file holds one document per line "
                        + "(id, text, optional date YYYY-MM-DD, title, url); a web page (.html, .htm, gzipped too) is read for its article; "
                        + "a WARC file (.warc, .warc.gz) for the HTML pages it archives (docs/input.md); any other file is one "
                        + "plain-text document named by its file name. Web pages not in English are skipped.",
                "Events are written as JSON lines (schema/event.schema.json) or CSV, in input order, then sentence, then position. "
                        + "A summary goes to stderr; every skipped document is listed there with the reason.",
                "Exit status: 0 when the run completed (skipped documents included), 1 on failure, 2 on a usage error."})
public final class CodeCommand implements Callable<Integer> {
    /** The languages Dyad codes: web pages in others are skipped with "language xx" (counted in the summary). */

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write events here instead of stdout.")
    Path output;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Date for documents that carry none (default: today, with a warning).")
    LocalDate date;

    @Option(names = "--format", paramLabel = "jsonl|csv", defaultValue = "jsonl", description = "Output format (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: the number of cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--no-sentence", description = "Leave the sentence text out of each event.")
    boolean noSentence;

    @Option(names = "--max-chars", paramLabel = "N", defaultValue = "" + InputReader.DEFAULT_MAX_CHARS,
            description = "Skip documents longer than this many characters (default: ${DEFAULT-VALUE}).")
    int maxChars;

    @Option(names = "--time-limit", paramLabel = "SECONDS", defaultValue = "120",
            description = "Give up on a document after this long (default: ${DEFAULT-VALUE}).")
    int timeLimit;

    @Option(names = "--db", paramLabel = "FILE", description = "Store documents, sentences and events in this DuckDB file "
            + "(created if missing; docs/database.md). Documents already stored with the same text are skipped, so an "
            + "interrupted run can simply be run again. Events go to stdout only when -o is also given.")
    Path db;

    @Option(names = "--conllu", paramLabel = "FILE", description = "Code your own CoNLL-U parses (UD v1 or v2) instead of text; "
            + "no NLP models are loaded (the gazetteer is, for geolocation). '# newdoc id = X' separates documents, "
            + "'# date = YYYY-MM-DD' dates them.")
    List<Path> conllu = new ArrayList<>();

    @Mixin
    CoderOptions coderOptions;

    @Parameters(paramLabel = "INPUT", description = "Files or directories; '-' for stdin.")
    List<String> inputs = new ArrayList<>();

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (!format.equals("jsonl") && !format.equals("csv")) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--format must be jsonl or csv, not '" + format + "'");
        }
        Ranges.atLeast(spec, "--threads", threads, 1);
        Ranges.atLeast(spec, "--time-limit", timeLimit, 1);
        Ranges.atLeast(spec, "--max-chars", maxChars, 1);
        if (!conllu.isEmpty() && !inputs.isEmpty()) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "give either --conllu FILE or INPUT, not both");
        }
        for (Path f : conllu) {
            if (!Files.exists(f)) throw new picocli.CommandLine.ParameterException(spec.commandLine(), "no such file: " + f);
        }
        List<String> in = conllu.isEmpty() ? existingInputs(spec, inputs) : List.of();
        checkOutputs(in);
        long start = System.nanoTime();
        CoderConfig config = coderOptions.config();
        Coder coder = conllu.isEmpty() ? new Coder(config) : Coder.forParsedInput(config);
        BatchRunner.Source source = conllu.isEmpty()
                ? items -> new InputReader(maxChars, InputReader.CODED_LANGUAGES).read(in, System.in, items)
                : items -> new ConllUReader().read(conllu, items);
        Summary summary = new Summary(System.err, System.console() != null, coderOptions.keepNegated, coderOptions.keepModal);
        BatchCounts counts;
        try (EventSink sink = sink()) {
            counts = new BatchRunner(coder, threads, timeLimit, date).run(source, sink, summary);
            sink.finish();
        }
        summary.print(counts, System.nanoTime() - start);
        return 0;
    }

    /** The database (--db) and the events file (-o), or stdout when neither is given. */
    private EventSink sink() throws IOException {
        List<EventSink> sinks = new ArrayList<>();
        try {
            if (db != null) sinks.add(new StoreSink(EventStore.open(db), 50));
            if (output != null) sinks.add(EventFileSink.file(output, format, !noSentence));
            else if (db == null) sinks.add(EventFileSink.stream(System.out, format, !noSentence));
        } catch (IOException | RuntimeException e) {
            EventSink.all(sinks).close();
            throw e;
        }
        return EventSink.all(sinks);
    }

    /**
     * The output file and the database are checked before any model loads: their directories exist, and neither
     * is an input (an INPUT, a --conllu file, a dictionary) nor the other.
     */
    private void checkOutputs(List<String> in) {
        List<Path> read = new ArrayList<>(conllu);
        for (String i : in) if (!i.equals("-")) read.add(Path.of(i));
        read.addAll(coderOptions.files());
        if (output != null && db != null && Outputs.sameFile(output, db)) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "-o and --db name the same file, " + output
                    + ": the events would overwrite the database; give -o another file");
        }
        if (output != null) Outputs.check(spec, "-o", output, read);
        if (db != null) Outputs.check(spec, "--db", db, read);
    }

    /** The INPUT arguments ('-' when none), each an existing file or directory, else a usage error. */
    static List<String> existingInputs(picocli.CommandLine.Model.CommandSpec spec, List<String> inputs) {
        List<String> in = inputs.isEmpty() ? List.of("-") : inputs;
        for (String i : in) {
            if (!i.equals("-") && !Files.exists(Path.of(i))) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(), "no such file or directory: " + i);
            }
        }
        return in;
    }
}
