package dyad.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Aggregate reports over the stored events (SQL documented in {@code docs/database.md}). Negated events are never
 * counted. Each report has the same measures per group:
 * <ul>
 *   <li>{@code events}: the number of events;</li>
 *   <li>{@code goldstein_sum}, {@code goldstein_mean}: of the events' Goldstein scores (rounded to 3 places);</li>
 *   <li>{@code q1_verbal_coop}, {@code q2_material_coop}, {@code q3_verbal_conflict}, {@code q4_material_conflict}:
 *       events per CAMEO QuadClass;</li>
 *   <li>{@code coop_minus_conflict} = (q1 + q2) - (q3 + q4): the cooperation-minus-conflict index.</li>
 * </ul>
 * A report runs over all events, or (with {@code oneADay}) over the view {@code events_one_a_day}: one event per
 * date, source, target and CAMEO code. Date bounds are inclusive; null means unbounded.
 */
public final class Reports {
    public enum Period {
        DAY("day"), WEEK("week"), MONTH("month"), YEAR("year");
        final String sql;

        Period(String sql) {
            this.sql = sql;
        }
    }

    /** What a count report groups by (besides the period). */
    public enum Dimension {
        /** source code and target code (events with a target) */
        DYAD,
        /** each country an event involves, as source or target (an event between two countries counts for both) */
        COUNTRY,
        /** the PLOVER event type */
        PLOVER,
        /** the two-digit CAMEO root */
        ROOT,
        /** the CAMEO QuadClass */
        QUAD,
        /** nothing: one row per period */
        TOTAL
    }

    static final String MEASURES = """
            count(*) AS events,
            round(sum(goldstein), 3) AS goldstein_sum,
            round(avg(goldstein), 3) AS goldstein_mean,
            count(*) FILTER (WHERE quad_class = 1) AS q1_verbal_coop,
            count(*) FILTER (WHERE quad_class = 2) AS q2_material_coop,
            count(*) FILTER (WHERE quad_class = 3) AS q3_verbal_conflict,
            count(*) FILTER (WHERE quad_class = 4) AS q4_material_conflict,
            count(*) FILTER (WHERE quad_class IN (1, 2)) - count(*) FILTER (WHERE quad_class IN (3, 4)) AS coop_minus_conflict""";

    private static final Pattern ISO3 = Pattern.compile("[A-Z]{3}");

    private final EventStore store;
    private final String basis;

    /** Reports over all (non-negated) events. */
    public Reports(EventStore store) {
        this(store, false);
    }

    /** Reports over all events, or over one event per date, source, target and CAMEO code. */
    public Reports(EventStore store, boolean oneADay) {
        this.store = store;
        this.basis = oneADay ? "events_one_a_day" : "events";
    }

    /** Counts and measures per period and dimension value, ordered by period then group. */
    public ResultTable counts(Period period, Dimension dimension, LocalDate from, LocalDate to) {
        return query(countsSql(period, dimension, "SELECT * FROM " + basis + " WHERE NOT negated AND date IS NOT NULL"
                + range(from, to)));
    }

    /**
     * The SQL of {@link #counts}: the same table over {@code base}, a SELECT of event rows with a date, none negated
     * (the HTTP server's filtered aggregates: {@code base} may hold {@code ?} parameters, bound by the caller).
     */
    public static String countsSql(Period period, Dimension dimension, String base) {
        String p = period == Period.DAY ? "date" : "CAST(date_trunc('" + period.sql + "', date) AS DATE)";
        return switch (dimension) {
            case DYAD -> "SELECT " + p + " AS period, source_code, target_code,\n" + MEASURES + "\nFROM (" + base
                    + " AND target_code IS NOT NULL) GROUP BY ALL ORDER BY period, source_code, target_code";
            case COUNTRY -> "WITH b AS (" + base + "), c AS (\n"
                    + "  SELECT *, source_country AS country FROM b WHERE source_country IS NOT NULL\n"
                    + "  UNION ALL SELECT *, target_country FROM b WHERE target_country IS NOT NULL"
                    + " AND target_country IS DISTINCT FROM source_country)\n"
                    + "SELECT " + p + " AS period, country,\n"
                    + "  count(*) FILTER (WHERE source_country = country) AS as_source,\n"
                    + "  count(*) FILTER (WHERE target_country = country) AS as_target,\n"
                    + MEASURES + "\nFROM c GROUP BY ALL ORDER BY period, country";
            case PLOVER -> "SELECT " + p + " AS period, plover_event,\n" + MEASURES + "\nFROM (" + base
                    + ") GROUP BY ALL ORDER BY period, plover_event";
            case ROOT -> "SELECT " + p + " AS period, cameo_root,\n" + MEASURES + "\nFROM (" + base
                    + ") GROUP BY ALL ORDER BY period, cameo_root";
            case QUAD -> "SELECT " + p + " AS period, quad_class,\n" + MEASURES + "\nFROM (" + base
                    + ") GROUP BY ALL ORDER BY period, quad_class";
            case TOTAL -> "SELECT " + p + " AS period,\n" + MEASURES + "\nFROM (" + base
                    + ") GROUP BY ALL ORDER BY period";
        };
    }

    /** Per dyad (source code, target code): measures, first and last date; most events first. */
    public ResultTable dyads(LocalDate from, LocalDate to) {
        return query("SELECT source_code, target_code,\n" + MEASURES + ",\n"
                + "  min(date) AS first_date, max(date) AS last_date\n"
                + "FROM " + basis + " WHERE NOT negated AND target_code IS NOT NULL" + range(from, to) + "\n"
                + "GROUP BY ALL ORDER BY events DESC, source_code, target_code");
    }

    /**
     * One country per month: events with the country as source, as target, both (domestic), and the measures over
     * all events involving it.
     */
    public ResultTable country(String iso3, LocalDate from, LocalDate to) {
        String c = iso3 == null ? "" : iso3.toUpperCase(Locale.ROOT);
        if (!ISO3.matcher(c).matches()) throw new IllegalArgumentException("not an ISO 3166 alpha-3 code: " + iso3);
        return query("SELECT CAST(date_trunc('month', date) AS DATE) AS month,\n"
                + "  count(*) FILTER (WHERE source_country = '" + c + "') AS as_source,\n"
                + "  count(*) FILTER (WHERE target_country = '" + c + "') AS as_target,\n"
                + "  count(*) FILTER (WHERE source_country = '" + c + "' AND target_country = '" + c + "') AS domestic,\n"
                + MEASURES + "\n"
                + "FROM " + basis + " WHERE NOT negated AND date IS NOT NULL AND (source_country = '" + c
                + "' OR target_country = '" + c + "')" + range(from, to) + "\n"
                + "GROUP BY ALL ORDER BY month");
    }

    /** Runs any SQL against the database and returns its rows. */
    public ResultTable query(String sql) {
        synchronized (store) {
            try (Statement s = store.connection().createStatement()) {
                boolean rows = s.execute(sql);
                if (!rows) return new ResultTable(List.of("rows_changed"), List.of(List.of((long) s.getUpdateCount())));
                try (ResultSet r = s.getResultSet()) {
                    return ResultTable.read(r);
                }
            } catch (SQLException e) {
                throw store.fail("run query", e);
            }
        }
    }

    /** The names of the standard reports: {@code <dimension>-<period>} for every pair, {@code dyads}, {@code country:ISO3}. */
    public static List<String> standardNames() {
        List<String> out = new ArrayList<>();
        for (Dimension d : Dimension.values()) {
            for (Period p : Period.values()) out.add(d.name().toLowerCase(Locale.ROOT) + "-" + p.name().toLowerCase(Locale.ROOT));
        }
        out.add("dyads");
        out.add("country:ISO3");
        return out;
    }

    /** Runs a standard report by name ("dyad-month", "country-week", "plover-day", "dyads", "country:USA"). */
    public ResultTable named(String name, LocalDate from, LocalDate to) {
        String n = name.trim().toLowerCase(Locale.ROOT);
        if (n.equals("dyads")) return dyads(from, to);
        if (n.startsWith("country:")) return country(name.trim().substring("country:".length()), from, to);
        int dash = n.lastIndexOf('-');
        if (dash > 0) {
            try {
                Dimension d = Dimension.valueOf(n.substring(0, dash).toUpperCase(Locale.ROOT));
                Period p = Period.valueOf(n.substring(dash + 1).toUpperCase(Locale.ROOT));
                return counts(p, d, from, to);
            } catch (IllegalArgumentException e) {
                // fall through
            }
        }
        throw new IllegalArgumentException("unknown report '" + name + "'; reports: " + String.join(", ", standardNames()));
    }

    private static String range(LocalDate from, LocalDate to) {
        String s = "";
        if (from != null) s += " AND date >= DATE '" + from + "'";
        if (to != null) s += " AND date <= DATE '" + to + "'";
        return s;
    }
}
