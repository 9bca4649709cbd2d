package dyad.cli;

import dyad.coder.BatchCounts;
import dyad.coder.BatchRunner;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A batch on stderr: a line per skipped document, a progress line on terminals, and the end-of-run summary. */
final class Summary implements BatchRunner.Listener {
    private final PrintStream err;
    private final boolean terminal;
    private final long started = System.nanoTime();
    private long lastProgress = System.nanoTime();
    private boolean progressShown;
    private final boolean negatedKept;
    private final boolean modalKept;
    private final Map<String, Long> tallies = new TreeMap<>();
    private final Map<String, Long> records = new TreeMap<>();

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
    public void tallied(String tally) {
        tallies.merge(tally, 1L, Long::sum);
    }

    @Override
    public void counted(String kind) {
        records.merge(kind, 1L, Long::sum);
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

    /**
     * The skips counted rather than listed ("pages skipped by language: de 3, fr 2 (Dyad codes English)", "duplicate
     * pages coded once: 2 same URL, 1 same text") and the WARC records that are not pages, by kind.
     */
    static void printTallies(PrintStream err, Map<String, Long> tallies, Map<String, Long> records) {
        List<String> languages = new ArrayList<>();
        List<String> duplicates = new ArrayList<>();
        long byLanguage = 0;
        long duplicated = 0;
        for (Map.Entry<String, Long> t : tallies.entrySet()) {
            if (t.getKey().startsWith("language ")) {
                languages.add(t.getKey().substring(9) + " " + t.getValue());
                byLanguage += t.getValue();
            } else {
                duplicates.add(t.getValue() + " " + t.getKey().replace("duplicate ", "same "));
                duplicated += t.getValue();
            }
        }
        if (byLanguage > 0) {
            err.printf("dyad: %,d web pages skipped for their language (Dyad codes English): %s%n", byLanguage, String.join(", ", languages));
        }
        if (duplicated > 0) {
            err.printf("dyad: %,d duplicate web pages not coded again: %s%n", duplicated, String.join(", ", duplicates));
        }
        if (!records.isEmpty()) {
            List<String> kinds = new ArrayList<>();
            records.forEach((k, n) -> kinds.add(String.format("%,d %s", n, k)));
            err.printf("dyad: %,d WARC records that are not pages, by kind: %s%n",
                    records.values().stream().mapToLong(Long::longValue).sum(), String.join(", ", kinds));
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
        long tallied = tallies.values().stream().mapToLong(Long::longValue).sum();
        String where = c.skipped() == 0 ? "" : tallied == 0 ? " (listed above)"
                : tallied == c.skipped() ? " (counted below)" : " (" + (c.skipped() - tallied) + " listed above, " + tallied + " counted below)";
        err.printf("dyad: %,d documents read, %,d coded, %s%,d skipped%s; %,d sentences (%,d parsed), %,d events%s%n",
                c.read(), c.coded(), c.alreadyStored() > 0 ? String.format("%,d already in the database, ", c.alreadyStored()) : "",
                c.skipped(), where, c.sentences(), c.parsed(), c.events(), notAsserted(c));
        printTallies(err, tallies, records);
        err.printf("dyad: wall time %.1f s (models included): %.2f documents/s, %.1f sentences/s%n", s, c.read() / s, c.sentences() / s);
        if (c.undated() > 0) err.printf("dyad: %,d documents had no date and were coded with today's date%n", c.undated());
        if (c.alreadyStored() > 0) {
            err.printf("dyad: the database held %,d of the documents with the same text: they were not coded again%n", c.alreadyStored());
        }
    }
}
