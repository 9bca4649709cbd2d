package dyad.cli;

import dyad.coder.DocumentResult;

import java.io.PrintStream;
import java.time.LocalDate;

/** Counts for the end-of-run summary, a line per skipped document, and a progress line on terminals. */
final class Summary {
    private final PrintStream err;
    private final boolean terminal;
    private final long started = System.nanoTime();
    private long lastProgress = System.nanoTime();
    private boolean progressShown;
    int read;
    int coded;
    int skipped;
    int undated;
    long sentences;
    long parsed;
    long events;
    long negated;
    int alreadyStored;

    long modal;
    private final boolean negatedKept;
    private final boolean modalKept;

    Summary(PrintStream err, boolean terminal, boolean negatedKept, boolean modalKept) {
        this.err = err;
        this.terminal = terminal;
        this.negatedKept = negatedKept;
        this.modalKept = modalKept;
    }

    void coded(DocumentResult r) {
        coded(r.sentences(), r.parsed(), r.events().size(), r.negated(), r.modal());
    }

    void coded(int sentenceCount, int parsedCount, int eventCount, int negatedCount, int modalCount) {
        modal += modalCount;
        read++;
        coded++;
        sentences += sentenceCount;
        parsed += parsedCount;
        events += eventCount;
        negated += negatedCount;
        progress();
    }

    void skipped(String origin, String id, String reason) {
        read++;
        skipped++;
        clearProgress();
        err.println("dyad: skipped " + origin + (id.equals(origin) ? "" : " (id " + id + ")") + ": " + reason);
        progress();
    }

    void alreadyStored() {
        alreadyStored++;
    }

    void undated(LocalDate today) {
        if (undated++ == 0) {
            clearProgress();
            err.println("dyad: warning: documents without a date are coded with today's date, " + today + " (give --date YYYY-MM-DD)");
        }
    }

    private void progress() {
        long now = System.nanoTime();
        if (!terminal || now - started < 2_000_000_000L || now - lastProgress < 250_000_000L) return;
        lastProgress = now;
        double s = (now - started) / 1e9;
        err.printf("\rdyad: %,d documents, %,d sentences, %,d events, %.1f documents/s ", read, sentences, events, read / s);
        progressShown = true;
    }

    private void clearProgress() {
        if (progressShown) {
            err.print("\r\033[K");
            progressShown = false;
        }
    }

    /** " (4 negated events dropped, 19 hypothetical, future or historical events dropped)" or "". */
    private String notAsserted() {
        java.util.List<String> parts = new java.util.ArrayList<>();
        if (negated > 0) parts.add(negatedKept ? negated + " of them negated" : negated + " negated events dropped");
        if (modal > 0) parts.add(modalKept ? modal + " of them hypothetical, future or historical"
                : modal + " hypothetical, future or historical events dropped: --keep-modal keeps them");
        return parts.isEmpty() ? "" : " (" + String.join("; ", parts) + ")";
    }

    void print(long nanos) {
        clearProgress();
        double s = nanos / 1e9;
        err.printf("dyad: %,d documents read, %,d coded, %,d skipped%s; %,d sentences (%,d parsed), %,d events%s%n",
                read, coded, skipped, skipped > 0 ? " (listed above)" : "", sentences, parsed, events,
                notAsserted());
        err.printf("dyad: wall time %.1f s (models included): %.2f documents/s, %.1f sentences/s%n",
                s, read / s, sentences / s);
        if (undated > 0) err.printf("dyad: %,d documents had no date and were coded with today's date%n", undated);
        if (alreadyStored > 0) err.printf("dyad: %,d documents were already in the database with the same text and were not coded again%n", alreadyStored);
    }
}
