package dyad.cli;

import dyad.coder.Coder;
import dyad.server.DyadServer;
import dyad.server.Models;
import dyad.server.ServerConfig;
import dyad.ingest.TextFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code dyad serve}: the HTTP API and the web view over an event database, until stopped (Ctrl-C). */
@Command(name = "serve", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Serve an event database over HTTP: a web view (events table, stories with their evidence, timeline, map, "
                + "code-this-text) and a JSON API (docs/api.md; /api/openapi.json).",
                "Listens on 127.0.0.1 (this machine only) unless --bind says otherwise. Reads need no token. Writes (POST /api/code?store=true) "
                        + "need the bearer token given with --token-file or DYAD_WRITE_TOKEN; without one, writes are off and the database "
                        + "is opened read-only.",
                "The models for /api/code load in the background at start (--lazy-models: on the first /api/code)."})
public final class ServeCommand implements Callable<Integer> {
    private static final Pattern SIZE = Pattern.compile("(\\d+)\\s*(|b|k|kb|m|mb)", Pattern.CASE_INSENSITIVE);

    @Mixin
    DatabaseOption database;

    @Option(names = "--port", paramLabel = "N", defaultValue = "" + ServerConfig.DEFAULT_PORT,
            description = "Port to listen on (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--bind", paramLabel = "ADDRESS", defaultValue = ServerConfig.LOCALHOST,
            description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 opens it to the network).")
    String bind;

    @Option(names = "--token-file", paramLabel = "FILE", description = "A file whose first line is the write token (at least 16 "
            + "characters); without it (or DYAD_WRITE_TOKEN) writes are off and the database is read-only.")
    Path tokenFile;

    @Option(names = "--max-body", paramLabel = "SIZE", defaultValue = "2MB",
            description = "Largest request body (default: ${DEFAULT-VALUE}; bytes, or with KB or MB).")
    String maxBody;

    @Option(names = "--time-limit", paramLabel = "SECONDS", defaultValue = "" + ServerConfig.DEFAULT_TIME_LIMIT,
            description = "How long one request may take: a query is cancelled, a document skipped (default: ${DEFAULT-VALUE}).")
    int timeLimit;

    @Option(names = "--code-threads", paramLabel = "N", description = "Documents POST /api/code codes at once (default: the number of cores).")
    int codeThreads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--code-queue", paramLabel = "N", description = "Requests that may wait for a coding thread; more are answered 429 "
            + "(default: the number of cores).")
    int codeQueue = Runtime.getRuntime().availableProcessors();

    @Option(names = "--max-page", paramLabel = "N", defaultValue = "" + ServerConfig.DEFAULT_MAX_PAGE,
            description = "Most events one page of /api/events returns (default: ${DEFAULT-VALUE}).")
    int maxPage;

    @Option(names = "--lazy-models", description = "Load the models on the first POST /api/code instead of at start.")
    boolean lazyModels;

    @Mixin
    CoderOptions coderOptions;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Path db = database.existing();
        Ranges.atLeast(spec, "--port", port, 0);
        if (port > 65535) throw new ParameterException(spec.commandLine(), "--port must be at most 65535, not " + port);
        Ranges.atLeast(spec, "--time-limit", timeLimit, 1);
        Ranges.atLeast(spec, "--code-threads", codeThreads, 1);
        Ranges.atLeast(spec, "--code-queue", codeQueue, 0);
        Ranges.atLeast(spec, "--max-page", maxPage, 1);
        checkAddress();
        String token = token();
        ServerConfig config = new ServerConfig(bind, port, token, bytes(maxBody), timeLimit, codeThreads, codeQueue,
                Math.max(4, Runtime.getRuntime().availableProcessors()), maxPage);
        Supplier<Coder> load = () -> {
            long t0 = System.nanoTime();
            Coder c = new Coder(coderOptions.config());
            System.err.printf("dyad: models loaded in %.1f s%n", (System.nanoTime() - t0) / 1e9);
            return c;
        };
        Models models = lazyModels ? Models.lazy(load) : Models.loadingNow(load);
        DyadServer server = DyadServer.start(config, db, models);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "dyad-serve-stop"));
        System.err.println("dyad: serving " + db + " at " + server.url() + " ("
                + (config.writable() ? "writes on: POST /api/code?store=true with the token" : "read-only: no write token") + "; "
                + (lazyModels ? "models load on the first /api/code" : "models loading in the background") + "); Ctrl-C stops it");
        if (!InetAddress.getByName(bind).isLoopbackAddress()) {
            System.err.println("dyad: listening on " + bind + ": anyone who can reach this machine can read the database"
                    + (config.writable() ? " (writes need the token)" : ""));
        }
        System.out.println(server.url());
        System.out.flush();
        stopped.await();
        return 0;
    }

    private void checkAddress() {
        try {
            InetAddress.getByName(bind);
        } catch (UnknownHostException e) {
            throw new ParameterException(spec.commandLine(), "--bind: not an address of this machine: " + bind);
        }
    }

    /** The write token: the first line of --token-file, else DYAD_WRITE_TOKEN, else none. */
    private String token() {
        String t;
        String from;
        if (tokenFile != null) {
            if (!Files.isRegularFile(tokenFile)) throw new ParameterException(spec.commandLine(), "--token-file: no such file: " + tokenFile);
            t = TextFile.read(tokenFile, "token file").lines().findFirst().orElse("").trim();
            from = "--token-file " + tokenFile;
        } else {
            t = System.getenv("DYAD_WRITE_TOKEN");
            from = "DYAD_WRITE_TOKEN";
            if (t == null) return null;
            t = t.trim();
        }
        if (t.length() < 16) {
            throw new ParameterException(spec.commandLine(), from + ": the write token is " + (t.isEmpty() ? "empty" : t.length() + " characters long")
                    + "; give at least 16 (for example the output of 'openssl rand -hex 32')");
        }
        return t;
    }

    /** "2MB", "512KB", "1000" (bytes). */
    private long bytes(String size) {
        Matcher m = SIZE.matcher(size.trim());
        if (!m.matches()) throw new ParameterException(spec.commandLine(), "--max-body: '" + size + "' is not a size (2MB, 512KB, 100000)");
        long n = Long.parseLong(m.group(1));
        long bytes = switch (m.group(2).toLowerCase(Locale.ROOT)) {
            case "k", "kb" -> n * 1024;
            case "m", "mb" -> n * 1024 * 1024;
            default -> n;
        };
        Ranges.atLeast(spec, "--max-body", bytes, 1);
        return bytes;
    }
}
