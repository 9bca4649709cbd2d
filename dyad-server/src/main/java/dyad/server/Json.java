package dyad.server;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dyad.model.Event;
import dyad.output.EventWriter;
import dyad.store.ResultTable;
import io.javalin.http.Context;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Response bodies. Events are written by {@code dyad code}'s own writers ({@link EventWriter}: the JSON lines
 * objects, or CSV), so an event reads the same from the API as from {@code dyad code}; tables are
 * {@link ResultTable}s as {@code dyad report --format json} writes them.
 */
final class Json {
    private static final JsonFactory FACTORY = new JsonFactory();

    private Json() {
    }

    /** What writes one response object. */
    @FunctionalInterface
    interface Body {
        void write(JsonGenerator g) throws IOException;
    }

    static byte[] of(Body body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(4096);
        try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            body.write(g);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static final String JSON = "application/json";
    static final String JSONL = "application/x-ndjson";
    static final String CSV = "text/csv; charset=utf-8";

    /** Sends a body with its content type. */
    static void send(Context ctx, String contentType, byte[] body) {
        ctx.contentType(contentType).result(body);
    }

    static void send(Context ctx, Body body) {
        send(ctx, JSON, of(body));
    }

    /** The content type of a {@code format=} value: json, jsonl or csv. */
    static String contentType(String format) {
        return switch (format) {
            case "jsonl" -> JSONL;
            case "csv" -> CSV;
            default -> JSON;
        };
    }

    /** {@code {"error": message, "parameter": name}} (the parameter only when one is at fault). */
    static byte[] error(String message, String parameter) {
        return of(g -> {
            g.writeStartObject();
            g.writeStringField("error", message);
            if (parameter != null) g.writeStringField("parameter", parameter);
            g.writeEndObject();
        });
    }

    /** The events as an array of {@code dyad code}'s JSON objects. */
    static void events(JsonGenerator g, List<Event> events) throws IOException {
        g.writeStartArray();
        String lines = new String(eventFile(events, "jsonl"), StandardCharsets.UTF_8);
        for (String line : lines.split("\n")) {
            if (!line.isEmpty()) g.writeRawValue(line);
        }
        g.writeEndArray();
    }

    /** The events as {@code dyad code} writes them: JSON lines ({@code jsonl}) or CSV with its header ({@code csv}). */
    static byte[] eventFile(List<Event> events, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1024 + 1024 * events.size());
        try (EventWriter w = EventWriter.of(format, out, true)) {
            for (Event e : events) w.write(e);
            w.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A table as an array of objects, keys in column order. */
    static void table(JsonGenerator g, ResultTable t) throws IOException {
        g.writeStartArray();
        for (String line : t.toJson(true).split("\n")) {
            if (!line.isEmpty()) g.writeRawValue(line);
        }
        g.writeEndArray();
    }
}
