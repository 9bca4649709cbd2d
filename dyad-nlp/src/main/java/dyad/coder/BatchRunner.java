package dyad.coder;

import dyad.ingest.InputItem;
import dyad.model.Document;
import dyad.output.EventSink;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/**
 * Runs a batch of input items through a {@link Coder}, the same way for every front end (the CLI, and the HTTP server
 * and Spark job to come): N worker threads, results written in input order, a time limit per document, every
 * skipped item with its reason, documents the sink already holds not coded again, and the counts of the summary.
 * One run at a time per runner; the coder is shared by the workers.
 */
public final class BatchRunner {
    /** Where the items come from: hands each to the consumer, in input order ({@code InputReader}, {@code ConllUReader}). */
    @FunctionalInterface
    public interface Source {
        void read(Consumer<InputItem> items);
    }

    /** What a front end hears while a batch runs (on the batch's thread, in input order). */
    public interface Listener {
        /** An item that was not coded, and why. */
        default void skipped(String origin, String id, String reason) {
        }

        /**
         * A document that was not coded and is counted under a heading rather than listed: "language de",
         * "duplicate URL", "duplicate text" ({@code InputItem.Skipped.tally()}).
         */
        default void tallied(String tally) {
        }

        /** Something in the input that is not a document (a WARC request record, a redirect, a PDF), by kind. */
        default void counted(String kind) {
        }

        /** The first document without a date, which is coded with {@code today}. */
        default void undated(LocalDate today) {
        }

        /** The counts so far, after each item. */
        default void progress(BatchCounts counts) {
        }
    }

    private final Coder coder;
    private final int threads;
    private final int timeLimitSeconds;
    private final LocalDate defaultDate;

    /**
     * @param threads          worker threads, at least 1
     * @param timeLimitSeconds how long a document may take before it is skipped, at least 1
     * @param defaultDate      the date of documents that carry none, or null for today's (with a warning)
     */
    public BatchRunner(Coder coder, int threads, int timeLimitSeconds, LocalDate defaultDate) {
        if (threads < 1) throw new IllegalArgumentException("threads must be at least 1, not " + threads);
        if (timeLimitSeconds < 1) throw new IllegalArgumentException("the time limit must be at least 1 s, not " + timeLimitSeconds);
        this.coder = coder;
        this.threads = threads;
        this.timeLimitSeconds = timeLimitSeconds;
        this.defaultDate = defaultDate;
    }

    /** An item in output order; skipped items and items already in the sink have no future. */
    private record Pending(InputItem item, Document document, Future<DocumentResult> future) {
        boolean done() {
            return future == null || future.isDone();
        }
    }

    /** The state of one run. */
    private final class Run {
        private final EventSink sink;
        private final Listener listener;
        private final ExecutorService pool;
        private final Deque<Pending> pending = new ArrayDeque<>();
        private BatchCounts counts = BatchCounts.NONE;
        private IOException failure;

        Run(EventSink sink, Listener listener, ExecutorService pool) {
            this.sink = sink;
            this.listener = listener;
            this.pool = pool;
        }

        void accept(InputItem item) {
            if (failure != null) return;
            if (item instanceof InputItem.Counted c) {
                listener.counted(c.kind());
                return;
            }
            try {
                pending.add(submit(item));
                while (pending.size() > 4 * threads || (!pending.isEmpty() && pending.peek().done())) finish(pending.poll());
            } catch (IOException e) {
                failure = e;
            }
        }

        private Pending submit(InputItem item) {
            Document d;
            if (item instanceof InputItem.Read r) {
                d = r.document();
            } else if (item instanceof InputItem.Parsed p) {
                d = new Document(p.document().id(), p.document().text(), p.document().date(), null, null, p.origin());
            } else {
                return new Pending(item, null, null);
            }
            if (sink.has(d)) return new Pending(item, d, null);
            Document dated = d.date() != null ? d : d.withDate(dateForUndated());
            Future<DocumentResult> f = item instanceof InputItem.Parsed p
                    ? pool.submit(() -> coder.code(p.document(), dated.date()))
                    : pool.submit(() -> coder.code(dated));
            return new Pending(item, dated, f);
        }

        private LocalDate dateForUndated() {
            if (defaultDate != null) return defaultDate;
            LocalDate today = LocalDate.now();
            counts = counts.plusUndated();
            if (counts.undated() == 1) listener.undated(today);
            return today;
        }

        private void finish(Pending p) throws IOException {
            if (p.item() instanceof InputItem.Skipped s) {
                skip(new EventSink.Skip(s.origin(), s.id(), s.reason(), s.document(), false), s.tally());
            } else if (p.future() == null) {
                counts = counts.plusAlreadyStored();
            } else {
                result(p);
            }
            listener.progress(counts);
        }

        private void result(Pending p) throws IOException {
            Document d = p.document();
            DocumentResult r;
            try {
                r = p.future().get(timeLimitSeconds, TimeUnit.SECONDS);
            } catch (TimeoutException e) {
                p.future().cancel(true);
                skip(new EventSink.Skip(d.origin(), d.id(), "timed out after " + timeLimitSeconds + " s (see --time-limit)", d, true));
                return;
            } catch (ExecutionException e) {
                Throwable c = e.getCause();
                skip(new EventSink.Skip(d.origin(), d.id(), "coding failed: " + c.getClass().getSimpleName()
                        + (c.getMessage() == null ? "" : ": " + c.getMessage()), d, true));
                return;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted", e);
            }
            if (!r.coded()) {
                skip(new EventSink.Skip(d.origin(), d.id(), r.skipped(), d, false));
                return;
            }
            sink.coded(r.document(), r.clean() == null ? null : r.clean().text(), r.sentenceTexts(), r.events());
            counts = counts.plusCoded(r);
        }

        private void skip(EventSink.Skip s) throws IOException {
            skip(s, null);
        }

        private void skip(EventSink.Skip s, String tally) throws IOException {
            counts = counts.plusSkipped();
            if (tally == null) {
                listener.skipped(s.origin(), s.id(), s.reason());
            } else {
                listener.tallied(tally);
            }
            sink.skipped(s);
        }

        BatchCounts finishAll() throws IOException {
            if (failure != null) throw failure;
            while (!pending.isEmpty()) finish(pending.poll());
            return counts;
        }
    }

    /** Codes every item of {@code source} into {@code sink}; returns the counts. The sink is neither finished nor closed. */
    public BatchCounts run(Source source, EventSink sink, Listener listener) throws IOException {
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "dyad-coder");
            t.setDaemon(true);
            return t;
        });
        try {
            Run run = new Run(sink, listener, pool);
            source.read(run::accept);
            return run.finishAll();
        } finally {
            pool.shutdownNow();
        }
    }
}
