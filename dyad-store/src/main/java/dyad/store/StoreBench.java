package dyad.store;

import dyad.model.Actor;
import dyad.model.ActorCode;
import dyad.model.CameoCode;
import dyad.model.Document;
import dyad.model.Event;
import dyad.model.Span;
import dyad.ontology.Ontology;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;

/**
 * Store benchmark: writes synthetic events (deterministic random, 4 per document, 6 sentences per document) into a
 * new DuckDB file in batches, then times every standard report over the whole three years (after a warm-up run
 * of each over one day). {@code java dyad.store.StoreBench [events]
 * [--dedup] [--keep DIR]}; a CLI command calls {@link #run}.
 */
public final class StoreBench {
    /** Events per synthetic document. */
    public static final int EVENTS_PER_DOC = 4;
    /** Sentences per synthetic document. */
    public static final int SENTENCES_PER_DOC = 6;
    /** Documents per transaction in the benchmark (bulk loading; the coder commits more often). */
    public static final int DEFAULT_BATCH = 5000;

    /**
     * @param events        events written
     * @param writeSeconds  time spent in {@link EventStore#writeBatch} (generation excluded)
     * @param reportSeconds each standard report's time (first run), by name
     * @param dedupSeconds  time of {@link EventStore#dedup()}, or -1 when not run
     * @param parquetSeconds time of a Parquet export of the events table, or -1 when not run
     */
    public record Result(long events, long documents, double writeSeconds, Map<String, Double> reportSeconds,
                         double dedupSeconds, double parquetSeconds, long fileBytes) {
        public double eventsPerSecond() {
            return events / writeSeconds;
        }
    }

    private StoreBench() {
    }

    public static void main(String[] args) {
        int events = 1_000_000;
        boolean dedup = false;
        Path keep = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--dedup" -> dedup = true;
                case "--keep" -> keep = Path.of(args[++i]);
                default -> events = Integer.parseInt(args[i].replace("_", ""));
            }
        }
        run(events, DEFAULT_BATCH, dedup, keep, System.out);
    }

    /**
     * Runs the benchmark in a temporary directory (deleted afterwards unless {@code keepDir} is given, in which
     * case the database is written there as {@code bench.duckdb}).
     */
    public static Result run(int events, int batchDocs, boolean withDedupAndExport, Path keepDir, PrintStream out) {
        Path dir = directory(keepDir, "dyad-store-bench");
        Path db = dir.resolve("bench.duckdb");
        try {
            removeDatabase(db);
            int docs = (events + EVENTS_PER_DOC - 1) / EVENTS_PER_DOC;
            long written = events;
            Map<String, Double> reportSeconds = new LinkedHashMap<>();
            double dedupSeconds = -1;
            double parquetSeconds = -1;
            try (EventStore store = EventStore.open(db)) {
                double writeSeconds = fill(store, events, batchDocs) / 1e9;
                out.printf("insert: %,d events in %,d documents (%,d sentences) in %.2f s = %,.0f events/s%n",
                        written, docs, (long) docs * SENTENCES_PER_DOC, writeSeconds, written / writeSeconds);
                Reports reports = new Reports(store);
                LocalDate from = LocalDate.of(2015, 1, 1);
                LocalDate to = LocalDate.of(2017, 12, 31);
                // warm up (class loading, JIT) on a one-day window, then time each report over all three years
                for (String name : Reports.standardNames()) {
                    reports.named(name.equals("country:ISO3") ? "country:USA" : name, from, from);
                }
                for (String name : Reports.standardNames()) {
                    String n = name.equals("country:ISO3") ? "country:USA" : name;
                    long t0 = System.nanoTime();
                    ResultTable t = reports.named(n, from, to);
                    double s = (System.nanoTime() - t0) / 1e9;
                    reportSeconds.put(n, s);
                    out.printf("report %-14s %8.3f s  %,9d rows%n", n, s, t.size());
                }
                if (withDedupAndExport) {
                    long t0 = System.nanoTime();
                    Dedup.Result r = store.dedup();
                    dedupSeconds = (System.nanoTime() - t0) / 1e9;
                    out.printf("dedup: %.2f s (%,d documents, %,d clusters, %,d events -> %,d deduplicated)%n",
                            dedupSeconds, r.documents(), r.clusters(), r.events(), r.dedupEvents());
                    t0 = System.nanoTime();
                    new Exports(store).export(Exports.Layout.EVENTS, Exports.Format.PARQUET, dir.resolve("events.parquet"));
                    parquetSeconds = (System.nanoTime() - t0) / 1e9;
                    out.printf("parquet export: %.2f s%n", parquetSeconds);
                }
                double max = reportSeconds.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
                out.printf("slowest report: %.3f s%n", max);
                long bytes = Files.size(db);
                out.printf("database file: %,d bytes%n", bytes);
                return new Result(written, docs, writeSeconds, reportSeconds, dedupSeconds, parquetSeconds, bytes);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (keepDir == null) deleteTree(dir);
        }
    }

    /**
     * Writes {@code events} synthetic events ({@link Synthetic}, seed 42: the same events every time) into a store,
     * {@code batchDocs} documents per transaction; returns the nanoseconds spent writing (generation excluded).
     */
    public static long fill(EventStore store, int events, int batchDocs) {
        Synthetic gen = new Synthetic(42);
        int docs = (events + EVENTS_PER_DOC - 1) / EVENTS_PER_DOC;
        long writeNanos = 0;
        long written = 0;
        for (int d = 0; d < docs; d += batchDocs) {
            List<StoreEntry> batch = new ArrayList<>(batchDocs);
            for (int k = d; k < Math.min(docs, d + batchDocs); k++) {
                int n = (int) Math.min(EVENTS_PER_DOC, events - written);
                batch.add(gen.document(k, n));
                written += n;
            }
            long t0 = System.nanoTime();
            store.writeBatch(batch, batchDocs);
            writeNanos += System.nanoTime() - t0;
        }
        return writeNanos;
    }

    /** Where a benchmark writes: {@code keepDir} (created if needed), or a new temporary directory when it is null. */
    public static Path directory(Path keepDir, String prefix) {
        try {
            return keepDir != null ? Files.createDirectories(keepDir) : Files.createTempDirectory(prefix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Removes a database file and its write-ahead log, so that a benchmark starts from nothing. */
    public static void removeDatabase(Path db) throws IOException {
        Files.deleteIfExists(db);
        Files.deleteIfExists(db.resolveSibling(db.getFileName() + ".wal"));
    }

    /** Deletes a benchmark's temporary directory and everything in it (best effort). */
    public static void deleteTree(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // temp files
        }
    }

    /**
     * Deterministic synthetic documents and events. Countries, sectors and CAMEO codes are drawn from Zipf
     * distributions (exponent 1), as in real event data, where a few countries and event types dominate.
     */
    public static final class Synthetic {
        private static final String[] COUNTRIES = {"USA", "RUS", "CHN", "IRN", "ISR", "PSE", "SYR", "IRQ", "AFG", "PAK",
            "IND", "GBR", "FRA", "DEU", "UKR", "TUR", "EGY", "SAU", "YEM", "LBY", "SDN", "SSD", "ETH", "SOM", "KEN",
            "NGA", "MLI", "COD", "VEN", "COL", "MEX", "BRA", "JPN", "PRK", "KOR", "TWN", "PHL", "MMR", "THA", "IDN"};
        private static final String[] SECTORS = {"GOV", "MIL", "REB", "OPP", "BUS", "MED", "CVL", "JUD", "LEG", "COP"};
        private static final String[] WORDS = ("the minister said talks with officials on security border trade "
                + "police forces attacked rebels in city capital president agreed to meet leaders army protest "
                + "sanctions aid government opposition parliament court ceasefire troops killed wounded accused "
                + "demanded rejected signed deal visit foreign prime election vote").split(" ");

        private final long seed;
        private final List<CameoCode> codes;
        private final double[] countryCdf = zipf(COUNTRIES.length);
        private final double[] sectorCdf = zipf(SECTORS.length);
        private final double[] codeCdf;

        public Synthetic(long seed) {
            this.seed = seed;
            this.codes = new ArrayList<>(Ontology.builtIn().all());
            // a fixed shuffle, so that the frequent codes are spread over the roots
            java.util.Collections.shuffle(codes, new java.util.Random(seed));
            this.codeCdf = zipf(codes.size());
        }

        private static double[] zipf(int n) {
            double[] cdf = new double[n];
            double sum = 0;
            for (int i = 0; i < n; i++) cdf[i] = sum += 1.0 / (i + 1);
            for (int i = 0; i < n; i++) cdf[i] /= sum;
            return cdf;
        }

        private static int draw(SplittableRandom r, double[] cdf) {
            int i = java.util.Arrays.binarySearch(cdf, r.nextDouble());
            return Math.min(cdf.length - 1, i < 0 ? -i - 1 : i);
        }

        /** Document number {@code k} with {@code events} events (deterministic in seed and k). */
        public StoreEntry.Coded document(int k, int events) {
            SplittableRandom r = new SplittableRandom(MinHash.mix64(seed * 0x632BE59BD9B4E019L + k));
            String id = String.format("doc%08d", k);
            LocalDate date = LocalDate.of(2015, 1, 1).plusDays(r.nextInt(1095));
            List<String> sentences = new ArrayList<>(SENTENCES_PER_DOC);
            for (int s = 0; s < SENTENCES_PER_DOC; s++) {
                StringBuilder sb = new StringBuilder();
                for (int w = 0; w < 12; w++) {
                    if (w > 0) sb.append(' ');
                    sb.append(WORDS[r.nextInt(WORDS.length)]);
                }
                sentences.add(sb.append('.').toString());
            }
            Document doc = new Document(id, String.join(" ", sentences), date, "Story " + k,
                    "https://news" + r.nextInt(50) + ".example.com/" + id, "bench.jsonl:" + (k + 1));
            List<Event> evs = new ArrayList<>(events);
            for (int e = 0; e < events; e++) {
                int si = r.nextInt(SENTENCES_PER_DOC);
                Actor source = actor(r);
                Actor target = r.nextInt(10) == 0 ? null : actor(r);
                CameoCode code = codes.get(draw(r, codeCdf));
                String eventId = String.format("%016x", r.nextLong());
                evs.add(new Event(eventId, id, si, sentences.get(si), date.minusDays(r.nextInt(3)), source, target, code,
                        new Span("said", 4, 8), false, dyad.model.Modality.ASSERTED,
                        new Event.Evidence("bench-pattern (patterns.txt:1)", "document date", List.of())));
            }
            return new StoreEntry.Coded(doc, EventStore.sha256(doc.text()), sentences, evs);
        }

        private Actor actor(SplittableRandom r) {
            String country = COUNTRIES[draw(r, countryCdf)];
            List<String> sectors = r.nextInt(4) == 0 ? List.of() : List.of(SECTORS[draw(r, sectorCdf)]);
            ActorCode code = new ActorCode(country + String.join("", sectors), country, sectors);
            return new Actor(code, country.toLowerCase() + " officials", null, new Span("officials", 0, 9), "dictionary");
        }
    }
}
