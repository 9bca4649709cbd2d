package dyad.cli;

import dyad.coder.BatchCounts;
import dyad.coder.BatchRunner;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A batch on stderr: a line per skipped document, a progress line on terminals, and the end-of-run summary. */
final class Summary implements BatchRunner.Listener {
    private final PrintStream err;
    private final boolean terminal;
    private final long started = System.nanoTime();
    private long lastProgress = System.nanoTime();
    private boolean progressShown;
    private final boolean negatedKept;
    private final boolean modalKept;

    Summary(PrintStream err, boolean terminal, boolean negatedKept, boolean modalKept) {
        this.err = err;
        this.terminal = terminal;
        this.negatedKept = negatedKept;
        this.modalKept = modalKept;
    }

    @Override
    public void skipped(String origin, String id, String reason) {
        clearProgress();
        err.println("dyad: skipped " + origin + (id.equals(origin) ? "" : " (id " + id + ")") + ": " + reason);
    }

    @Override
    public void undated(LocalDate today) {
        clearProgress();
        err.println("dyad: warning: documents without a date are coded with today's date, " + today + " (give --date YYYY-MM-DD)");
    }

    @Override
    public void progress(BatchCounts c) {
        long now = System.nanoTime();
        if (!terminal || now - started < 2_000_000_000L || now - lastProgress < 250_000_000L) return;
        lastProgress = now;
        double s = (now - started) / 1e9;
        err.printf("\rdyad: %,d documents, %,d sentences, %,d events, %.1f documents/s ", c.read(), c.sentences(), c.events(), c.read() / s);
        progressShown = true;
    }

    private void clearProgress() {
        if (progressShown) {
            err.print("\r\033[K");
            progressShown = false;
        }
    }

    /** " (4 negated events dropped, 19 hypothetical, future or historical events dropped)" or "". */
    private String notAsserted(BatchCounts c) {
        List<String> parts = new ArrayList<>();
        if (c.negated() > 0) parts.add(negatedKept ? c.negated() + " of them negated" : c.negated() + " negated events dropped");
        if (c.modal() > 0) parts.add(modalKept ? c.modal() + " of them hypothetical, future or historical"
                : c.modal() + " hypothetical, future or historical events dropped: --keep-modal keeps them");
        return parts.isEmpty() ? "" : " (" + String.join("; ", parts) + ")";
    }

    /** "20 documents read, 0 coded, 20 already in the database, 0 skipped; ..." and the rates. */
    void print(BatchCounts c, long nanos) {
        clearProgress();
        double s = nanos / 1e9;
        err.printf("dyad: %,d documents read, %,d coded, %s%,d skipped%s; %,d sentences (%,d parsed), %,d events%s%n",
                c.read(), c.coded(), c.alreadyStored() > 0 ? String.format("%,d already in the database, ", c.alreadyStored()) : "",
                c.skipped(), c.skipped() > 0 ? " (listed above)" : "", c.sentences(), c.parsed(), c.events(), notAsserted(c));
        err.printf("dyad: wall time %.1f s (models included): %.2f documents/s, %.1f sentences/s%n", s, c.read() / s, c.sentences() / s);
        if (c.undated() > 0) err.printf("dyad: %,d documents had no date and were coded with today's date%n", c.undated());
        if (c.alreadyStored() > 0) {
            err.printf("dyad: the database held %,d of the documents with the same text: they were not coded again%n", c.alreadyStored());
        }
    }
}
