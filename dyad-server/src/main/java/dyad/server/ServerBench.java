package dyad.server;

import dyad.coder.Coder;
import dyad.store.EventStore;
import dyad.store.StoreBench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/**
 * The server's load run ({@code dyad bench-serve}): a database of synthetic events ({@link StoreBench#fill}), the
 * server on 127.0.0.1 (a free port), and bounded rounds of requests: filtered pages of {@code GET /api/events} from
 * one client and from several at once, and {@code POST /api/code} of one story with warm models, from one client and
 * from several. Each round stops after its number of requests or its time, whichever comes first; latencies are
 * reported as p50 / p95 / max, throughput as requests per second. Nothing leaves this machine.
 */
public final class ServerBench {
    /**
     * @param events       synthetic events in the database
     * @param requests     requests per /api/events round
     * @param codeRequests requests per /api/code round
     * @param clients      concurrent clients of the throughput rounds
     * @param seconds      the most any round runs
     * @param story        the text POST /api/code codes
     * @param storyDate    its date
     * @param keep         where to keep the database (null: a temporary directory, deleted after)
     */
    public record Options(int events, int requests, int codeRequests, int clients, int seconds, String story,
                          String storyDate, Path keep) {
    }

    /**
     * One round: its latencies in milliseconds, its wall time, the requests answered 429, and the CPU time this
     * process spent per request (server and client: the cost of a request, whatever else the machine runs).
     */
    public record Round(String name, double[] millis, double wallSeconds, int rejected, double cpuMillisPerRequest) {
        double percentile(double p) {
            double[] s = millis.clone();
            Arrays.sort(s);
            return s.length == 0 ? 0 : s[(int) Math.min(s.length - 1, Math.ceil(p / 100 * s.length) - 1)];
        }

        double perSecond() {
            return millis.length / wallSeconds;
        }

        String line() {
            return String.format("%-58s %5d requests  p50 %8.1f ms  p95 %8.1f ms  max %8.1f ms  %7.1f requests/s  CPU %7.1f ms/request%s",
                    name, millis.length, percentile(50), percentile(95), percentile(100), perSecond(), cpuMillisPerRequest,
                    rejected > 0 ? "  (" + rejected + " answered 429)" : "");
        }
    }

    /** Filtered pages, as an analyst asks for them (the synthetic events span 2015 to 2017). */
    static final List<String> EVENT_QUERIES = List.of(
            "country=IRN&limit=50",
            "dyad=USA*,RUS*&limit=50",
            "plover=ASSAULT&from=2016-01-01&to=2016-06-30&limit=50",
            "actor=CHN*&quad=3,4&sort=-goldstein&limit=50",
            "root=19&country=SYR&limit=100",
            "source=USAGOV&target=RUS*&sort=date&limit=50",
            "q=ceasefire&from=2017-01-01&limit=50",
            "cameo=04*&from=2015-03-01&to=2015-03-31&limit=50");

    private ServerBench() {
    }

    public static List<Round> run(Options o, Coder coder, PrintStream out) {
        Path dir = StoreBench.directory(o.keep(), "dyad-serve-bench");
        Path db = dir.resolve("bench.duckdb");
        try {
            if (!reusable(db, o.events())) {
                StoreBench.removeDatabase(db);
                try (EventStore store = EventStore.open(db)) {
                    double s = StoreBench.fill(store, o.events(), StoreBench.DEFAULT_BATCH) / 1e9;
                    out.printf("database: %,d synthetic events written in %.1f s%n", o.events(), s);
                }
            } else {
                out.printf("database: %,d synthetic events, kept from an earlier run in %s%n", o.events(), db);
            }
            int cores = Runtime.getRuntime().availableProcessors();
            ServerConfig config = ServerConfig.defaults().withAddress(ServerConfig.LOCALHOST, 0)
                    .withCodePool(cores, Math.max(cores, o.clients()));
            List<Round> rounds = new ArrayList<>();
            try (DyadServer server = DyadServer.start(config, db, Models.ready(coder))) {
                out.printf("server: %s (%d cores; %s)%n", server.url(), cores, config);
                out.printf("load average: %.1f (runnable threads on the machine, ours included)%n", loadAverage());
                rounds.addAll(events(server.url(), o, out));
                rounds.addAll(code(server.url(), o, out));
                out.printf("load average: %.1f%n", loadAverage());
            }
            out.printf("database file: %,d bytes%n", Files.size(db));
            return rounds;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (o.keep() == null) StoreBench.deleteTree(dir);
        }
    }

    /** Whether a kept database already holds the synthetic events asked for (the generator is deterministic). */
    private static boolean reusable(Path db, int events) {
        if (!Files.isRegularFile(db)) return false;
        try (EventStore store = EventStore.open(db)) {
            return store.stats().events() == events;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static List<Round> events(String base, Options o, PrintStream out) {
        HttpClient http = HttpClient.newHttpClient();
        IntFunction<HttpRequest> request = i -> HttpRequest.newBuilder(URI.create(base + "api/events?"
                + EVENT_QUERIES.get(i % EVENT_QUERIES.size()))).GET().build();
        round("warm-up", http, request, EVENT_QUERIES.size() * 3, 1, o.seconds());
        List<Round> rounds = new ArrayList<>();
        for (String q : EVENT_QUERIES) {
            HttpRequest r = HttpRequest.newBuilder(URI.create(base + "api/events?" + q)).GET().build();
            Round one = round("GET /api/events?" + q, http, i -> r, Math.max(1, o.requests() / EVENT_QUERIES.size()), 1, o.seconds());
            out.println(one.line());
        }
        Round all = round("GET /api/events, the queries above in turn, 1 client", http, request, o.requests(), 1, o.seconds());
        out.println(all.line());
        rounds.add(all);
        Round load = round("GET /api/events, the same, " + o.clients() + " clients", http, request, o.requests() * 2, o.clients(), o.seconds());
        out.println(load.line());
        rounds.add(load);
        return rounds;
    }

    private static List<Round> code(String base, Options o, PrintStream out) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        String words = Integer.toString(o.story().split("\\s+").length);
        HttpRequest r = HttpRequest.newBuilder(URI.create(base + "api/code?date=" + URLEncoder.encode(o.storyDate(), StandardCharsets.UTF_8)))
                .header("Content-Type", "text/plain; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(o.story(), StandardCharsets.UTF_8)).build();
        round("warm-up", http, i -> r, 3, 1, o.seconds());
        Round one = round("POST /api/code, one " + words + "-word story, warm, 1 client", http, i -> r, o.codeRequests(), 1, o.seconds());
        out.println(one.line());
        Round load = round("POST /api/code, the same, " + o.clients() + " clients", http, i -> r, Math.max(o.codeRequests(), 2 * o.clients()),
                o.clients(), o.seconds());
        out.println(load.line());
        return List.of(one, load);
    }

    /** Sends up to {@code n} requests from {@code clients} threads, for at most {@code seconds}; each must answer 200 (or 429). */
    static Round round(String name, HttpClient http, IntFunction<HttpRequest> request, int n, int clients, int seconds) {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        AtomicInteger next = new AtomicInteger();
        AtomicInteger rejected = new AtomicInteger();
        List<Double> millis = java.util.Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long cpu0 = processCpuNanos();
        long t0 = System.nanoTime();
        try {
            List<Future<?>> fs = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                fs.add(pool.submit(() -> {
                    for (int i; (i = next.getAndIncrement()) < n && System.nanoTime() < deadline; ) {
                        long s = System.nanoTime();
                        HttpResponse<byte[]> res = http.send(request.apply(i), HttpResponse.BodyHandlers.ofByteArray());
                        double ms = (System.nanoTime() - s) / 1e6;
                        if (res.statusCode() == 429) {
                            rejected.incrementAndGet();
                            continue;
                        }
                        if (res.statusCode() != 200) {
                            throw new IllegalStateException(name + ": HTTP " + res.statusCode() + ": "
                                    + new String(res.body(), StandardCharsets.UTF_8));
                        }
                        millis.add(ms);
                    }
                    return null;
                }));
            }
            for (Future<?> f : fs) f.get();
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e.getCause().getMessage(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } finally {
            pool.shutdownNow();
        }
        double wall = (System.nanoTime() - t0) / 1e9;
        double cpu = (processCpuNanos() - cpu0) / 1e6 / Math.max(1, millis.size() + rejected.get());
        return new Round(name, millis.stream().mapToDouble(Double::doubleValue).toArray(), wall, rejected.get(), cpu);
    }

    /** CPU time of this process, all threads (DuckDB's and CoreNLP's too), or 0 where the JVM cannot tell. */
    static long processCpuNanos() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : 0;
    }

    /** The machine's load average over the last minute (other programs compete for the cores), or -1. */
    static double loadAverage() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }
}
