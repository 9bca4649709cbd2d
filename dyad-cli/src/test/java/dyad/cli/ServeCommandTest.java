package dyad.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code dyad serve} as a user starts it: it prints its address, answers there, and refuses bad options before it starts. */
class ServeCommandTest {
    @TempDir
    Path dir;

    private Path database() throws Exception {
        Path in = dir.resolve("in.jsonl");
        Files.writeString(in, "{\"id\":\"a\",\"date\":\"2016-03-28\",\"text\":\"The presidents of Russia and Iran agreed on Monday to step up contacts.\"}\n");
        Path db = dir.resolve("events.duckdb");
        DyadProcess.Run r = DyadProcess.run("code", "--db", db.toString(), "--no-geo", in.toString());
        assertEquals(0, r.status(), r.err());
        return db;
    }

    @Test
    void servesTheDatabaseAtTheAddressItPrints() throws Exception {
        Path db = database();
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g",
                "-cp", System.getProperty("java.class.path"), "dyad.cli.Main", "serve", "--db", db.toString(), "--port", "0", "--lazy-models"));
        Process p = new ProcessBuilder(cmd).redirectError(dir.resolve("err.txt").toFile()).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String url = out.readLine();
            assertTrue(url != null && url.matches("http://127\\.0\\.0\\.1:\\d+/"), url + " / " + Files.readString(dir.resolve("err.txt")));
            HttpResponse<String> stats = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url + "api/stats")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, stats.statusCode());
            assertTrue(stats.body().contains("\"coded\":1") && stats.body().contains("\"writes\":false"), stats.body());
            String err = Files.readString(dir.resolve("err.txt"));
            assertTrue(err.contains("dyad: serving " + db + " at " + url) && err.contains("read-only"), err);
        } finally {
            p.destroy();
            assertTrue(p.waitFor(60, TimeUnit.SECONDS), "dyad serve stops when asked");
        }
    }

    @Test
    void badOptionsAreUsageErrors() throws Exception {
        Path db = database();
        Path shortToken = dir.resolve("token.txt");
        Files.writeString(shortToken, "secret\n");
        List<List<String>> bad = List.of(
                List.of("serve", "--db", dir.resolve("missing.duckdb").toString()),
                List.of("serve", "--db", db.toString(), "--token-file", shortToken.toString()),
                List.of("serve", "--db", db.toString(), "--token-file", dir.resolve("no-token.txt").toString()),
                List.of("serve", "--db", db.toString(), "--max-body", "lots"),
                List.of("serve", "--db", db.toString(), "--port", "70000"),
                List.of("serve", "--db", db.toString(), "--code-threads", "0"),
                List.of("bench-serve", "--events", "0"));
        for (List<String> args : bad) {
            DyadProcess.Run r = DyadProcess.run(args.toArray(String[]::new));
            assertEquals(2, r.status(), args + ": " + r.err());
            assertTrue(r.err().startsWith("dyad: "), r.err());
        }
        DyadProcess.Run r = DyadProcess.run("serve", "--db", db.toString(), "--token-file", shortToken.toString());
        assertTrue(r.err().contains("at least 16"), r.err());
    }
}
