package dyad.server;

import com.fasterxml.jackson.databind.JsonNode;
import dyad.coder.BatchRunner;
import dyad.ingest.InputReader;
import dyad.model.Document;
import dyad.model.Event;
import dyad.output.EventFileSink;
import dyad.output.EventSink;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code POST /api/code} on the real server with the real coder: the events are those {@code dyad code} writes for
 * the same input, skip reasons are its reasons; and the limits: the write token (403 without one configured, 401
 * without it or with a wrong one), the body limit (413), the bounded pool (429 with Retry-After), readers that go on
 * reading while documents are stored.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CodeApiTest {
    static final String TOKEN = "test-token-0123456789abcdef";
    static final long MAX_BODY = 64 * 1024;
    /** Writes on (a token), one coding thread, no queue, a 64 KB body limit. */
    private TestServer writable;
    /** No token: writes off, the database read-only. */
    private TestServer readOnly;
    private Http http;
    private Http readOnlyHttp;

    @BeforeAll
    void start() {
        Models models = Models.ready(TestCoder.get());
        writable = TestServer.seeded(ServerConfig.defaults().withToken(TOKEN).withLimits(MAX_BODY, 120).withCodePool(1, 0), models);
        readOnly = TestServer.seeded(ServerConfig.defaults(), models);
        http = writable.http;
        readOnlyHttp = readOnly.http;
    }

    @AfterAll
    void stop() {
        writable.close();
        readOnly.close();
    }

    /** What the library gives for input read as dyad code reads it: its events as dyad code writes them (JSON lines), or the skip reason. */
    private record Library(String jsonl, String skipped, List<Event> events) {
    }

    private static Library library(List<String> inputs, byte[] stdin, LocalDate date) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<String> skipped = new ArrayList<>();
        List<Event> events = new ArrayList<>();
        try (EventFileSink file = EventFileSink.stream(out, "jsonl", true)) {
            EventSink sink = EventSink.all(List.of(file, new EventSink() {
                @Override
                public void coded(Document document, List<String> sentences, List<Event> e) {
                    events.addAll(e);
                }

                @Override
                public void skipped(Skip skip) {
                    skipped.add(skip.reason());
                }

                @Override
                public void close() {
                }
            }));
            new BatchRunner(TestCoder.get(), 1, 120, date).run(
                    items -> new InputReader(InputReader.DEFAULT_MAX_CHARS, InputReader.CODED_LANGUAGES).read(inputs, new ByteArrayInputStream(stdin), items),
                    sink, new BatchRunner.Listener() {});
            sink.finish();
        }
        return new Library(out.toString(StandardCharsets.UTF_8), skipped.isEmpty() ? null : skipped.get(0), events);
    }

    @Test
    void aStoryIsCodedExactlyAsDyadCodeCodesIt() throws IOException {
        Path story = Path.of("..", "examples", "seed-article.txt");
        String text = Files.readString(story);
        Library expected = library(List.of(story.toString()), new byte[0], LocalDate.of(2016, 3, 28));
        assertFalse(expected.events().isEmpty());

        Http.Response jsonl = http.post("/api/code?format=jsonl&date=2016-03-28&id=seed-article.txt", "text/plain; charset=utf-8", text, Map.of());
        assertEquals(200, jsonl.status(), jsonl.body());
        assertEquals("coded", jsonl.header("X-Dyad-Status"));
        assertEquals(expected.jsonl(), jsonl.body(), "the same bytes as dyad code --date 2016-03-28 examples/seed-article.txt");

        Http.Response r = http.post("/api/code?date=2016-03-28&id=seed-article.txt", "text/plain", text, Map.of());
        JsonNode j = r.json();
        assertEquals("coded", j.get("status").asText());
        assertEquals("seed-article.txt", j.get("id").asText());
        assertEquals("2016-03-28", j.get("date").asText());
        assertFalse(j.get("stored").asBoolean());
        assertEquals(expected.events().size(), j.get("events").size());
        List<String> lines = expected.jsonl().lines().toList();
        for (int i = 0; i < lines.size(); i++) assertEquals(new Http.Response(200, null, lines.get(i)).json(), j.get("events").get(i));
        String clean = j.get("text").asText();
        assertTrue(clean.startsWith("Putin, Rowhani agree"), clean);
        assertTrue(j.get("spans").size() >= expected.events().size());
        for (JsonNode s : j.get("spans")) {
            assertEquals(s.get("text").asText(), clean.substring(s.get("start").asInt(), s.get("end").asInt()), s.toString());
        }

        Http.Response csv = http.post("/api/code?format=csv&date=2016-03-28", "text/plain", text, Map.of());
        assertTrue(csv.body().startsWith("event_id,doc_id,sentence_index,date,"), csv.body());
        assertEquals(expected.events().size() + 1, csv.body().lines().count());
    }

    @Test
    void aJsonBodyReadsLikeALineOfAJsonLinesFile() throws IOException {
        String line = "{\"id\":\"j1\",\"date\":\"2019-10-21\",\"title\":\"Sochi\",\"text\":\"Russian President Vladimir Putin met Turkish"
                + " President Recep Tayyip Erdogan in Sochi on Tuesday.\"}";
        Library expected = library(List.of("-"), (line + "\n").getBytes(StandardCharsets.UTF_8), null);
        JsonNode j = http.post("/api/code", "application/json", line.replace(",", ",\n  "), Map.of()).json();
        assertEquals("coded", j.get("status").asText(), j.toString());
        assertEquals("j1", j.get("id").asText());
        assertEquals("2019-10-21", j.get("date").asText());
        assertEquals(expected.events().size(), j.get("events").size());
        List<String> lines = expected.jsonl().lines().toList();
        for (int i = 0; i < lines.size(); i++) assertEquals(new Http.Response(200, null, lines.get(i)).json(), j.get("events").get(i));
    }

    /** A page not in English: dyad code skips it with "language de", and so does the server. */
    static final String GERMAN_PAGE = "<!DOCTYPE html>\n<html><head><title>Gespräche</title></head><body><article><p>Die Regierung "
            + "hat am Montag mit der Opposition über die Reform gesprochen, und der Minister sagte, dass die Gespräche in der "
            + "nächsten Woche fortgesetzt werden, weil es noch keine Einigung über die Steuern gibt.</p></article></body></html>";

    @Test
    void skippedDocumentsGiveDyadCodesReasons() throws IOException {
        Map<String, String> bodies = Map.of(
                "<!DOCTYPE html>\n<html><head><title>x</title></head><body><p>Putin met Erdogan in Sochi.</p></body></html>", "text/html",
                "   \n\t  ", "text/plain",
                GERMAN_PAGE, "text/html");
        for (Map.Entry<String, String> b : bodies.entrySet()) {
            Library expected = library(List.of("-"), b.getKey().getBytes(StandardCharsets.UTF_8), LocalDate.of(2019, 1, 1));
            JsonNode j = http.post("/api/code?date=2019-01-01", b.getValue(), b.getKey(), Map.of()).json();
            if (expected.skipped() == null) {
                assertEquals("coded", j.get("status").asText(), j.toString());
            } else {
                assertEquals("skipped", j.get("status").asText(), j.toString());
                assertEquals(expected.skipped(), j.get("reason").asText());
                assertEquals(0, j.get("events").size());
            }
        }
        JsonNode german = http.post("/api/code?date=2019-01-01", "text/html", GERMAN_PAGE, Map.of()).json();
        assertEquals("skipped", german.get("status").asText(), german.toString());
        assertEquals("language de", german.get("reason").asText(), german.toString());
        JsonNode undated = http.post("/api/code", "text/plain", "Iran accused the United States of violating the deal.", Map.of()).json();
        assertEquals(LocalDate.now().toString(), undated.get("date").asText());
        assertTrue(undated.get("warnings").get(0).asText().contains("no date"), undated.toString());
    }

    @Test
    void badBodiesAndParametersAre400s() {
        Map<String, String> bad = Map.of("{\"text\": 3}", "text", "{\"date\": \"2019-01-01\"}", "text");
        for (Map.Entry<String, String> b : bad.entrySet()) {
            Http.Response r = http.post("/api/code", "application/json", b.getKey(), Map.of());
            assertEquals(400, r.status(), r.body());
            assertEquals(b.getValue(), r.json().get("parameter").asText());
        }
        assertEquals(400, http.post("/api/code", "application/json", "{not json", Map.of()).status());
        assertEquals(400, http.post("/api/code", "application/json", "[1, 2]", Map.of()).status());
        Http.Response date = http.post("/api/code?date=2019-02-30", "text/plain", "Iran met Iraq.", Map.of());
        assertEquals("date", date.json().get("parameter").asText());
        assertEquals(400, http.post("/api/code?storing=yes", "text/plain", "Iran met Iraq.", Map.of()).status());
        Http.Response empty = http.post("/api/code", "text/plain", "", Map.of());
        assertEquals(400, empty.status());
        ReadApiTest.assertNoStackTrace(empty.body());
    }

    @Test
    void storingNeedsTheWriteToken() {
        String text = "Germany's foreign minister met Iraqi officials in Baghdad on Monday.";
        Http.Response off = readOnlyHttp.post("/api/code?store=true&id=t1&date=2019-07-01", "text/plain", text,
                Map.of("Authorization", "Bearer " + TOKEN));
        assertEquals(403, off.status(), off.body());
        assertTrue(off.json().get("error").asText().contains("writes are off"));

        Http.Response none = http.post("/api/code?store=true&id=t1&date=2019-07-01", "text/plain", text, Map.of());
        assertEquals(401, none.status());
        assertEquals("Bearer realm=\"dyad\"", none.header("WWW-Authenticate"));
        for (String wrong : List.of("Bearer " + TOKEN + "x", "Bearer " + TOKEN.substring(1), "Basic " + TOKEN, "Bearer", TOKEN)) {
            Http.Response r = http.post("/api/code?store=true&id=t1&date=2019-07-01", "text/plain", text, Map.of("Authorization", wrong));
            assertEquals(401, r.status(), wrong);
        }
        assertEquals(404, http.get("/api/documents/t1").status(), "nothing was stored");

        long before = http.get("/api/stats").json().get("events").asLong();
        JsonNode ok = http.post("/api/code?store=true&id=t1&date=2019-07-01", "text/plain", text,
                Map.of("Authorization", "Bearer " + TOKEN)).json();
        assertEquals("coded", ok.get("status").asText(), ok.toString());
        assertTrue(ok.get("stored").asBoolean());
        JsonNode stored = http.get("/api/documents/t1").json();
        assertEquals(ok.get("text").asText(), stored.get("text").asText());
        assertEquals(ok.get("events"), stored.get("events"));
        assertEquals(ok.get("spans"), stored.get("spans"));
        assertEquals(before + ok.get("events").size(), http.get("/api/stats").json().get("events").asLong());
        assertTrue(http.get("/api/stats").json().get("writes").asBoolean());
        // the same id again replaces it
        http.post("/api/code?store=true&id=t1&date=2019-07-01", "text/plain", text, Map.of("Authorization", "Bearer " + TOKEN));
        assertEquals(before + ok.get("events").size(), http.get("/api/stats").json().get("events").asLong());
    }

    @Test
    void aBodyOverTheLimitIs413() {
        String big = "Iran met Iraq. ".repeat((int) (MAX_BODY / 15) + 10);
        Http.Response r = http.post("/api/code", "text/plain", big, Map.of());
        assertEquals(413, r.status(), r.body());
        assertTrue(r.json().get("error").asText().contains("65,536 bytes"), r.body());
        // without a Content-Length (chunked): counted while read
        HttpRequest chunked = HttpRequest.newBuilder(URI.create(writable.url() + "api/code"))
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big.getBytes(StandardCharsets.UTF_8)))).build();
        Http.Response c = http.send(chunked);
        assertEquals(413, c.status(), c.body());
        String justUnder = "Iran met Iraq." + " ".repeat((int) MAX_BODY - 20);
        assertEquals(200, http.post("/api/code?date=2019-01-01", "text/plain", justUnder, Map.of()).status(), "a body within the limit is read");
    }

    /** A story long enough to keep the one coding thread busy for a while (seconds). */
    private static String longStory() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 80; i++) {
            sb.append("Russian officials met Ukrainian envoys in Minsk on Thursday and accused them of shelling villages near Donetsk. ");
        }
        return sb.toString();
    }

    @Test
    void aFullPoolAnswers429WithRetryAfter() throws Exception {
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<Http.Response> busy = pool.submit(() -> http.post("/api/code?date=2019-01-01", "text/plain", longStory(), Map.of()));
            long end = System.nanoTime() + 60_000_000_000L;
            while (http.get("/api/health").json().get("code").get("running").asInt() == 0 && !busy.isDone() && System.nanoTime() < end) {
                Thread.sleep(5);
            }
            assertFalse(busy.isDone(), "the long story was still being coded");
            Http.Response r = http.post("/api/code?date=2019-01-01", "text/plain", "Iran met Iraq.", Map.of());
            assertEquals(429, r.status(), r.body());
            assertNotNull(r.header("Retry-After"));
            assertTrue(Integer.parseInt(r.header("Retry-After")) >= 1);
            assertTrue(r.json().get("error").asText().startsWith("busy"), r.body());
            assertEquals(200, busy.get().status());
            assertEquals(200, http.post("/api/code?date=2019-01-01", "text/plain", "Iran met Iraq.", Map.of()).status(), "free again");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void readersGoOnWhileDocumentsAreStored() throws Exception {
        int readers = 4;
        int writes = 4;
        AtomicBoolean writing = new AtomicBoolean(true);
        AtomicInteger reads = new AtomicInteger();
        AtomicInteger readsWhileWriting = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(readers + 1);
        try {
            long before = http.get("/api/stats").json().get("events").asLong();
            Future<Long> writer = pool.submit(() -> {
                long added = 0;
                try {
                    for (int i = 0; i < writes; i++) {
                        Http.Response r = http.post("/api/code?store=true&date=2019-08-0" + (i + 1) + "&id=w" + i, "text/plain",
                                "Iranian officials met Iraqi officials in Baghdad. Iraq accused Turkey of shelling villages near Erbil. " + i,
                                Map.of("Authorization", "Bearer " + TOKEN));
                        assertEquals(200, r.status(), r.body());
                        added += r.json().get("events").size();
                    }
                } finally {
                    writing.set(false);
                }
                return added;
            });
            List<Future<?>> fs = new ArrayList<>();
            for (int k = 0; k < readers; k++) {
                fs.add(pool.submit(() -> {
                    long last = 0;
                    while (writing.get() || reads.get() < 4 * readers) {
                        Http.Response page = http.get("/api/events?limit=1000&sort=doc");
                        assertEquals(200, page.status(), page.body());
                        JsonNode p = page.json();
                        assertEquals(p.get("total").asInt(), p.get("events").size(), "a page and its count are one snapshot");
                        assertTrue(p.get("total").asLong() >= last, "stored events do not disappear");
                        last = p.get("total").asLong();
                        assertEquals(200, http.get("/api/documents/minsk-talks").status());
                        assertEquals(200, http.get("/api/aggregates?group=country").status());
                        reads.incrementAndGet();
                        if (writing.get()) readsWhileWriting.incrementAndGet();
                    }
                    return null;
                }));
            }
            long added = writer.get();
            for (Future<?> f : fs) f.get();
            assertTrue(readsWhileWriting.get() > 0, "reads ran while documents were stored");
            assertEquals(before + added, http.get("/api/stats").json().get("events").asLong());
            for (int i = 0; i < writes; i++) assertEquals(200, http.get("/api/documents/w" + i).status());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void inputItemsAreRenamedToTheRequestsId() {
        // the body of a plain request is read as stdin: its id comes from ?id= or the text's hash, never "stdin"
        JsonNode j = http.post("/api/code?date=2019-01-01", "text/plain", "Iran met Iraq.", Map.of()).json();
        assertTrue(j.get("id").asText().startsWith("api-"), j.toString());
        assertEquals(j.get("id").asText(), http.post("/api/code?date=2019-01-01", "text/plain", "Iran met Iraq.", Map.of()).json().get("id").asText());
    }
}
