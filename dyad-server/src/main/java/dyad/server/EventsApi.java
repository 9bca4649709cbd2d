package dyad.server;

import dyad.ontology.Ontology;
import dyad.store.ResultTable;
import io.javalin.http.Context;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code GET /api/events} (a filtered, sorted page of events, as JSON, JSON lines or CSV) and
 * {@code GET /api/documents/{id}} (a stored document's cleaned text, sentences, events and the spans to highlight).
 */
final class EventsApi {
    /** The deepest {@code offset}: deeper pages come by cursor, which costs the same at any depth. */
    static final int MAX_OFFSET = 100_000;
    static final int DEFAULT_LIMIT = 50;
    static final Set<String> LIST_PARAMETERS = union(EventFilter.PARAMETERS, Set.of("sort", "limit", "offset", "cursor", "format"));

    private final Queries queries;
    private final Set<String> ploverEvents;
    private final int maxPage;

    EventsApi(Queries queries, int maxPage) {
        this.queries = queries;
        this.ploverEvents = Ontology.PLOVER_EVENTS;
        this.maxPage = maxPage;
    }

    static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> u = new HashSet<>(a);
        u.addAll(b);
        return Set.copyOf(u);
    }

    EventFilter filter(Params p) {
        return EventFilter.from(p, ploverEvents);
    }

    void list(Context ctx) {
        Params p = new Params(ctx.queryParamMap()).allowOnly(LIST_PARAMETERS);
        EventFilter filter = filter(p);
        EventOrder order = EventOrder.from(p);
        int limit = p.integer("limit", 1, maxPage, Math.min(DEFAULT_LIMIT, maxPage));
        int offset = p.integer("offset", 0, MAX_OFFSET, 0);
        String cursor = p.string("cursor");
        if (cursor != null && offset > 0) throw ApiException.badParameter("offset", "give either offset or cursor, not both");
        String format = p.oneOf("format", List.of("json", "jsonl", "csv"), "json");
        Queries.Page page = queries.events(filter, order, limit, offset, cursor == null ? null : order.parse(cursor));
        ctx.header("X-Total-Count", Long.toString(page.total()));
        if (page.next() != null) ctx.header("X-Next-Cursor", page.next());
        if (!format.equals("json")) {
            Json.send(ctx, Json.contentType(format), Json.eventFile(page.events(), format));
            return;
        }
        Json.send(ctx, g -> {
            g.writeStartObject();
            g.writeNumberField("total", page.total());
            g.writeNumberField("limit", limit);
            g.writeNumberField("offset", offset);
            g.writeStringField("sort", order.apiName());
            g.writeStringField("next", page.next());
            g.writeFieldName("events");
            Json.events(g, page.events());
            g.writeEndObject();
        });
    }

    void document(Context ctx) {
        new Params(ctx.queryParamMap()).allowOnly(Set.of());
        String id = ctx.pathParam("id");
        Queries.StoredDocument d = queries.document(id)
                .orElseThrow(() -> ApiException.notFound("no document '" + id + "' in the database"));
        ResultTable row = d.row();
        Json.send(ctx, g -> {
            g.writeStartObject();
            for (String c : row.columns()) {
                Object v = row.get(0, c);
                g.writeFieldName(c.equals("sentences") || c.equals("events") ? c + "_count" : c);
                if (v == null) g.writeNull();
                else if (v instanceof Number n) g.writeNumber(n.longValue());
                else g.writeString(v.toString());
            }
            g.writeStringField("text", d.text());
            g.writeArrayFieldStart("sentences");
            int from = 0;
            for (int i = 0; i < d.sentences().size(); i++) {
                String s = d.sentences().get(i);
                int at = d.text() == null ? -1 : d.text().indexOf(s, from);
                g.writeStartObject();
                g.writeNumberField("index", i);
                g.writeNumberField("start", at);
                g.writeNumberField("end", at < 0 ? -1 : at + s.length());
                g.writeStringField("text", s);
                g.writeEndObject();
                if (at >= 0) from = at + s.length();
            }
            g.writeEndArray();
            g.writeFieldName("events");
            Json.events(g, d.events());
            g.writeFieldName("spans");
            Highlights.write(g, d.text() == null ? List.of() : Highlights.of(d.events()));
            g.writeEndObject();
        });
    }
}
