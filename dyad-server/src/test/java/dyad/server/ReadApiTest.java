package dyad.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dyad.model.Actor;
import dyad.model.Event;
import dyad.ontology.Ontology;
import dyad.store.EventStore;
import dyad.store.Reports;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The read endpoints of the real server on 127.0.0.1 over a real DuckDB file with known contents
 * ({@link SeedDatabase}): every filter against the same filter computed in Java, sorting, both kinds of paging, the
 * formats, documents with their spans, aggregates against {@code dyad report}'s tables, places, stats, health, the
 * OpenAPI file against the routes, parameter validation, static files and traversal attempts.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReadApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final List<Event> all = SeedDatabase.events();
    private TestServer server;
    private Http http;
    private String dyadMonth;
    private String countryWeek;

    @BeforeAll
    void start() {
        server = TestServer.seeded(ServerConfig.defaults(), Models.lazy(TestCoder::get));
        http = server.http;
        // dyad report's tables of the same database, from a store of its own (the server holds the file now)
        Path copy = server.dir.resolve("copy.duckdb");
        SeedDatabase.write(copy);
        try (EventStore store = EventStore.open(copy)) {
            dyadMonth = new Reports(store).counts(Reports.Period.MONTH, Reports.Dimension.DYAD, null, null).toJson(true);
            countryWeek = new Reports(store).counts(Reports.Period.WEEK, Reports.Dimension.COUNTRY, null, null).toJson(true);
        }
    }

    @AfterAll
    void stop() {
        server.close();
    }

    private JsonNode ok(String path) {
        Http.Response r = http.get(path);
        assertEquals(200, r.status(), path + ": " + r.body());
        return r.json();
    }

    private static List<String> ids(JsonNode events) {
        List<String> out = new ArrayList<>();
        events.forEach(e -> out.add(e.get("event_id").asText()));
        return out;
    }

    private static boolean code(Actor a, String pattern) {
        if (a == null) return false;
        return pattern.endsWith("*") ? a.code().code().startsWith(pattern.substring(0, pattern.length() - 1)) : a.code().code().equals(pattern);
    }

    private static boolean country(Actor a, String iso3) {
        return a != null && iso3.equals(a.code().country());
    }

    // ------------------------------------------------------------------------------------------ events

    @Test
    void everyFilterSelectsWhatTheSameFilterInJavaSelects() {
        Map<String, Predicate<Event>> cases = new LinkedHashMap<>();
        cases.put("source=RUSGOV", e -> code(e.source(), "RUSGOV"));
        cases.put("source=rus*", e -> code(e.source(), "RUS*"));
        cases.put("target=UKR*", e -> code(e.target(), "UKR*"));
        cases.put("target=UKR", e -> code(e.target(), "UKR"));
        cases.put("actor=IRN*", e -> code(e.source(), "IRN*") || code(e.target(), "IRN*"));
        cases.put("country=UKR", e -> country(e.source(), "UKR") || country(e.target(), "UKR"));
        cases.put("dyad=RUS*,UKR*", e -> code(e.source(), "RUS*") && code(e.target(), "UKR*") || code(e.source(), "UKR*") && code(e.target(), "RUS*"));
        cases.put("dyad=TURGOV,IRN", e -> code(e.source(), "TURGOV") && code(e.target(), "IRN") || code(e.source(), "IRN") && code(e.target(), "TURGOV"));
        cases.put("plover=ASSAULT,accuse", e -> Set.of("ASSAULT", "ACCUSE").contains(e.cameo().ploverEvent()));
        cases.put("cameo=057", e -> e.cameo().code().equals("057"));
        cases.put("cameo=19*", e -> e.cameo().code().startsWith("19"));
        cases.put("root=04,19", e -> Set.of("04", "19").contains(e.cameo().root()));
        cases.put("quad=3,4", e -> e.cameo().quadClass() >= 3);
        cases.put("quad=2", e -> e.cameo().quadClass() == 2);
        cases.put("from=2019-03-01&to=2019-05-31", e -> !e.date().isBefore(LocalDate.of(2019, 3, 1)) && !e.date().isAfter(LocalDate.of(2019, 5, 31)));
        cases.put("from=2019-06-01", e -> !e.date().isBefore(LocalDate.of(2019, 6, 1)));
        cases.put("doc=kerch", e -> e.docId().equals("kerch"));
        cases.put("q=CEASEFIRE", e -> e.sentence().toLowerCase().contains("ceasefire"));
        cases.put("q=100%25", e -> false);
        cases.put("q=_", e -> e.sentence().contains("_"));
        cases.put("negated=true", Event::negated);
        cases.put("negated=false", e -> !e.negated());
        cases.put("located=true", e -> e.location() != null);
        cases.put("located=false", e -> e.location() == null);
        cases.put("place=Luhansk", e -> e.location() != null && e.location().name().equals("Luhansk"));
        cases.put("country=UKR&quad=4&from=2019-02-01", e -> (country(e.source(), "UKR") || country(e.target(), "UKR"))
                && e.cameo().quadClass() == 4 && !e.date().isBefore(LocalDate.of(2019, 2, 1)));
        for (Map.Entry<String, Predicate<Event>> c : cases.entrySet()) {
            JsonNode page = ok("/api/events?limit=1000&" + c.getKey());
            List<String> expected = SeedDatabase.sorted(SeedDatabase.ids(all.stream().filter(c.getValue()).toList()));
            assertEquals(expected, SeedDatabase.sorted(ids(page.get("events"))), c.getKey());
            assertEquals(expected.size(), page.get("total").asInt(), c.getKey());
        }
        assertEquals(all.size(), ok("/api/events?limit=1000").get("total").asInt());
        assertTrue(cases.keySet().stream().allMatch(k -> !ok("/api/events?limit=1000&" + k).get("events").isEmpty()
                || k.startsWith("q=100") || k.startsWith("q=_")), "every filter case selects something");
    }

    /** The expected order of a sort: its key, then event id ascending. */
    private List<String> order(Comparator<Event> key) {
        return all.stream().sorted(key.thenComparing(Event::eventId)).map(Event::eventId).toList();
    }

    @Test
    void sortsAndBothKindsOfPagingGiveEveryEventOnceInOrder() {
        Map<String, List<String>> sorts = new LinkedHashMap<>();
        sorts.put("-date", order(Comparator.comparing(Event::date).reversed()));
        sorts.put("date", order(Comparator.comparing(Event::date)));
        sorts.put("goldstein", order(Comparator.comparingDouble(e -> e.cameo().goldstein())));
        sorts.put("-goldstein", order(Comparator.comparingDouble((Event e) -> e.cameo().goldstein()).reversed()));
        sorts.put("cameo", order(Comparator.comparing(e -> e.cameo().code())));
        sorts.put("source", order(Comparator.comparing(e -> e.source().code().code())));
        sorts.put("-target", order(Comparator.comparing((Event e) -> e.target() == null ? "" : e.target().code().code()).reversed()));
        sorts.put("doc", order(Comparator.comparing(Event::docId)));
        for (Map.Entry<String, List<String>> s : sorts.entrySet()) {
            assertEquals(s.getValue(), ids(ok("/api/events?limit=1000&sort=" + s.getKey()).get("events")), "sort=" + s.getKey());
            List<String> byCursor = new ArrayList<>();
            String cursor = null;
            int pages = 0;
            do {
                JsonNode page = ok("/api/events?limit=3&sort=" + s.getKey() + (cursor == null ? "" : "&cursor=" + cursor));
                assertTrue(page.get("events").size() <= 3);
                byCursor.addAll(ids(page.get("events")));
                cursor = page.get("next").isNull() ? null : page.get("next").asText();
                pages++;
            } while (cursor != null && pages < 20);
            assertEquals(s.getValue(), byCursor, "cursor pages of sort=" + s.getKey());
            List<String> byOffset = new ArrayList<>();
            for (int offset = 0; offset < all.size(); offset += 5) {
                byOffset.addAll(ids(ok("/api/events?limit=5&sort=" + s.getKey() + "&offset=" + offset).get("events")));
            }
            assertEquals(s.getValue(), byOffset, "offset pages of sort=" + s.getKey());
        }
        Http.Response last = http.get("/api/events?limit=1000");
        assertEquals(Integer.toString(all.size()), last.header("X-Total-Count"));
        assertNull(last.header("X-Next-Cursor"));
        assertTrue(last.json().get("next").isNull());
        assertNotNull(http.get("/api/events?limit=2").header("X-Next-Cursor"));
    }

    @Test
    void csvAndJsonLinesAreWhatDyadCodeWrites() {
        List<Event> byDate = all.stream().sorted(Comparator.comparing(Event::date).reversed().thenComparing(Event::eventId)).toList();
        Http.Response jsonl = http.get("/api/events?limit=1000&format=jsonl");
        assertEquals(200, jsonl.status());
        assertEquals("application/x-ndjson", jsonl.header("Content-Type"));
        assertEquals(new String(Json.eventFile(byDate, "jsonl"), StandardCharsets.UTF_8), jsonl.body());
        Http.Response csv = http.get("/api/events?limit=1000&format=csv&country=IRN");
        assertTrue(csv.header("Content-Type").startsWith("text/csv"));
        List<Event> iran = byDate.stream().filter(e -> country(e.source(), "IRN") || country(e.target(), "IRN")).toList();
        assertEquals(new String(Json.eventFile(iran, "csv"), StandardCharsets.UTF_8), csv.body());
        assertEquals(Integer.toString(iran.size()), csv.header("X-Total-Count"));
        // the JSON page holds the same objects as the JSON lines
        JsonNode page = ok("/api/events?limit=1000");
        List<String> lines = jsonl.body().lines().toList();
        for (int i = 0; i < lines.size(); i++) assertEquals(read(lines.get(i)), page.get("events").get(i));
    }

    private static JsonNode read(String s) {
        try {
            return JSON.readTree(s);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    // ------------------------------------------------------------------------------------------ documents

    @Test
    void aDocumentHasItsTextEventsAndSpansOnTheRightWords() {
        JsonNode d = ok("/api/documents/minsk-talks");
        SeedDatabase.Story story = SeedDatabase.STORIES.get(0);
        String text = SeedDatabase.text(story);
        assertEquals(text, d.get("text").asText());
        assertEquals("Russia and Ukraine hold talks in Minsk", d.get("title").asText());
        assertEquals("2019-01-10", d.get("date").asText());
        assertEquals("coded", d.get("status").asText());
        assertEquals(2, d.get("events").size());
        assertEquals(2, d.get("sentences").size());
        assertEquals(0, d.get("sentences").get(0).get("start").asInt());
        assertEquals(story.sentences().get(1), text.substring(d.get("sentences").get(1).get("start").asInt(), d.get("sentences").get(1).get("end").asInt()));
        Set<String> kinds = new HashSet<>();
        Map<String, String> words = new HashMap<>();
        for (JsonNode s : d.get("spans")) {
            String piece = text.substring(s.get("start").asInt(), s.get("end").asInt());
            assertEquals(s.get("text").asText(), piece, s.toString());
            kinds.add(s.get("kind").asText());
            words.put(s.get("kind").asText() + ":" + piece, s.get("label").asText());
        }
        assertEquals(Set.of("source", "target", "trigger", "place"), kinds);
        assertEquals(Map.of("source:Russian officials", "RUSGOV", "target:Ukrainian envoys", "UKRGOV", "trigger:met", "040",
                "place:Minsk", "Minsk", "source:Ukraine", "UKR", "target:Russia", "RUS", "trigger:accused", "112", "place:Donetsk", "Donetsk"), words);

        // a trigger shared by two events is one span naming both
        JsonNode t = ok("/api/documents/tehran-visit");
        JsonNode signed = null;
        for (JsonNode s : t.get("spans")) if (s.get("kind").asText().equals("trigger") && s.get("text").asText().equals("signed")) signed = s;
        assertNotNull(signed);
        assertEquals(2, signed.get("events").size());

        JsonNode skipped = ok("/api/documents/broken");
        assertEquals("skipped", skipped.get("status").asText());
        assertEquals("empty document", skipped.get("reason").asText());
        assertTrue(skipped.get("text").isNull());

        Http.Response missing = http.get("/api/documents/no-such-story");
        assertEquals(404, missing.status());
        assertTrue(missing.json().get("error").asText().contains("no-such-story"));
    }

    // ------------------------------------------------------------------------------------------ aggregates, places

    private static List<JsonNode> lines(String jsonLines) {
        return jsonLines.lines().filter(l -> !l.isBlank()).map(ReadApiTest::read).toList();
    }

    private static List<JsonNode> list(JsonNode array) {
        List<JsonNode> out = new ArrayList<>();
        array.forEach(out::add);
        return out;
    }

    @Test
    void aggregatesAreDyadReportsTables() {
        assertEquals(lines(dyadMonth), list(ok("/api/aggregates?period=month&group=dyad").get("rows")));
        assertEquals(lines(countryWeek), list(ok("/api/aggregates?period=week&group=country").get("rows")));
        assertEquals(lines(dyadMonth), lines(http.get("/api/aggregates?period=month&group=dyad&format=jsonl").body()));
        assertTrue(http.get("/api/aggregates?group=dyad&format=csv").body().startsWith("period,source_code,target_code,events,"));

        // a dyad's timeline: per month, negated events left out, computed here from the events
        JsonNode rows = ok("/api/aggregates?dyad=RUS*,UKR*&period=month").get("rows");
        Map<String, int[]> expected = new TreeMap<>();
        for (Event e : all) {
            boolean between = code(e.source(), "RUS*") && code(e.target(), "UKR*") || code(e.source(), "UKR*") && code(e.target(), "RUS*");
            if (!between || e.negated()) continue;
            int[] c = expected.computeIfAbsent(e.date().withDayOfMonth(1).toString(), k -> new int[2]);
            c[e.cameo().quadClass() <= 2 ? 0 : 1]++;
        }
        assertEquals(expected.size(), rows.size());
        int i = 0;
        for (Map.Entry<String, int[]> m : expected.entrySet()) {
            JsonNode r = rows.get(i++);
            assertEquals(m.getKey(), r.get("period").asText());
            assertEquals(m.getValue()[0] + m.getValue()[1], r.get("events").asInt());
            assertEquals(m.getValue()[0] - m.getValue()[1], r.get("coop_minus_conflict").asInt());
        }
        assertEquals(0, ok("/api/aggregates?plover=THREATEN").get("rows").size(), "negated events never count");
    }

    @Test
    void placesCountTheLocatedEvents() {
        JsonNode places = ok("/api/places").get("places");
        Map<String, Integer> expected = new HashMap<>();
        for (Event e : all) if (e.location() != null && !e.negated()) expected.merge(e.location().name(), 1, Integer::sum);
        assertEquals(expected.size(), places.size());
        assertEquals("Luhansk", places.get(0).get("name").asText(), "most events first");
        for (JsonNode p : places) {
            assertEquals(expected.get(p.get("name").asText()), p.get("events").asInt(), p.toString());
            assertEquals(p.get("events").asInt(), p.get("cooperation").asInt() + p.get("conflict").asInt());
        }
        JsonNode ukraine = ok("/api/places?country=UKR&quad=4").get("places");
        assertEquals(List.of("Luhansk", "Kerch"), list(ukraine).stream().map(p -> p.get("name").asText()).sorted(Comparator.reverseOrder()).toList());
        assertEquals(1, ok("/api/places?limit=1").get("places").size());
    }

    // ------------------------------------------------------------------------------------------ status, OpenAPI

    @Test
    void statsAndHealthSayWhatTheServerHolds() {
        JsonNode s = ok("/api/stats");
        assertEquals("seed.duckdb", s.get("database").asText());
        assertFalse(s.get("writes").asBoolean());
        assertEquals(8, s.get("documents").asInt());
        assertEquals(7, s.get("coded").asInt());
        assertEquals(1, s.get("skipped").asInt());
        assertEquals(all.size(), s.get("events").asInt());
        assertEquals(all.stream().filter(e -> e.location() != null).count(), s.get("located_events").asLong());
        assertEquals("2019-01-10", s.get("first_date").asText());
        assertEquals("2019-06-20", s.get("last_date").asText());
        assertEquals(dyad.store.Schema.CURRENT_VERSION, s.get("schema_version").asInt());
        JsonNode h = ok("/api/health");
        assertEquals("ok", h.get("status").asText());
        assertFalse(h.get("writes").asBoolean());
        assertEquals(0, h.get("code").get("running").asInt());
    }

    @Test
    void theOpenApiFileDescribesEveryRouteAndParameter() {
        JsonNode api = ok("/api/openapi.json");
        assertEquals("3.0.3", api.get("openapi").asText());
        Map<String, Set<String>> params = Map.of(
                "/api/events", EventsApi.LIST_PARAMETERS, "/api/aggregates", AggregatesApi.AGGREGATE_PARAMETERS,
                "/api/places", AggregatesApi.PLACE_PARAMETERS, "/api/code", CodeApi.PARAMETERS, "/api/documents/{id}", Set.of("id"),
                "/api/health", Set.of(), "/api/stats", Set.of(), "/api/openapi.json", Set.of());
        Set<String> paths = new HashSet<>();
        api.get("paths").fieldNames().forEachRemaining(paths::add);
        assertEquals(params.keySet(), paths);
        for (String path : paths) {
            JsonNode op = api.get("paths").get(path).elements().next();
            Set<String> names = new HashSet<>();
            for (JsonNode p : op.path("parameters")) {
                JsonNode resolved = p.has("$ref") ? api.at(p.get("$ref").asText().substring(1)) : p;
                names.add(resolved.get("name").asText());
            }
            assertEquals(params.get(path), names, path);
            if (api.get("paths").get(path).has("get")) {
                assertEquals(200, http.get(path.replace("{id}", "kerch")).status(), path + " answers");
            }
        }
        Set<String> plover = new HashSet<>();
        api.at("/components/parameters/plover/schema/items/enum").forEach(v -> plover.add(v.asText()));
        assertEquals(Ontology.PLOVER_EVENTS, plover);
    }

    // ------------------------------------------------------------------------------------------ bad requests

    @Test
    void badParametersAre400sThatNameTheParameter() {
        Map<String, String> bad = new LinkedHashMap<>();
        bad.put("/api/events?from=2019-13-01", "from");
        bad.put("/api/events?to=yesterday", "to");
        bad.put("/api/events?from=2019-05-01&to=2019-04-01", "to");
        bad.put("/api/events?from=2019-01-01&from=2019-02-01", "from");
        bad.put("/api/events?limit=1001", "limit");
        bad.put("/api/events?limit=0", "limit");
        bad.put("/api/events?limit=ten", "limit");
        bad.put("/api/events?offset=100001", "offset");
        bad.put("/api/events?colour=red", "colour");
        bad.put("/api/events?source=RUS%25", "source");
        bad.put("/api/events?source=RUS'%20OR%201=1--", "source");
        bad.put("/api/events?country=Iran", "country");
        bad.put("/api/events?plover=FIGHT", "plover");
        bad.put("/api/events?dyad=RUS", "dyad");
        bad.put("/api/events?cameo=1a", "cameo");
        bad.put("/api/events?root=21", "root");
        bad.put("/api/events?quad=5", "quad");
        bad.put("/api/events?negated=maybe", "negated");
        bad.put("/api/events?sort=colour", "sort");
        bad.put("/api/events?cursor=not-a-cursor", "cursor");
        bad.put("/api/events?format=xml", "format");
        bad.put("/api/events?q=", "q");
        bad.put("/api/aggregates?period=fortnight", "period");
        bad.put("/api/aggregates?group=city", "group");
        bad.put("/api/places?limit=5001", "limit");
        bad.put("/api/stats?verbose=1", "verbose");
        bad.put("/api/documents/kerch?x=1", "x");
        for (Map.Entry<String, String> b : bad.entrySet()) {
            Http.Response r = http.get(b.getKey());
            assertEquals(400, r.status(), b.getKey() + ": " + r.body());
            assertEquals("application/json", r.header("Content-Type"));
            assertEquals(b.getValue(), r.json().get("parameter").asText(), b.getKey());
            String message = r.json().get("error").asText();
            assertTrue(message.startsWith("parameter '" + b.getValue() + "'"), message);
            assertNoStackTrace(r.body());
        }
        // a cursor made for another order
        String next = ok("/api/events?limit=2&sort=-date").get("next").asText();
        Http.Response wrong = http.get("/api/events?sort=goldstein&cursor=" + next);
        assertEquals(400, wrong.status());
        assertTrue(wrong.json().get("error").asText().contains("made for sort=-date"), wrong.body());
        assertEquals(400, http.get("/api/events?cursor=" + next + "&offset=3").status());
    }

    static void assertNoStackTrace(String body) {
        assertFalse(body.contains("\tat ") || body.contains("at dyad.") || body.contains("at io.javalin") || body.contains("Exception:"),
                "no stack trace in a response: " + body);
    }

    @Test
    void unknownEndpointsAndMethodsAreJsonErrors() {
        Http.Response r = http.get("/api/nothing-here");
        assertEquals(404, r.status());
        assertTrue(r.json().get("error").asText().contains("/api/nothing-here"));
        Http.Response post = http.post("/api/events", "text/plain", "x", Map.of());
        assertTrue(post.status() == 404 || post.status() == 405, post.status() + " " + post.body());
        assertNotNull(post.json().get("error"));
        Http.Response get = http.get("/api/code");
        assertTrue(get.status() == 404 || get.status() == 405);
    }

    // ------------------------------------------------------------------------------------------ static files

    @Test
    void thePagesAndTheirAssetsAreServedFromTheBundle() {
        for (String page : List.of("/", "/index.html", "/story.html", "/timeline.html", "/map.html", "/code.html")) {
            Http.Response r = http.get(page);
            assertEquals(200, r.status(), page);
            assertTrue(r.header("Content-Type").replace(" ", "").equals("text/html;charset=utf-8"), r.header("Content-Type"));
            assertTrue(r.body().contains("assets/app.js"), page);
            assertEquals("nosniff", r.header("X-Content-Type-Options"));
            assertTrue(r.header("Content-Security-Policy").contains("default-src 'self'"));
        }
        assertTrue(http.get("/assets/app.js").header("Content-Type").startsWith("text/javascript"));
        assertEquals(200, http.get("/vendor/leaflet/leaflet.js").status());
        assertTrue(http.get("/vendor/world-atlas/countries-50m.json").body().contains("\"countries\""));
    }

    /**
     * Every path that reaches the router and is not a bundled file is a 404; paths that climb above the root or hold a
     * NUL byte are refused earlier, by Jetty's request parser, with a 400 (as JSON too). None reaches a file.
     */
    @Test
    void pathTraversalAndUnlistedFilesAre404s() {
        List<String> routed = List.of("/assets/..%2f..%2fpom.xml", "/..%5c..%5cpom.xml", "/assets/%2e%2e%2fapp.js",
                "/files.txt", "/dyad/server/openapi.json", "/simplelogger.properties", "/dyad/server/DyadServer.class",
                "/WEB-INF/web.xml", "/assets/", "/assets", "//etc/passwd", "/vendor/leaflet/leaflet.js.map", "/etc/passwd",
                "/vendor/leaflet/%2e%2e/%2e%2e/index.html", "/index.html/", "/assets/app.js%2f");
        List<String> unparsable = List.of("/../pom.xml", "/assets/../../pom.xml", "/%2e%2e/%2e%2e/pom.xml",
                "/assets/%2e%2e/%2e%2e/%2e%2e/etc/passwd", "/vendor/leaflet/../../../../../../../../etc/passwd", "/%00index.html",
                "/index.html%00.js");
        for (String a : routed) {
            Http.Response r = raw(a);
            assertEquals(404, r.status(), a + " -> " + r.body());
            assertEquals("application/json", r.header("Content-Type"), a);
            assertTrue(r.json().get("error").asText().startsWith("no such page"), a + " -> " + r.body());
        }
        for (String a : unparsable) {
            Http.Response r = raw(a);
            assertEquals(400, r.status(), a + " -> " + r.body());
            assertTrue(r.json().get("error").asText().startsWith("bad request"), a + " -> " + r.body());
        }
    }

    /** The path exactly as written (no client-side normalisation). */
    private Http.Response raw(String path) {
        return http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(server.url().replaceAll("/$", "") + path)).GET().build());
    }
}
