package dyad.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The database schema and its migrations. Migration {@code i} (1-based) takes a database from version {@code i-1}
 * to {@code i}; version 0 is an empty file. Every table and column is described in {@code docs/database.md}:
 * change both together, and add a migration (never edit a released one) when the schema changes.
 */
public final class Schema {
    /** The schema version this build writes. */
    public static final int CURRENT_VERSION = 5;

    /** One step from version {@code version() - 1} to {@code version()}. */
    public interface Migration {
        int version();

        String description();

        void apply(Connection c) throws SQLException;
    }

    /** A migration that runs SQL statements in order. */
    public record SqlMigration(int version, String description, List<String> statements) implements Migration {
        @Override
        public void apply(Connection c) throws SQLException {
            try (Statement s = c.createStatement()) {
                for (String sql : statements) s.execute(sql);
            }
        }
    }

    static final String EVENT_COLUMNS = """
            event_id VARCHAR NOT NULL,
            doc_id VARCHAR NOT NULL,
            sentence_index INTEGER NOT NULL,
            sentence VARCHAR,
            date DATE,
            source_code VARCHAR NOT NULL,
            source_text VARCHAR,
            source_country VARCHAR,
            source_sectors VARCHAR,
            source_entity VARCHAR,
            source_start INTEGER,
            source_end INTEGER,
            source_rule VARCHAR,
            target_code VARCHAR,
            target_text VARCHAR,
            target_country VARCHAR,
            target_sectors VARCHAR,
            target_entity VARCHAR,
            target_start INTEGER,
            target_end INTEGER,
            target_rule VARCHAR,
            cameo_code VARCHAR NOT NULL,
            cameo_root VARCHAR NOT NULL,
            cameo_name VARCHAR,
            goldstein DOUBLE,
            quad_class INTEGER,
            plover_event VARCHAR,
            plover_mode VARCHAR,
            plover_context VARCHAR,
            trigger_text VARCHAR,
            trigger_start INTEGER,
            trigger_end INTEGER,
            negated BOOLEAN NOT NULL,
            pattern VARCHAR,
            date_rule VARCHAR,
            notes VARCHAR
            """;

    static final Migration V1 = new SqlMigration(1, "documents, sentences, events, mentions view, dedup tables", List.of(
            "CREATE TABLE IF NOT EXISTS dyad_meta (key VARCHAR PRIMARY KEY, value VARCHAR)",
            """
            CREATE TABLE documents (
              doc_id VARCHAR PRIMARY KEY,
              url VARCHAR,
              title VARCHAR,
              date DATE,
              origin VARCHAR,
              status VARCHAR NOT NULL CHECK (status IN ('coded', 'skipped')),
              reason VARCHAR,
              text_hash VARCHAR,
              sentences INTEGER NOT NULL,
              events INTEGER NOT NULL,
              coded_at TIMESTAMP
            )""",
            "CREATE TABLE sentences (doc_id VARCHAR NOT NULL, sentence_index INTEGER NOT NULL, text VARCHAR NOT NULL)",
            "CREATE TABLE events (" + EVENT_COLUMNS + ")",
            """
            CREATE VIEW mentions AS
              SELECT doc_id, event_id, 'source' AS role, source_code AS code, source_text AS text,
                     source_start AS span_start, source_end AS span_end, source_entity AS entity,
                     source_country AS country, source_rule AS rule
              FROM events
              UNION ALL
              SELECT doc_id, event_id, 'target' AS role, target_code, target_text, target_start, target_end,
                     target_entity, target_country, target_rule
              FROM events WHERE target_code IS NOT NULL""",
            """
            CREATE VIEW events_one_a_day AS
              SELECT * FROM events WHERE NOT negated
              QUALIFY row_number() OVER (
                PARTITION BY date, source_code, coalesce(target_code, ''), cameo_code
                ORDER BY doc_id, sentence_index, event_id) = 1""",
            "CREATE TABLE story_clusters (doc_id VARCHAR NOT NULL, cluster_id VARCHAR NOT NULL, method VARCHAR NOT NULL)",
            """
            CREATE TABLE dedup_events (
              event_id VARCHAR, date DATE, source_code VARCHAR, source_country VARCHAR, target_code VARCHAR,
              target_country VARCHAR, cameo_code VARCHAR, cameo_root VARCHAR, goldstein DOUBLE, quad_class INTEGER,
              plover_event VARCHAR, plover_mode VARCHAR, num_mentions BIGINT, num_articles BIGINT,
              num_stories BIGINT, num_sources BIGINT, first_sentence_index INTEGER, event_ids VARCHAR[],
              doc_ids VARCHAR[])""",
            "INSERT INTO dyad_meta VALUES ('dedup_current', 'true')"));

    static final Migration V2 = new SqlMigration(2, "PLOVER auxiliary modes: hypothetical, future, historical", List.of(
            "ALTER TABLE events ADD COLUMN hypothetical BOOLEAN DEFAULT false",
            "ALTER TABLE events ADD COLUMN future BOOLEAN DEFAULT false",
            "ALTER TABLE events ADD COLUMN historical BOOLEAN DEFAULT false"));
    static final Migration V3 = new SqlMigration(3, "event locations (geolocation)", List.of(
            "ALTER TABLE events ADD COLUMN location_name VARCHAR",
            "ALTER TABLE events ADD COLUMN location_country VARCHAR",
            "ALTER TABLE events ADD COLUMN location_admin1 VARCHAR",
            "ALTER TABLE events ADD COLUMN location_lat DOUBLE",
            "ALTER TABLE events ADD COLUMN location_lon DOUBLE",
            "ALTER TABLE events ADD COLUMN location_geonames_id BIGINT",
            "ALTER TABLE events ADD COLUMN location_precision VARCHAR"));
    static final Migration V4 = new SqlMigration(4, "web pages: site, language and extraction of each document", List.of(
            "ALTER TABLE documents ADD COLUMN site VARCHAR",
            "ALTER TABLE documents ADD COLUMN language VARCHAR",
            "ALTER TABLE documents ADD COLUMN extraction VARCHAR"));

    static final Migration V5 = new SqlMigration(5, "cleaned texts and place spans (highlighting)", List.of(
            "CREATE TABLE document_texts (doc_id VARCHAR NOT NULL, text VARCHAR NOT NULL)",
            "ALTER TABLE events ADD COLUMN location_text VARCHAR",
            "ALTER TABLE events ADD COLUMN location_start INTEGER",
            "ALTER TABLE events ADD COLUMN location_end INTEGER",
            "ALTER TABLE events ADD COLUMN location_basis VARCHAR"));

    /** All migrations, in order; index {@code i} holds version {@code i + 1}. */
    public static final List<Migration> MIGRATIONS = List.of(V1, V2, V3, V4, V5);

    private Schema() {
    }
}
