package dyad.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** The real server on 127.0.0.1 (a free port) over a fresh copy of the seeded database, in a directory of its own. */
final class TestServer implements AutoCloseable {
    final Path dir;
    final DyadServer server;
    final Http http;

    private TestServer(Path dir, DyadServer server) {
        this.dir = dir;
        this.server = server;
        this.http = new Http(server.url());
    }

    /** Seeds {@code seed.duckdb} ({@link SeedDatabase}) and serves it on 127.0.0.1 with the config's other settings. */
    static TestServer seeded(ServerConfig config, Models models) {
        try {
            Path dir = Files.createTempDirectory("dyad-server-test");
            Path db = dir.resolve("seed.duckdb");
            SeedDatabase.write(db);
            return new TestServer(dir, DyadServer.start(config.withAddress("127.0.0.1", 0), db, models));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String url() {
        return server.url();
    }

    @Override
    public void close() {
        server.close();
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
