package dyad.server;

import dyad.store.ResultTable;
import io.javalin.http.Context;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Set;

/**
 * {@code GET /api/health} (is the server up, are the models loaded, how busy is coding), {@code GET /api/stats}
 * (what the database holds) and {@code GET /api/openapi.json} (the API's description, a bundled file).
 */
final class StatusApi {
    static final String OPENAPI = "/dyad/server/openapi.json";

    private final Queries queries;
    private final Database db;
    private final Models models;
    private final CodeGate gate;
    private final byte[] openApi;

    StatusApi(Queries queries, Database db, Models models, CodeGate gate) {
        this.queries = queries;
        this.db = db;
        this.models = models;
        this.gate = gate;
        this.openApi = resource(OPENAPI);
    }

    static byte[] resource(String name) {
        try (InputStream in = StatusApi.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("resource " + name + " is missing from the build");
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void health(Context ctx) {
        new Params(ctx.queryParamMap()).allowOnly(Set.of());
        boolean database = queries.ping();
        Json.send(ctx, g -> {
            g.writeStartObject();
            g.writeStringField("status", database ? "ok" : "database unavailable");
            g.writeStringField("models", models.state().name().toLowerCase(Locale.ROOT));
            g.writeBooleanField("writes", db.writable());
            g.writeObjectFieldStart("code");
            g.writeNumberField("threads", gate.threads());
            g.writeNumberField("queue", gate.queue());
            g.writeNumberField("running", gate.running());
            g.writeNumberField("waiting", gate.waiting());
            g.writeEndObject();
            g.writeEndObject();
        });
    }

    void stats(Context ctx) {
        new Params(ctx.queryParamMap()).allowOnly(Set.of());
        ResultTable t = queries.stats();
        Json.send(ctx, g -> {
            g.writeStartObject();
            g.writeStringField("database", db.file().getFileName().toString());
            g.writeBooleanField("writes", db.writable());
            for (String c : t.columns()) {
                Object v = t.get(0, c);
                g.writeFieldName(c);
                if (v == null) g.writeNull();
                else if (v instanceof Long l) g.writeNumber(l);
                else if (v instanceof Boolean b) g.writeBoolean(b);
                else g.writeString(v.toString());
            }
            g.writeEndObject();
        });
    }

    void openApi(Context ctx) {
        Json.send(ctx, Json.JSON, openApi);
    }
}
