package dyad.server;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;

import java.nio.file.Path;

/**
 * {@code dyad serve}: the HTTP API and the web view over one event database, in this JVM (Javalin on Jetty). Binds
 * 127.0.0.1 unless told otherwise; reads need no token; writes ({@code POST /api/code?store=true}) need the bearer
 * token, and without one the database is opened read-only. Routes, in one place:
 * <pre>
 *   GET  /api/health  /api/stats  /api/openapi.json
 *   GET  /api/events  /api/documents/{id}  /api/aggregates  /api/places
 *   POST /api/code
 *   GET  /  and the files of the web view (dyad/server/web/files.txt)
 * </pre>
 * Every error is JSON with a message ({@link ApiException}); an unexpected failure is a 500 that says so, with the
 * details on the server's stderr, never in the response.
 */
public final class DyadServer implements AutoCloseable {
    private final ServerConfig config;
    private final Database db;
    private final Javalin app;

    private DyadServer(ServerConfig config, Database db, Javalin app) {
        this.config = config;
        this.db = db;
        this.app = app;
    }

    /**
     * Opens the database (read-only unless the config has a write token) and starts serving it.
     *
     * @param models the coder of {@code POST /api/code}
     */
    public static DyadServer start(ServerConfig config, Path database, Models models) {
        WriteToken token = WriteToken.of(config.token());
        Database db = Database.open(database, config.writable(), config.readers(), config.timeLimitSeconds());
        try {
            Queries queries = new Queries(db);
            CodeGate gate = new CodeGate(config.codeThreads(), config.codeQueue(), config.timeLimitSeconds());
            EventsApi events = new EventsApi(queries, config.maxPage());
            AggregatesApi aggregates = new AggregatesApi(queries, events);
            StatusApi status = new StatusApi(queries, db, models, gate);
            CodeApi code = new CodeApi(db, models, gate, token, config);
            StaticFiles files = StaticFiles.load();
            Javalin app = Javalin.create(c -> {
                settings(c, config);
                c.routes.before(DyadServer::securityHeaders);
                c.routes.get("/api/health", status::health);
                c.routes.get("/api/stats", status::stats);
                c.routes.get("/api/openapi.json", status::openApi);
                c.routes.get("/api/events", events::list);
                c.routes.get("/api/documents/<id>", events::document);
                c.routes.get("/api/aggregates", aggregates::aggregates);
                c.routes.get("/api/places", aggregates::places);
                c.routes.post("/api/code", code::code);
                c.routes.get("/", files::serve);
                c.routes.get("/<path>", files::serve);
                c.routes.exception(ApiException.class, DyadServer::apiError);
                c.routes.exception(HttpResponseException.class, (e, ctx) -> error(ctx, e.getStatus(), message(e.getStatus(), e.getMessage()), null));
                c.routes.exception(Exception.class, DyadServer::unexpected);
                c.routes.error(404, ctx -> {
                    if (ctx.result() == null || ctx.result().isEmpty()) error(ctx, 404, "no such endpoint: " + ctx.method() + " " + ctx.path(), null);
                });
                c.routes.error(405, ctx -> error(ctx, 405, ctx.method() + " is not allowed on " + ctx.path(), null));
            });
            try {
                app.start();
            } catch (RuntimeException e) {
                Throwable root = e;
                while (root.getCause() != null) root = root.getCause();
                throw new IllegalStateException("cannot listen on " + config.host() + ":" + config.port() + ": "
                        + (root.getMessage() == null ? root.toString() : root.getMessage())
                        + " (another program may use the port: choose one with --port)", e);
            }
            return new DyadServer(config, db, app);
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    private static void settings(JavalinConfig c, ServerConfig config) {
        c.jetty.host = config.host();
        c.jetty.port = config.port();
        c.http.maxRequestSize = config.maxBodyBytes();
        c.http.generateEtags = true;
        c.startup.showJavalinBanner = false;
        c.startup.showOldJavalinVersionWarning = false;
        c.jetty.modifyServer(s -> s.setErrorHandler(new JettyErrors()));
    }

    /** What every response carries: nothing from elsewhere runs in the pages, and they are not framed. */
    private static void securityHeaders(Context ctx) {
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("Content-Security-Policy", "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline';"
                + " object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'");
    }

    private static void apiError(ApiException e, Context ctx) {
        e.headers().forEach(ctx::header);
        error(ctx, e.status(), e.getMessage(), e.parameter());
    }

    private static void error(Context ctx, int status, String message, String parameter) {
        ctx.status(status);
        Json.send(ctx, Json.JSON, Json.error(message, parameter));
    }

    /** Javalin's own errors (413 from its body limit, 400 for a body it cannot read) in words. */
    private static String message(int status, String given) {
        if (status == HttpStatus.CONTENT_TOO_LARGE.getCode()) return "the request body is too large";
        return given == null || given.isBlank() ? HttpStatus.forStatus(status).getMessage() : given;
    }

    /** A bug or a failing database: a 500 that says what failed in one line; the stack trace only on stderr. */
    private static void unexpected(Exception e, Context ctx) {
        System.err.println("dyad serve: " + ctx.method() + " " + ctx.path() + " failed: " + e);
        if (System.getenv("DYAD_DEBUG") != null) e.printStackTrace();
        error(ctx, 500, "internal error: " + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + firstLine(e.getMessage())), null);
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    /** The port it listens on (the one picked when the config asked for 0). */
    public int port() {
        return app.port();
    }

    /** The address to open in a browser. */
    public String url() {
        String host = config.host().contains(":") ? "[" + config.host() + "]" : config.host();
        return "http://" + (host.equals("0.0.0.0") ? "127.0.0.1" : host) + ":" + port() + "/";
    }

    public ServerConfig config() {
        return config;
    }

    /** Stops serving and closes the database. */
    @Override
    public void close() {
        try {
            app.stop();
        } finally {
            db.close();
        }
    }
}
