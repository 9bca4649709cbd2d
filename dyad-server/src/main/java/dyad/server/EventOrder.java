package dyad.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

/**
 * The order of an event listing ({@code sort=date}, {@code sort=-goldstein}...) and its cursors: a cursor holds the
 * sort key and event id of a page's last row, and the next page starts after it (keyset paging: no row is skipped or
 * repeated however deep the listing goes). Ties are broken by event id, ascending.
 *
 * @param key        the sort key's name
 * @param descending largest first
 */
record EventOrder(Key key, boolean descending) {
    /** What a listing can be sorted by: a non-null SQL expression per key. */
    enum Key {
        DATE("coalesce(date, DATE '0001-01-01')"),
        GOLDSTEIN("coalesce(goldstein, 0)"),
        CAMEO("cameo_code"),
        SOURCE("source_code"),
        TARGET("coalesce(target_code, '')"),
        DOC("doc_id");

        final String sql;

        Key(String sql) {
            this.sql = sql;
        }

        String apiName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    static final EventOrder DEFAULT = new EventOrder(Key.DATE, true);

    private static final ObjectMapper JSON = new ObjectMapper();

    static EventOrder from(Params p) {
        String s = p.string("sort");
        if (s == null) return DEFAULT;
        boolean desc = s.startsWith("-");
        String name = desc ? s.substring(1) : s;
        for (Key k : Key.values()) {
            if (k.apiName().equals(name.toLowerCase(Locale.ROOT))) return new EventOrder(k, desc);
        }
        throw ApiException.badParameter("sort", "'" + s + "' is not a sort order; use date, goldstein, cameo, source, target or doc,"
                + " with a leading - for descending (-date)");
    }

    String apiName() {
        return (descending ? "-" : "") + key.apiName();
    }

    /** The ORDER BY of a listing whose sort key is {@code key} (the key's SQL, or the column it was selected as). */
    String orderBy(String key) {
        return key + (descending ? " DESC" : " ASC") + ", event_id ASC";
    }

    /** The rows after the cursor's: the condition and the values it binds. */
    EventFilter.Where after(Cursor c) {
        String cmp = descending ? "<" : ">";
        return new EventFilter.Where("(" + key.sql + " " + cmp + " ? OR (" + key.sql + " = ? AND event_id > ?))",
                List.of(c.key(), c.key(), c.eventId()));
    }

    /** A position in a listing: the last row's sort key (a String, Double or java.sql.Date) and event id. */
    record Cursor(Object key, String eventId) {
    }

    /** The cursor after the current row of {@code r}, whose {@code sort_key} and {@code event_id} columns are selected. */
    String cursorAt(ResultSet r) throws SQLException {
        ObjectNode n = JSON.createObjectNode();
        n.put("sort", apiName());
        switch (key) {
            case DATE -> n.put("key", r.getDate("sort_key").toLocalDate().toString());
            case GOLDSTEIN -> n.put("key", r.getDouble("sort_key"));
            default -> n.put("key", r.getString("sort_key"));
        }
        n.put("id", r.getString("event_id"));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(n.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** Reads a cursor this order made; anything else is a 400 naming {@code cursor}. */
    Cursor parse(String cursor) {
        JsonNode n;
        try {
            n = JSON.readTree(new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException | java.io.IOException e) {
            n = null;
        }
        if (n == null || !n.isObject() || !n.path("key").isValueNode() || !n.path("id").isTextual() || !n.path("sort").isTextual()) {
            throw ApiException.badParameter("cursor", "not a cursor of this server (take 'next' from the previous page)");
        }
        if (!n.get("sort").asText().equals(apiName())) {
            throw ApiException.badParameter("cursor", "made for sort=" + n.get("sort").asText() + ", not sort=" + apiName());
        }
        Object k;
        try {
            k = switch (key) {
                case DATE -> java.sql.Date.valueOf(java.time.LocalDate.parse(n.get("key").asText()));
                case GOLDSTEIN -> {
                    if (!n.get("key").isNumber()) throw new IllegalArgumentException();
                    yield n.get("key").asDouble();
                }
                default -> n.get("key").asText();
            };
        } catch (RuntimeException e) {
            throw ApiException.badParameter("cursor", "not a cursor of this server (take 'next' from the previous page)");
        }
        return new Cursor(k, n.get("id").asText());
    }
}
