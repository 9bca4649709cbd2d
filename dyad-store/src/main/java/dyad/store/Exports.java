package dyad.store;

import dyad.ontology.Countries;
import dyad.output.AtomicFile;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the stored events in Dyad's own layout or in the column layouts of other event data sets (GDELT 2.0,
 * ICEWS, Phoenix, POLECAT, PLOVER JSON), as CSV, TSV, Parquet or JSON lines, through DuckDB's {@code COPY}.
 * Columns and how Dyad fills them: {@code docs/exports.md}. Rows are in a fixed order, so the same database gives
 * the same file.
 */
public final class Exports {
    /** Column layouts. */
    public enum Layout {
        /** every column of the {@code events} table */
        EVENTS(false),
        /** GDELT 2.0 event table, 61 columns, from {@code dedup_events} (built first when stale) */
        GDELT(true),
        /** ICEWS coded event data, 20 columns */
        ICEWS(false),
        /** Phoenix, 26 columns, one event a day (Phoenix's own filter) by default */
        PHOENIX(true),
        /** POLECAT, 40 columns */
        POLECAT(false),
        /** PLOVER-style JSON objects (nested actor and recipient) */
        PLOVER(false);

        /** whether the layout is one event per day, source, target and code by default */
        public final boolean oneADayByDefault;

        Layout(boolean oneADayByDefault) {
            this.oneADayByDefault = oneADayByDefault;
        }
    }

    public enum Format { CSV, TSV, PARQUET, JSONL }

    /**
     * @param header   a header row (CSV and TSV); GDELT's own files have none
     * @param oneADay  read {@code events_one_a_day} instead of {@code events} (not for GDELT, which always
     *                 reads {@code dedup_events})
     * @param from     first date (inclusive), or null
     * @param to       last date (inclusive), or null
     */
    public record Options(boolean header, boolean oneADay, LocalDate from, LocalDate to) {
        public static Options defaults(Layout layout) {
            return new Options(layout != Layout.GDELT, layout.oneADayByDefault, null, null);
        }
    }

    /** A document's publisher: the web page's site name, else {@link Dedup#NEWS_SOURCE_SQL} (URL host, input file). */
    static final String PUBLISHER_SQL = "coalesce(site, " + Dedup.NEWS_SOURCE_SQL + ")";

    private final EventStore store;

    public Exports(EventStore store) {
        this.store = store;
    }

    /** Exports with the layout's default options; returns the number of rows written. */
    public long export(Layout layout, Format format, Path out) {
        return export(layout, format, out, Options.defaults(layout));
    }

    /**
     * Writes the file in full or not at all (through a temporary file beside it); refuses to write over the database.
     */
    public long export(Layout layout, Format format, Path out, Options options) {
        if (store.isFile(out)) throw new IllegalArgumentException("cannot export to " + out + ": it is the database itself");
        try (AtomicFile file = AtomicFile.create(out)) {
            long rows = copy(layout, format, file.temp(), options);
            file.commit();
            return rows;
        } catch (IOException e) {
            throw new StoreException("cannot write " + out + ": " + dyad.ingest.TextFile.reason(e), e);
        }
    }

    private long copy(Layout layout, Format format, Path out, Options options) {
        synchronized (store) {
            if (layout == Layout.GDELT && !store.dedupCurrent()) store.dedup();
            String query = query(layout, format, options);
            String target = out.toAbsolutePath().toString().replace("'", "''");
            String opts = switch (format) {
                case CSV -> "FORMAT CSV, HEADER " + options.header();
                case TSV -> "FORMAT CSV, DELIMITER '\\t', HEADER " + options.header();
                case PARQUET -> "FORMAT PARQUET";
                case JSONL -> "FORMAT JSON";
            };
            try (Statement s = store.connection().createStatement()) {
                if (s.execute("COPY (" + query + ") TO '" + target + "' (" + opts + ")")) {
                    try (ResultSet r = s.getResultSet()) {
                        return r.next() ? r.getLong(1) : 0;
                    }
                }
                return s.getUpdateCount();
            } catch (SQLException e) {
                throw store.fail("export " + layout + " to " + out, e);
            }
        }
    }

    /** The SELECT that produces a layout (what {@code dyad export --sql} could show). */
    public static String query(Layout layout, Format format, Options o) {
        String basis = o.oneADay() ? "events_one_a_day" : "events";
        String where = " WHERE NOT e.negated" + range("e.date", o.from(), o.to());
        String order = " ORDER BY e.date, e.doc_id, e.sentence_index, e.trigger_start, e.event_id";
        String docs = " LEFT JOIN (SELECT *, " + PUBLISHER_SQL + " AS publisher FROM documents) d"
                + " ON d.doc_id = e.doc_id";
        return switch (layout) {
            case EVENTS -> "SELECT e.* FROM events e WHERE true" + range("e.date", o.from(), o.to())
                    + " ORDER BY e.doc_id, e.sentence_index, e.trigger_start, e.event_id";
            case GDELT -> gdelt(o);
            case ICEWS -> "WITH cn(iso3, name) AS (VALUES " + countryNames() + ")\nSELECT "
                    + "e.event_id AS \"Event ID\", e.date AS \"Event Date\", "
                    + "coalesce(e.source_text, e.source_code) AS \"Source Name\", "
                    + "replace(e.source_sectors, ';', ',') AS \"Source Sectors\", "
                    + "coalesce(sc.name, e.source_country) AS \"Source Country\", "
                    + "e.cameo_name AS \"Event Text\", e.cameo_code AS \"CAMEO Code\", e.goldstein AS \"Intensity\", "
                    + "coalesce(e.target_text, e.target_code) AS \"Target Name\", "
                    + "replace(e.target_sectors, ';', ',') AS \"Target Sectors\", "
                    + "coalesce(tc.name, e.target_country) AS \"Target Country\", "
                    + "e.doc_id AS \"Story ID\", e.sentence_index + 1 AS \"Sentence Number\", "
                    + "d.publisher AS \"Publisher\", "
                    + "CASE WHEN e.location_precision = 'city' THEN e.location_name END AS \"City\", NULL::VARCHAR AS \"District\", "
                    + "e.location_admin1 AS \"Province\", coalesce(lc.name, e.location_country) AS \"Country\", "
                    + "e.location_lat AS \"Latitude\", e.location_lon AS \"Longitude\"\n"
                    + "FROM " + basis + " e" + docs
                    + " LEFT JOIN cn sc ON sc.iso3 = e.source_country LEFT JOIN cn tc ON tc.iso3 = e.target_country"
                    + " LEFT JOIN cn lc ON lc.iso3 = e.location_country"
                    + where + order;
            case PHOENIX -> "SELECT e.event_id AS EventID, CAST(strftime(e.date, '%Y%m%d') AS INTEGER) AS \"Date\", "
                    + "year(e.date) AS Year, month(e.date) AS Month, day(e.date) AS Day, "
                    + phoenixActor("source", "Source") + ", " + phoenixActor("target", "Target") + ", "
                    + "e.cameo_code AS EventCode, e.cameo_root AS EventRootCode, "
                    + "CASE WHEN e.cameo_root IN ('01', '02') THEN 0 ELSE e.quad_class END AS PentaClass, "
                    + "e.goldstein AS GoldsteinScore, NULL::VARCHAR AS Issues, e.location_lat AS Lat, e.location_lon AS Lon, "
                    + "e.location_name AS LocationName, e.location_admin1 AS StateName, e.location_country AS CountryCode, "
                    + "e.doc_id || '_' || (e.sentence_index + 1) AS SentenceID, d.url AS URLs, "
                    + "d.publisher AS NewsSources\n"
                    + "FROM " + basis + " e" + docs + where + order;
            case POLECAT -> "SELECT e.event_id AS \"Event ID\", e.date AS \"Event Date\", "
                    + "e.plover_event AS \"Event Type\", e.plover_mode AS \"Event Mode\", e.goldstein AS \"Intensity\", "
                    + "CASE e.quad_class WHEN 1 THEN 'VERBAL COOPERATION' WHEN 2 THEN 'MATERIAL COOPERATION' "
                    + "WHEN 3 THEN 'VERBAL CONFLICT' WHEN 4 THEN 'MATERIAL CONFLICT' END AS \"Quad Code\", "
                    + "e.plover_context AS \"Contexts\", "
                    + polecatActor("source", "Actor") + ", " + polecatActor("target", "Recipient") + ", "
                    + "e.location_name AS \"Placename\", "
                    + "CASE WHEN e.location_precision = 'city' THEN e.location_name END AS \"City\", NULL::VARCHAR AS \"District\", "
                    + "e.location_admin1 AS \"Province\", e.location_country AS \"Country\", e.location_lat AS \"Latitude\", "
                    + "e.location_lon AS \"Longitude\", e.location_geonames_id AS \"GeoNames ID\", NULL::VARCHAR AS \"Raw Placename\", "
                    + "e.location_precision AS \"Feature Type\", d.publisher AS \"Source\", d.date AS \"Publication Date\", "
                    + "NULL::VARCHAR AS \"Story People\", NULL::VARCHAR AS \"Story Organizations\", "
                    + "NULL::VARCHAR AS \"Story Locations\", coalesce(d.language, 'en') AS \"Language\", 'dyad' AS \"Version\"\n"
                    + "FROM " + basis + " e" + docs + where + order;
            case PLOVER -> "SELECT e.event_id AS id, e.date AS date, e.plover_event AS event, e.plover_mode AS mode, "
                    + split("e.plover_context") + " AS context, " + ploverActor("source") + " AS actor, "
                    + "CASE WHEN e.target_code IS NULL THEN NULL ELSE " + ploverActor("target") + " END AS recipient, "
                    + "CASE WHEN e.location_name IS NULL THEN NULL ELSE {'name': e.location_name, 'country': e.location_country, "
                    + "'admin1': e.location_admin1, 'lat': e.location_lat, 'lon': e.location_lon, "
                    + "'geonames_id': e.location_geonames_id, 'precision': e.location_precision} END AS location, "
                    + "{'code': e.cameo_code, 'name': e.cameo_name, 'goldstein': e.goldstein, 'quad_class': e.quad_class} AS cameo, "
                    + "e.doc_id AS story_id, e.sentence_index AS sentence_index, e.sentence AS text, "
                    + "d.publisher AS publisher, d.url AS url\n"
                    + "FROM " + basis + " e" + docs + where + order;
        };
    }

    /** A ';'-joined column as a list ('' is the empty list). */
    private static String split(String column) {
        return "CASE WHEN " + column + " = '' THEN []::VARCHAR[] ELSE string_split(" + column + ", ';') END";
    }

    /** The n-th (1-based) element of a ';'-joined column, or null. */
    private static String nth(String column, int n) {
        return "nullif(split_part(" + column + ", ';', " + n + "), '')";
    }

    private static String phoenixActor(String side, String label) {
        String p = "e." + side + "_";
        return p + "code AS " + label + "ActorFull, coalesce(" + p + "country, " + p + "code) AS " + label + "ActorEntity, "
                + nth(p + "sectors", 1) + " AS " + label + "ActorRole, "
                + "nullif(array_to_string(string_split(" + p + "sectors, ';')[2:], ';'), '') AS " + label + "ActorAttribute";
    }

    private static String polecatActor(String side, String label) {
        String p = "e." + side + "_";
        return "coalesce(" + p + "entity, " + p + "text) AS \"" + label + " Name\", "
                + p + "country AS \"" + label + " Country\", NULL::INTEGER AS \"" + label + " COW\", "
                + nth(p + "sectors", 1) + " AS \"Primary " + label + " Sector\", "
                + p + "sectors AS \"" + label + " Sectors\", "
                + "NULL::VARCHAR AS \"" + label + " Title\", " + p + "text AS \"" + label + " Name Raw\", "
                + "NULL::VARCHAR AS \"Wikipedia " + label + " ID\"";
    }

    private static String ploverActor(String side) {
        String p = "e." + side + "_";
        return "{'code': " + p + "code, 'name': " + p + "text, 'country': " + p + "country, 'sectors': " + split(p + "sectors")
                + ", 'entity': " + p + "entity}";
    }

    private static String gdelt(Options o) {
        StringBuilder sb = new StringBuilder("SELECT ");
        sb.append("TRY_CAST('0x' || substr(x.event_id, 1, 15) AS BIGINT) AS GLOBALEVENTID, ");
        sb.append("CAST(strftime(x.date, '%Y%m%d') AS INTEGER) AS SQLDATE, ");
        sb.append("CAST(strftime(x.date, '%Y%m') AS INTEGER) AS MonthYear, year(x.date) AS Year, ");
        sb.append("round(year(x.date) + (month(x.date) * 30 + day(x.date)) / 365.0, 4) AS FractionDate, ");
        for (int a = 1; a <= 2; a++) {
            String p = a == 1 ? "source_" : "target_";
            String n = "Actor" + a;
            sb.append("x.").append(p).append("code AS ").append(n).append("Code, ");
            sb.append("upper(e.").append(p).append("text) AS ").append(n).append("Name, ");
            sb.append("x.").append(p).append("country AS ").append(n).append("CountryCode, ");
            for (String c : List.of("KnownGroupCode", "EthnicCode", "Religion1Code", "Religion2Code")) {
                sb.append("NULL::VARCHAR AS ").append(n).append(c).append(", ");
            }
            for (int t = 1; t <= 3; t++) {
                sb.append(nth("e." + p + "sectors", t)).append(" AS ").append(n).append("Type").append(t).append("Code, ");
            }
        }
        sb.append("CASE WHEN x.first_sentence_index = 0 THEN 1 ELSE 0 END AS IsRootEvent, ");
        sb.append("x.cameo_code AS EventCode, substr(x.cameo_code, 1, 3) AS EventBaseCode, ");
        sb.append("x.cameo_root AS EventRootCode, x.quad_class AS QuadClass, x.goldstein AS GoldsteinScale, ");
        sb.append("x.num_mentions AS NumMentions, x.num_sources AS NumSources, x.num_articles AS NumArticles, ");
        sb.append("NULL::DOUBLE AS AvgTone, ");
        for (String g : List.of("Actor1Geo", "Actor2Geo")) {
            sb.append("NULL::INTEGER AS ").append(g).append("_Type, ");
            sb.append("NULL::VARCHAR AS ").append(g).append("_FullName, ");
            sb.append("NULL::VARCHAR AS ").append(g).append("_CountryCode, ");
            sb.append("NULL::VARCHAR AS ").append(g).append("_ADM1Code, ");
            sb.append("NULL::VARCHAR AS ").append(g).append("_ADM2Code, ");
            sb.append("NULL::DOUBLE AS ").append(g).append("_Lat, ");
            sb.append("NULL::DOUBLE AS ").append(g).append("_Long, ");
            sb.append("NULL::VARCHAR AS ").append(g).append("_FeatureID, ");
        }
        // ActionGeo: the event's location. Type as GDELT: 1 country, 2 US state, 3 US city, 4 world city, 5 world state
        sb.append("CASE e.location_precision WHEN 'country' THEN 1 WHEN 'admin1' THEN CASE WHEN e.location_country = 'USA' THEN 2 ELSE 5 END ")
                .append("WHEN 'city' THEN CASE WHEN e.location_country = 'USA' THEN 3 ELSE 4 END END AS ActionGeo_Type, ");
        sb.append("concat_ws(', ', e.location_name, CASE WHEN e.location_precision = 'city' THEN e.location_admin1 END, ")
                .append("CASE WHEN e.location_precision <> 'country' THEN e.location_country END) AS ActionGeo_FullName, ");
        sb.append("e.location_country AS ActionGeo_CountryCode, e.location_admin1 AS ActionGeo_ADM1Code, NULL::VARCHAR AS ActionGeo_ADM2Code, ");
        sb.append("e.location_lat AS ActionGeo_Lat, e.location_lon AS ActionGeo_Long, ");
        sb.append("CAST(e.location_geonames_id AS VARCHAR) AS ActionGeo_FeatureID, ");
        sb.append("NULL::BIGINT AS DATEADDED, coalesce(d.url, d.origin) AS SOURCEURL\n");
        sb.append("FROM dedup_events x JOIN events e ON e.event_id = x.event_id");
        sb.append(" LEFT JOIN documents d ON d.doc_id = e.doc_id WHERE true").append(range("x.date", o.from(), o.to()));
        sb.append(" ORDER BY x.date, x.source_code, x.target_code NULLS FIRST, x.cameo_code");
        return sb.toString();
    }

    private static String range(String column, LocalDate from, LocalDate to) {
        String s = "";
        if (from != null) s += " AND " + column + " >= DATE '" + from + "'";
        if (to != null) s += " AND " + column + " <= DATE '" + to + "'";
        return s;
    }

    /** ISO 3166-1 alpha-3 codes and their names from the country table (for ICEWS's country names). */
    static String countryNames() {
        List<String> rows = new ArrayList<>();
        Countries.builtIn().names().forEach((k, n) -> rows.add("('" + k + "', '" + n.replace("'", "''") + "')"));
        return String.join(", ", rows);
    }
}
