package dyad.server;

import dyad.store.Reports;
import dyad.store.ResultTable;
import io.javalin.http.Context;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code GET /api/aggregates}: {@code dyad report}'s count tables (events, Goldstein sum and mean, QuadClass counts,
 * cooperation minus conflict) per day, week, month or year, overall or per dyad, country, PLOVER type, CAMEO root or
 * QuadClass, over the events a filter selects; and {@code GET /api/places}: event locations with their counts.
 */
final class AggregatesApi {
    static final Set<String> AGGREGATE_PARAMETERS = EventsApi.union(EventFilter.PARAMETERS, Set.of("period", "group", "format"));
    static final Set<String> PLACE_PARAMETERS = EventsApi.union(EventFilter.PARAMETERS, Set.of("limit"));
    static final int MAX_PLACES = 5000;

    private final Queries queries;
    private final EventsApi events;

    AggregatesApi(Queries queries, EventsApi events) {
        this.queries = queries;
        this.events = events;
    }

    void aggregates(Context ctx) {
        Params p = new Params(ctx.queryParamMap()).allowOnly(AGGREGATE_PARAMETERS);
        EventFilter filter = events.filter(p);
        String period = p.oneOf("period", List.of("day", "week", "month", "year"), "month");
        String group = p.oneOf("group", List.of("total", "dyad", "country", "plover", "root", "quad"), "total");
        String format = p.oneOf("format", List.of("json", "jsonl", "csv"), "json");
        ResultTable t = queries.aggregates(filter, Reports.Period.valueOf(period.toUpperCase(Locale.ROOT)),
                Reports.Dimension.valueOf(group.toUpperCase(Locale.ROOT)));
        if (!format.equals("json")) {
            Json.send(ctx, Json.contentType(format), t.format(format.equals("csv") ? ResultTable.Format.CSV : ResultTable.Format.JSONL)
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return;
        }
        Json.send(ctx, g -> {
            g.writeStartObject();
            g.writeStringField("period", period);
            g.writeStringField("group", group);
            g.writeFieldName("rows");
            Json.table(g, t);
            g.writeEndObject();
        });
    }

    void places(Context ctx) {
        Params p = new Params(ctx.queryParamMap()).allowOnly(PLACE_PARAMETERS);
        EventFilter filter = events.filter(p);
        int limit = p.integer("limit", 1, MAX_PLACES, 1000);
        ResultTable t = queries.places(filter, limit);
        Json.send(ctx, g -> {
            g.writeStartObject();
            g.writeFieldName("places");
            Json.table(g, t);
            g.writeEndObject();
        });
    }
}
