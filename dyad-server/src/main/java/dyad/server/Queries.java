package dyad.server;

import dyad.model.Event;
import dyad.store.EventRows;
import dyad.store.Reports;
import dyad.store.ResultTable;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The server's SQL: every query over the event database the API runs, each parameterised (request values are bound,
 * never written into the SQL; the SQL text comes only from this class, {@link EventFilter} and {@link EventOrder}).
 * Aggregates are {@link Reports}' tables over the filtered events, so they equal {@code dyad report}'s.
 */
final class Queries {
    private final Database db;

    Queries(Database db) {
        this.db = db;
    }

    /** A page of events, the number of events the filter matches, and the cursor of the next page (null at the end). */
    record Page(List<Event> events, long total, String next) {
    }

    Page events(EventFilter filter, EventOrder order, int limit, int offset, EventOrder.Cursor after) {
        EventFilter.Where w = filter.where();
        List<Object> args = new ArrayList<>(w.args());
        String where = w.sql();
        if (after != null) {
            EventFilter.Where a = order.after(after);
            where += " AND " + a.sql();
            args.addAll(a.args());
        }
        // The page's rows are chosen from the few columns the filter and the order need, then fetched whole (a top-N
        // over every column costs twice as much on a million events).
        String sql = "SELECT " + EventRows.COLUMNS + ", " + order.key().sql + " AS sort_key FROM events WHERE rowid IN ("
                + "SELECT rowid FROM events WHERE " + where + " ORDER BY " + order.orderBy(order.key().sql)
                + " LIMIT ? OFFSET ?) ORDER BY " + order.orderBy("sort_key");
        args.add(limit + 1);
        args.add(offset);
        return db.read(r -> {
            List<Event> events = new ArrayList<>();
            String next = r.query(sql, args, rows -> {
                String cursor = null;
                while (rows.next()) {
                    if (events.size() == limit) return cursor;
                    events.add(EventRows.read(rows));
                    cursor = order.cursorAt(rows);
                }
                return null;
            });
            long total = r.query("SELECT count(*) FROM events WHERE " + w.sql(), w.args(), rows -> {
                rows.next();
                return rows.getLong(1);
            });
            return new Page(events, total, next);
        });
    }

    /** A stored document: its row, cleaned text (null when stored without one), sentences and events in text order. */
    record StoredDocument(ResultTable row, String text, List<String> sentences, List<Event> events) {
    }

    Optional<StoredDocument> document(String id) {
        List<Object> args = List.of(id);
        return db.read(r -> {
            ResultTable row = r.query("SELECT doc_id, url, title, date, origin, status, reason, sentences, events"
                    + " FROM documents WHERE doc_id = ?", args, ResultTable::read);
            if (row.size() == 0) return Optional.empty();
            String text = r.query("SELECT text FROM document_texts WHERE doc_id = ?", args, rows -> rows.next() ? rows.getString(1) : null);
            List<String> sentences = r.query("SELECT text FROM sentences WHERE doc_id = ? ORDER BY sentence_index", args, rows -> {
                List<String> out = new ArrayList<>();
                while (rows.next()) out.add(rows.getString(1));
                return out;
            });
            List<Event> events = r.query("SELECT " + EventRows.COLUMNS + " FROM events WHERE doc_id = ?"
                    + " ORDER BY sentence_index, trigger_start, event_id", args, rows -> {
                List<Event> out = new ArrayList<>();
                while (rows.next()) out.add(EventRows.read(rows));
                return out;
            });
            return Optional.of(new StoredDocument(row, text, sentences, events));
        });
    }

    /** {@code dyad report}'s count table per period and dimension over the filtered events (negated ones never count). */
    ResultTable aggregates(EventFilter filter, Reports.Period period, Reports.Dimension dimension) {
        EventFilter.Where w = filter.where();
        String sql = Reports.countsSql(period, dimension,
                "SELECT * FROM events WHERE NOT negated AND date IS NOT NULL AND " + w.sql());
        return db.read(r -> r.query(sql, w.args(), ResultTable::read));
    }

    /** Event locations with their counts, most events first, at most {@code limit} places. */
    ResultTable places(EventFilter filter, int limit) {
        EventFilter.Where w = filter.where();
        List<Object> args = new ArrayList<>(w.args());
        args.add(limit);
        String sql = "SELECT location_name AS name, location_country AS country, location_admin1 AS admin1,"
                + " location_lat AS lat, location_lon AS lon, location_precision AS precision, count(*) AS events,"
                + " count(*) FILTER (WHERE quad_class IN (1, 2)) AS cooperation,"
                + " count(*) FILTER (WHERE quad_class IN (3, 4)) AS conflict, round(sum(goldstein), 3) AS goldstein_sum"
                + " FROM events WHERE location_lat IS NOT NULL AND NOT negated AND " + w.sql()
                + " GROUP BY ALL ORDER BY events DESC, name, lat, lon LIMIT ?";
        return db.read(r -> r.query(sql, args, ResultTable::read));
    }

    /** Row counts, the events' first and last dates, the schema version and whether dedup is current. */
    ResultTable stats() {
        return db.read(r -> r.query("""
                SELECT (SELECT count(*) FROM documents) AS documents,
                       (SELECT count(*) FROM documents WHERE status = 'coded') AS coded,
                       (SELECT count(*) FROM documents WHERE status = 'skipped') AS skipped,
                       (SELECT count(*) FROM sentences) AS sentences,
                       (SELECT count(*) FROM events) AS events,
                       (SELECT count(*) FROM events WHERE location_lat IS NOT NULL) AS located_events,
                       (SELECT min(date) FROM events) AS first_date,
                       (SELECT max(date) FROM events) AS last_date,
                       (SELECT CAST(value AS INTEGER) FROM dyad_meta WHERE key = 'schema_version') AS schema_version,
                       (SELECT value = 'true' FROM dyad_meta WHERE key = 'dedup_current') AS dedup_current""",
                List.of(), ResultTable::read));
    }

    /** Whether the database answers (for {@code /api/health}). */
    boolean ping() {
        return db.read(r -> r.query("SELECT 1", List.of(), rows -> rows.next()));
    }
}
