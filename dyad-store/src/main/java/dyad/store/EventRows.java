package dyad.store;

import dyad.model.Actor;
import dyad.model.ActorCode;
import dyad.model.CameoCode;
import dyad.model.Event;
import dyad.model.Location;
import dyad.model.Modality;
import dyad.model.Span;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;

/**
 * Stored event rows back into {@link Event}s, the inverse of what {@link EventStore} writes, so that events read from
 * the database are written by the same writers as {@code dyad code}'s ({@code JsonLinesWriter}, {@code CsvWriter}).
 * Select {@link #COLUMNS} from {@code events}; lists stored as {@code ;}-joined text become lists again.
 */
public final class EventRows {
    /** The columns {@link #read} needs, in the order it reads them. */
    public static final String COLUMNS = "event_id, doc_id, sentence_index, sentence, date, "
            + "source_code, source_text, source_country, source_sectors, source_entity, source_start, source_end, source_rule, "
            + "target_code, target_text, target_country, target_sectors, target_entity, target_start, target_end, target_rule, "
            + "cameo_code, cameo_name, goldstein, quad_class, plover_event, plover_mode, plover_context, "
            + "trigger_text, trigger_start, trigger_end, negated, pattern, date_rule, notes, hypothetical, future, historical, "
            + "location_name, location_country, location_admin1, location_lat, location_lon, location_geonames_id, "
            + "location_precision, location_text, location_start, location_end, location_basis";

    private EventRows() {
    }

    /** The event in the result set's current row (selected with {@link #COLUMNS}). */
    public static Event read(ResultSet r) throws SQLException {
        String docId = r.getString(2);
        java.sql.Date date = r.getDate(5);
        Actor source = actor(r, 6);
        Actor target = r.getString(14) == null ? null : actor(r, 14);
        CameoCode cameo = new CameoCode(r.getString(22), r.getString(23), r.getDouble(24), r.getInt(25), r.getString(26),
                r.getString(27) == null ? "" : r.getString(27), list(r.getString(28), ";"));
        Span trigger = r.getString(29) == null ? null : new Span(r.getString(29), r.getInt(30), r.getInt(31));
        Event.Evidence evidence = new Event.Evidence(r.getString(33), r.getString(34), list(r.getString(35), "\n"));
        Modality modality = new Modality(r.getBoolean(36), r.getBoolean(37), r.getBoolean(38));
        return new Event(r.getString(1), docId, r.getInt(3), r.getString(4), date == null ? null : date.toLocalDate(),
                source, target, cameo, trigger, r.getBoolean(32), modality, evidence, location(r, 39));
    }

    /** The eight actor columns from {@code i}: code, text, country, sectors, entity, start, end, rule. */
    private static Actor actor(ResultSet r, int i) throws SQLException {
        ActorCode code = new ActorCode(r.getString(i), r.getString(i + 2), list(r.getString(i + 3), ";"));
        int start = r.getInt(i + 5);
        Span span = r.wasNull() ? null : new Span(r.getString(i + 1), start, r.getInt(i + 6));
        return new Actor(code, r.getString(i + 1), r.getString(i + 4), span, r.getString(i + 7));
    }

    /** The location columns from {@code i}, or null when the event has none. */
    private static Location location(ResultSet r, int i) throws SQLException {
        String name = r.getString(i);
        if (name == null) return null;
        long geonames = r.getLong(i + 5);
        Long geonamesId = r.wasNull() ? null : geonames;
        int start = r.getInt(i + 8);
        Span text = r.wasNull() ? null : new Span(r.getString(i + 7), start, r.getInt(i + 9));
        return new Location(name, r.getString(i + 1), r.getString(i + 2), r.getDouble(i + 3), r.getDouble(i + 4), geonamesId,
                r.getString(i + 6), text, r.getString(i + 10));
    }

    private static List<String> list(String joined, String separator) {
        return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split(separator, -1));
    }
}
