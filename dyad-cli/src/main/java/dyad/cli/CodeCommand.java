package dyad.cli;

import dyad.coder.Coder;
import dyad.coder.DocumentResult;
import dyad.ingest.InputItem;
import dyad.ingest.InputReader;
import dyad.model.Document;
import dyad.model.Event;
import dyad.output.AtomicFile;
import dyad.output.EventWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** {@code dyad code}: documents in, events out, in input order, with a summary on stderr. */
@Command(name = "code", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Code news documents into CAMEO + PLOVER events.",
                "INPUT is a file or directory (recursed); '-' or none reads stdin. A .jsonl file holds one document per line "
                        + "(id, text, optional date YYYY-MM-DD, title, url); any other file is one plain-text document named by its file name.",
                "Events are written as JSON lines (schema/event.schema.json) or CSV, in input order, then sentence, then position. "
                        + "A summary goes to stderr; every skipped document is listed there with the reason.",
                "Exit status: 0 when the run completed (skipped documents included), 1 on failure, 2 on a usage error."})
public final class CodeCommand implements Callable<Integer> {
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
            + "no NLP models are loaded. '# newdoc id = X' separates documents, '# date = YYYY-MM-DD' dates them.")
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
        PrintStream err = System.err;
        List<String> in = existingInputs(spec, inputs);
        checkOutputs(in);
        long start = System.nanoTime();
        if (!conllu.isEmpty()) {
            if (!inputs.isEmpty()) throw new picocli.CommandLine.ParameterException(spec.commandLine(), "give either --conllu FILE or INPUT, not both");
            return codeConllU(err, start);
        }
        Coder coder = new Coder(coderOptions.config());
        dyad.store.EventStore store = db == null ? null : dyad.store.EventStore.open(db);
        Stored stored = store == null ? null : new Stored(store, new dyad.store.BatchWriter(store, 50));
        AtomicFile target = output == null ? null : AtomicFile.create(output);
        OutputStream out = target != null ? buffered(target.newOutputStream()) : db != null ? OutputStream.nullOutputStream() : buffered(System.out);
        Summary summary = new Summary(err, System.console() != null, coderOptions.keepNegated, coderOptions.keepModal);
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "dyad-coder");
            t.setDaemon(true);
            return t;
        });
        try (EventWriter writer = EventWriter.of(format, out, !noSentence)) {
            Deque<Pending> pending = new ArrayDeque<>();
            IOException[] failure = new IOException[1];
            new InputReader(maxChars).read(in, System.in, item -> {
                if (failure[0] != null) return;
                try {
                    if (stored != null && stored.already(item)) {
                        summary.alreadyStored();
                        return;
                    }
                    pending.add(submit(pool, coder, item, summary));
                    while (pending.size() > 4 * threads || (!pending.isEmpty() && pending.peek().done())) {
                        finish(pending.poll(), writer, summary, stored);
                    }
                } catch (IOException e) {
                    failure[0] = e;
                }
            });
            if (failure[0] != null) throw failure[0];
            while (!pending.isEmpty()) finish(pending.poll(), writer, summary, stored);
        } catch (Throwable e) {
            if (target != null) target.close();
            throw e;
        } finally {
            pool.shutdownNow();
            if (stored != null) stored.close();
        }
        commit(out, target);
        summary.print(System.nanoTime() - start);
        return 0;
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

    /** The events are complete: the output file takes its name (stdout is only flushed). */
    private static void commit(OutputStream out, AtomicFile target) throws IOException {
        if (target == null) {
            out.flush();
            return;
        }
        try (target) {
            out.close();
            target.commit();
        }
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

    private int codeConllU(PrintStream err, long start) throws IOException {
        dyad.coder.CoderConfig config = coderOptions.config();
        dyad.events.EventStage stage = new dyad.events.EventStage(config.actors(), config.patterns(), config.ontology(), config.keepNegated(), config.keepModal());
        Summary summary = new Summary(err, false, coderOptions.keepNegated, coderOptions.keepModal);
        AtomicFile target = output == null ? null : AtomicFile.create(output);
        OutputStream out = buffered(target != null ? target.newOutputStream() : System.out);
        try (EventWriter writer = EventWriter.of(format, out, !noSentence)) {
            for (Path file : conllu) {
                if (!Files.isRegularFile(file)) throw new picocli.CommandLine.ParameterException(spec.commandLine(), "no such file: " + file);
                List<dyad.ingest.ConllUReader.ParsedDocument> docs;
                try {
                    docs = new dyad.ingest.ConllUReader().read(file.toString(), file.getFileName().toString(),
                            dyad.ingest.TextFile.read(file, "CoNLL-U file"));
                } catch (dyad.model.DataFileException | java.io.UncheckedIOException e) {
                    summary.skipped(file.toString(), file.getFileName().toString(), e.getMessage());
                    continue;
                }
                for (var d : docs) {
                    LocalDate day = d.date() != null ? d.date() : date;
                    if (day == null) {
                        summary.undated(LocalDate.now());
                        day = LocalDate.now();
                    }
                    var coded = stage.code(d.id(), d.sentences(), day);
                    for (Event e : coded.events()) writer.write(e);
                    writer.flush();
                    summary.coded(d.sentences().size(), coded.parsed(), coded.events().size(), coded.negated(), coded.modal());
                }
            }
        } catch (Throwable e) {
            if (target != null) target.close();
            throw e;
        }
        commit(out, target);
        summary.print(System.nanoTime() - start);
        return 0;
    }

    private static OutputStream buffered(OutputStream out) {
        return new BufferedOutputStream(out, 1 << 16);
    }

    /** An input item in output order; skipped items have no future. */
    private record Pending(InputItem item, Future<DocumentResult> future) {
        boolean done() {
            return future == null || future.isDone();
        }
    }

    private Pending submit(ExecutorService pool, Coder coder, InputItem item, Summary summary) {
        if (item instanceof InputItem.Read read) {
            Document d = read.document();
            if (d.date() == null) {
                if (date == null) summary.undated(LocalDate.now());
                d = d.withDate(date != null ? date : LocalDate.now());
            }
            Document doc = d;
            return new Pending(item, pool.submit(() -> coder.code(doc)));
        }
        return new Pending(item, null);
    }

    private void finish(Pending p, EventWriter writer, Summary summary, Stored stored) throws IOException {
        if (p.item() instanceof InputItem.Skipped s) {
            summary.skipped(s.origin(), s.id(), s.reason());
            if (stored != null) stored.writer().add(new dyad.store.StoreEntry.Skipped(s.id(), null, s.origin(), s.reason(), null));
            return;
        }
        Document d = ((InputItem.Read) p.item()).document();
        DocumentResult r;
        try {
            r = p.future().get(timeLimit, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            p.future().cancel(true);
            summary.skipped(d.origin(), d.id(), "timed out after " + timeLimit + " s (see --time-limit)");
            return;
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            summary.skipped(d.origin(), d.id(), "coding failed: " + c.getClass().getSimpleName() + (c.getMessage() == null ? "" : ": " + c.getMessage()));
            return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
        if (!r.coded()) {
            summary.skipped(d.origin(), d.id(), r.skipped());
            if (stored != null) stored.writer().add(new dyad.store.StoreEntry.Skipped(d.id(), d.url(), d.origin(), r.skipped(),
                    dyad.store.EventStore.sha256(d.text())));
            return;
        }
        for (Event e : r.events()) writer.write(e);
        writer.flush();
        if (stored != null) {
            stored.writer().add(new dyad.store.StoreEntry.Coded(r.document(), dyad.store.EventStore.sha256(d.text()),
                    r.sentenceTexts(), r.events()));
        }
        summary.coded(r);
    }

    /** The database a run writes to, in batches of 50 documents (a crash loses at most the open batch). */
    private record Stored(dyad.store.EventStore store, dyad.store.BatchWriter writer) implements AutoCloseable {
        /** A document stored before with the same text: nothing to do. */
        boolean already(InputItem item) {
            return item instanceof InputItem.Read r
                    && store.isStored(r.document().id(), dyad.store.EventStore.sha256(r.document().text()));
        }

        @Override
        public void close() {
            writer.close();
            store.close();
        }
    }
}
