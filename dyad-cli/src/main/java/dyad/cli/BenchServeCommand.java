package dyad.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dyad.coder.Coder;
import dyad.ingest.TextFile;
import dyad.server.ServerBench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

import java.io.BufferedReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code dyad bench-serve}: latency and throughput of {@code dyad serve} on this machine (127.0.0.1 only). */
@Command(name = "bench-serve", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Load-test dyad serve on 127.0.0.1: a database of N synthetic events, filtered pages of GET /api/events "
                + "(1 client, then --clients at once) and POST /api/code of one story with warm models (1 client, then --clients). "
                + "Prints p50/p95/max latency and requests/s per round; every round is bounded by its request count and --seconds.",
                "Default story: the story of ../shared/corpora/wikinews-2019.jsonl closest to 600 words, else examples/seed-article.txt."})
public final class BenchServeCommand implements Callable<Integer> {
    static final Path WIKINEWS = Path.of("../shared/corpora/wikinews-2019.jsonl");

    @Option(names = "--events", paramLabel = "N", defaultValue = "1000000", description = "Synthetic events in the database (default: ${DEFAULT-VALUE}).")
    int events;

    @Option(names = "--requests", paramLabel = "N", defaultValue = "400", description = "Requests per /api/events round (default: ${DEFAULT-VALUE}).")
    int requests;

    @Option(names = "--code-requests", paramLabel = "N", defaultValue = "20", description = "Requests per /api/code round (default: ${DEFAULT-VALUE}).")
    int codeRequests;

    @Option(names = "--clients", paramLabel = "N", defaultValue = "8", description = "Concurrent clients of the throughput rounds (default: ${DEFAULT-VALUE}).")
    int clients;

    @Option(names = "--seconds", paramLabel = "S", defaultValue = "120", description = "The most one round runs (default: ${DEFAULT-VALUE}).")
    int seconds;

    @Option(names = "--story", paramLabel = "FILE", description = "The plain-text story POST /api/code codes.")
    Path story;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", defaultValue = "2019-01-15", description = "Its date (default: ${DEFAULT-VALUE}).")
    String date;

    @Option(names = "--keep", paramLabel = "DIR", description = "Keep the database in DIR (bench.duckdb) instead of a temporary directory; a later run with the same DIR and --events reuses it.")
    Path keep;

    @Mixin
    CoderOptions coderOptions;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Ranges.atLeast(spec, "--events", events, 1);
        Ranges.atLeast(spec, "--requests", requests, 1);
        Ranges.atLeast(spec, "--code-requests", codeRequests, 1);
        Ranges.atLeast(spec, "--clients", clients, 1);
        Ranges.atLeast(spec, "--seconds", seconds, 1);
        if (story != null && !Files.isRegularFile(story)) throw new ParameterException(spec.commandLine(), "--story: no such file: " + story);
        String text = story != null ? TextFile.read(story, "story") : defaultStory();
        long t0 = System.nanoTime();
        Coder coder = new Coder(coderOptions.config());
        System.out.printf("models: loaded in %.1f s%n", (System.nanoTime() - t0) / 1e9);
        ServerBench.run(new ServerBench.Options(events, requests, codeRequests, clients, seconds, text, date, keep), coder, System.out);
        return 0;
    }

    /** The Wikinews story closest to 600 words, else the seed article. */
    private static String defaultStory() throws Exception {
        if (!Files.isRegularFile(WIKINEWS)) return TextFile.read(Path.of("examples/seed-article.txt"), "story");
        ObjectMapper json = new ObjectMapper();
        String best = null;
        int bestGap = Integer.MAX_VALUE;
        try (BufferedReader r = Files.newBufferedReader(WIKINEWS)) {
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank()) continue;
                JsonNode n = json.readTree(line);
                String t = n.path("text").asText();
                int gap = Math.abs(t.split("\\s+").length - 600);
                if (gap < bestGap) {
                    bestGap = gap;
                    best = t;
                }
            }
        }
        return best;
    }
}
