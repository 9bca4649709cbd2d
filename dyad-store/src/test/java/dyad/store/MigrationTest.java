package dyad.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MigrationTest {
    @TempDir
    Path dir;

    private static void sql(Path db, String... statements) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db); Statement s = c.createStatement()) {
            for (String q : statements) s.execute(q);
        }
    }

    private static void assertMentions(String message, String... parts) {
        for (String p : parts) assertTrue(message.contains(p), "'" + p + "' missing from: " + message);
    }

    @Test
    void aFileThatIsNotADatabaseIsAClearError() throws Exception {
        Path f = dir.resolve("garbage.duckdb");
        byte[] junk = new byte[8192];
        for (int i = 0; i < junk.length; i++) junk[i] = (byte) (i * 31 + 7);
        Files.write(f, junk);
        StoreException e = assertThrows(StoreException.class, () -> EventStore.open(f));
        assertMentions(e.getMessage(), f.toAbsolutePath().toString(), "is not a DuckDB database");
        Path csv = Files.writeString(dir.resolve("events.csv"), "doc_id,x\na,b\n");
        e = assertThrows(StoreException.class, () -> EventStore.open(csv));
        assertMentions(e.getMessage(), csv.toAbsolutePath().toString(), "is not a DuckDB database");
        assertEquals("doc_id,x\na,b\n", Files.readString(csv), "left as it was");
    }

    @Test
    void aZeroByteFileIsANewDatabase() throws Exception {
        Path f = Files.createFile(dir.resolve("empty.duckdb"));
        try (EventStore s = EventStore.open(f)) {
            assertEquals(Schema.CURRENT_VERSION, s.schemaVersion());
        }
    }

    @Test
    void aDuckDbFileWithoutDyadMetaIsVersionZero() throws Exception {
        Path f = dir.resolve("other.duckdb");
        sql(f, "CREATE TABLE something (x INTEGER)");
        StoreException e = assertThrows(StoreException.class, () -> EventStore.open(f));
        assertMentions(e.getMessage(), f.toAbsolutePath().toString(), "not a Dyad event database", "schema version 0",
                "schema versions 1 to " + Schema.CURRENT_VERSION);
    }

    @Test
    void anInvalidVersionIsAClearError() throws Exception {
        Path f = dir.resolve("zero.duckdb");
        sql(f, "CREATE TABLE dyad_meta (key VARCHAR PRIMARY KEY, value VARCHAR)",
                "INSERT INTO dyad_meta VALUES ('schema_version', '0')");
        StoreException e = assertThrows(StoreException.class, () -> EventStore.open(f));
        assertMentions(e.getMessage(), f.toAbsolutePath().toString(), "schema_version = '0'", "1 to " + Schema.CURRENT_VERSION);
    }

    @Test
    void aNewerVersionIsAClearError() throws Exception {
        Path f = dir.resolve("newer.duckdb");
        EventStore.open(f).close();
        sql(f, "UPDATE dyad_meta SET value = '7' WHERE key = 'schema_version'");
        StoreException e = assertThrows(StoreException.class, () -> EventStore.open(f));
        assertMentions(e.getMessage(), f.toAbsolutePath().toString(), "schema version 7", "newer than this Dyad supports (" + Schema.CURRENT_VERSION + ")");
    }

    @Test
    void anOlderVersionIsMigrated() throws Exception {
        // a version-1 file (no event locations) gets the location columns
        Path v1 = dir.resolve("v1.duckdb");
        EventStore.open(v1, List.of(Schema.V1)).close();
        try (EventStore s = EventStore.open(v1)) {
            assertEquals(Schema.CURRENT_VERSION, s.schemaVersion());
            assertEquals(0L, ((Number) new Reports(s).query("SELECT count(location_lat) FROM events").rows().get(0).get(0)).longValue());
        }
        // a version-3 file (before web pages) keeps its documents, without site, language or extraction
        Path v3 = dir.resolve("v3.duckdb");
        EventStore.open(v3, List.of(Schema.V1, Schema.V2, Schema.V3)).close();
        sql(v3, "INSERT INTO documents (doc_id, origin, status, reason, sentences, events) VALUES ('x', 'x.txt', 'skipped', 'empty', 0, 0)");
        try (EventStore s = EventStore.open(v3)) {
            assertEquals(Schema.CURRENT_VERSION, s.schemaVersion());
            assertEquals(java.util.Arrays.asList("x", null, null, null),
                    new Reports(s).query("SELECT doc_id, site, language, extraction FROM documents").rows().get(0));
        }
        Path f = dir.resolve("old.duckdb");
        try (EventStore s = EventStore.open(f)) {
            s.writeBatch(List.of(TestEvents.coded(TestEvents.doc("a", "One.", EventStoreTest.DAY, null), "IRN USA 040")));
        }
        int next = Schema.CURRENT_VERSION + 1;
        Schema.Migration added = new Schema.SqlMigration(next, "add a column",
                List.of("ALTER TABLE documents ADD COLUMN reviewer VARCHAR DEFAULT 'en'"));
        List<Schema.Migration> withAdded = new java.util.ArrayList<>(Schema.MIGRATIONS);
        withAdded.add(added);
        try (EventStore s = EventStore.open(f, withAdded)) {
            assertEquals(next, s.schemaVersion());
            assertEquals("en", new Reports(s).query("SELECT reviewer FROM documents").rows().get(0).get(0));
            assertEquals(1, s.stats().events());
        }
        // a failing migration names the file and both versions, and leaves the file as it was
        Schema.Migration bad = new Schema.SqlMigration(next + 1, "broken", List.of("ALTER TABLE nowhere ADD COLUMN x INTEGER"));
        List<Schema.Migration> withBad = new java.util.ArrayList<>(withAdded);
        withBad.add(bad);
        StoreException e = assertThrows(StoreException.class, () -> EventStore.open(f, withBad));
        assertMentions(e.getMessage(), f.toAbsolutePath().toString(), "from schema version " + next + " to " + (next + 1));
        // the migrated file is newer than this build's schema
        StoreException newer = assertThrows(StoreException.class, () -> EventStore.open(f));
        assertMentions(newer.getMessage(), "schema version " + next, "(" + Schema.CURRENT_VERSION + ")");
    }
}
