package dyad.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dyad.coder.BatchRunner;
import dyad.ingest.InputItem;
import dyad.ingest.InputReader;
import dyad.model.Document;
import dyad.model.Event;
import dyad.output.EventSink;
import dyad.store.EventStore;
import dyad.store.StoreSink;
import io.javalin.http.Context;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * {@code POST /api/code}: one document in the body, its events out, as {@code dyad code} codes it: the body is read
 * by {@code dyad code}'s {@link InputReader} (a plain text, or a JSON object like a line of a {@code .jsonl} file;
 * a web page's article extracted as from an {@code .html} file; empty and over-long documents skipped with its reasons), and coded by the library's
 * {@link BatchRunner} (its time limit and skip reasons). With {@code ?store=true} and the write token the document
 * is also stored, replacing whatever was stored under its id.
 */
final class CodeApi {
    static final Set<String> PARAMETERS = Set.of("store", "format", "id", "date", "title", "url");
    static final String ORIGIN = "POST /api/code";
    private static final Pattern ID = Pattern.compile("[\\p{L}\\p{N}._:/-]{1,200}");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Database db;
    private final Models models;
    private final CodeGate gate;
    private final WriteToken token;
    private final ServerConfig config;

    CodeApi(Database db, Models models, CodeGate gate, WriteToken token, ServerConfig config) {
        this.db = db;
        this.models = models;
        this.gate = gate;
        this.token = token;
        this.config = config;
    }

    /** What the request asks for besides the body. */
    private record Request(boolean store, String format, String id, LocalDate date, String title, String url) {
    }

    void code(Context ctx) {
        Params p = new Params(ctx.queryParamMap()).allowOnly(PARAMETERS);
        Boolean storeParam = p.bool("store");
        Request req = new Request(storeParam != null && storeParam, p.oneOf("format", List.of("json", "jsonl", "csv"), "json"),
                p.matching("id", ID, false, "a document id (letters, digits and . _ : / -, up to 200)"), p.date("date"),
                p.string("title"), p.string("url"));
        long declared = ctx.req().getContentLengthLong();
        if (declared > config.maxBodyBytes()) throw ApiException.tooLarge(config.maxBodyBytes());
        if (req.store()) {
            if (token == null) {
                throw ApiException.forbidden("writes are off: this server was started without a write token"
                        + " (dyad serve --token-file FILE, or DYAD_WRITE_TOKEN)");
            }
            token.check(ctx.header("Authorization"));
        }
        try (CodeGate.Turn turn = gate.enter()) {
            byte[] body = readBody(ctx);
            Result result = run(req, body, isJson(ctx.contentType()));
            respond(ctx, req, result);
        }
    }

    private static boolean isJson(String contentType) {
        return contentType != null && contentType.toLowerCase(Locale.ROOT).contains("json");
    }

    private byte[] readBody(Context ctx) {
        long max = config.maxBodyBytes();
        try (InputStream in = ctx.req().getInputStream()) {
            byte[] b = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
            if (b.length > max) throw ApiException.tooLarge(max);
            if (b.length == 0) throw ApiException.badRequest("the body is empty: send the text to code");
            return b;
        } catch (IOException e) {
            throw ApiException.badRequest("cannot read the request body: " + e.getMessage());
        }
    }

    /** What coding the body gave: the document (as read and dated), its text and events, or why it was skipped. */
    record Result(String id, Document document, String cleanText, List<String> sentences, List<Event> events, String skipped,
                  List<String> warnings, boolean stored) {
    }

    private Result run(Request req, byte[] body, boolean json) {
        byte[] input = json ? jsonLine(body, req) : body;
        String defaultId = req.id() != null ? req.id() : "api-" + EventStore.sha256(new String(body, StandardCharsets.UTF_8)).substring(0, 16);
        Capture capture = new Capture();
        List<String> warnings = new ArrayList<>();
        List<EventSink> sinks = new ArrayList<>(List.of(capture));
        if (req.store()) sinks.add(StoreSink.sharing(db.store(), 1));
        BatchRunner runner = new BatchRunner(models.coder(config.timeLimitSeconds()), 1, config.timeLimitSeconds(), req.date());
        BatchRunner.Source source = items -> new InputReader(InputReader.DEFAULT_MAX_CHARS, InputReader.CODED_LANGUAGES)
                .read(List.of("-"), new ByteArrayInputStream(input), item -> items.accept(rename(item, req, defaultId)));
        try (EventSink sink = EventSink.all(sinks)) {
            runner.run(source, sink, new BatchRunner.Listener() {
                @Override
                public void undated(LocalDate today) {
                    warnings.add("the document has no date: coded with today's, " + today + " (give ?date=YYYY-MM-DD or a 'date' field)");
                }
            });
            sink.finish();
        } catch (IOException e) {
            throw new IllegalStateException("coding failed: " + e.getMessage(), e);
        }
        if (capture.document == null && capture.skip == null) throw ApiException.badRequest("the body holds no document");
        boolean stored = req.store() && (capture.skip == null || !capture.skip.retry());
        if (capture.skip != null) {
            return new Result(capture.skip.id(), capture.skip.document(), null, List.of(), List.of(), capture.skip.reason(),
                    warnings, stored);
        }
        return new Result(capture.document.id(), capture.document, capture.cleanText, capture.sentences, capture.events, null, warnings, stored);
    }

    /**
     * A JSON body as one line of a {@code .jsonl} file, with the id (given, or derived from the text) and the query's
     * fields where the body has none; a body that is not a JSON object is a 400.
     */
    private static byte[] jsonLine(byte[] body, Request req) {
        JsonNode n;
        try {
            n = JSON.readTree(body);
        } catch (IOException e) {
            throw ApiException.badRequest("the body is not valid JSON: " + e.getMessage().lines().findFirst().orElse(""));
        }
        if (n == null || !n.isObject()) throw ApiException.badRequest("a JSON body must be an object: {\"text\": ..., \"date\": ..., \"id\": ...}");
        ObjectNode o = (ObjectNode) n;
        if (!o.path("text").isTextual()) throw ApiException.badParameter("text", "the JSON body needs a 'text' string");
        if (!o.hasNonNull("id") && req.id() != null) o.put("id", req.id());
        if (!o.hasNonNull("date") && req.date() != null) o.put("date", req.date().toString());
        if (!o.hasNonNull("title") && req.title() != null) o.put("title", req.title());
        if (!o.hasNonNull("url") && req.url() != null) o.put("url", req.url());
        if (!o.hasNonNull("id")) o.put("id", "api-" + EventStore.sha256(o.get("text").asText()).substring(0, 16));
        try {
            return (JSON.writeValueAsString(o) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The body's document under its id (a plain body reads as "stdin"), with the query's title and url. */
    private static InputItem rename(InputItem item, Request req, String defaultId) {
        if (item instanceof InputItem.Read r) {
            Document d = r.document();
            String id = d.id().equals("stdin") || d.id().startsWith("stdin:") ? defaultId : d.id();
            return new InputItem.Read(new Document(id, d.text(), d.date(), d.title() != null ? d.title() : req.title(),
                    d.url() != null ? d.url() : req.url(), ORIGIN));
        }
        if (item instanceof InputItem.Skipped s) {
            String id = s.id().equals("stdin") || s.id().startsWith("stdin:") ? defaultId : s.id();
            return new InputItem.Skipped(ORIGIN, id, s.reason());
        }
        return item;
    }

    /** Keeps the batch's one result. */
    private static final class Capture implements EventSink {
        Document document;
        String cleanText;
        List<String> sentences = List.of();
        List<Event> events = List.of();
        Skip skip;

        @Override
        public void coded(Document d, List<String> s, List<Event> e) {
            coded(d, null, s, e);
        }

        @Override
        public void coded(Document d, String text, List<String> s, List<Event> e) {
            document = d;
            cleanText = text;
            sentences = s;
            events = e;
        }

        @Override
        public void skipped(Skip s) {
            skip = s;
        }

        @Override
        public void close() {
        }
    }

    private void respond(Context ctx, Request req, Result r) {
        ctx.header("X-Dyad-Status", r.skipped() == null ? "coded" : "skipped");
        if (!req.format().equals("json")) {
            if (r.skipped() != null) ctx.header("X-Dyad-Reason", r.skipped().replaceAll("[^\\x20-\\x7e]", "?"));
            Json.send(ctx, Json.contentType(req.format()), Json.eventFile(r.events(), req.format()));
            return;
        }
        Json.send(ctx, g -> {
            g.writeStartObject();
            Document d = r.document();
            g.writeStringField("id", r.id());
            g.writeStringField("status", r.skipped() == null ? "coded" : "skipped");
            g.writeStringField("reason", r.skipped());
            g.writeStringField("date", d == null || d.date() == null ? null : d.date().toString());
            g.writeBooleanField("stored", r.stored());
            g.writeArrayFieldStart("warnings");
            for (String w : r.warnings()) g.writeString(w);
            g.writeEndArray();
            g.writeStringField("text", r.cleanText());
            g.writeNumberField("sentences", r.sentences().size());
            g.writeFieldName("events");
            Json.events(g, r.events());
            g.writeFieldName("spans");
            Highlights.write(g, Highlights.of(r.events()));
            g.writeEndObject();
        });
    }
}
