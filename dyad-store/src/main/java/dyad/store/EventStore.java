package dyad.store;

import dyad.model.Actor;
import dyad.model.Document;
import dyad.model.PageInfo;
import dyad.model.Event;
import dyad.model.Modality;
import dyad.model.Location;
import dyad.model.Span;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Coded events in an embedded DuckDB file: documents, their sentences and events (schema in {@code docs/database.md}).
 *
 * <p>Every write replaces all rows of the documents it names, inside one transaction: re-coding a document never
 * duplicates it, and a crash (even SIGKILL) leaves the file as of the last commit. Batched writes commit every N
 * documents, so a crash loses at most the open batch; {@link #isStored} tells a resumed run what to skip.
 *
 * <p>One connection; methods are synchronized, so worker threads may share a store (writes are serialised).
 */
public final class EventStore implements AutoCloseable {
    /** Documents per transaction for {@link #writeBatch(List)}. */
    public static final int DEFAULT_BATCH = 500;

    private final Path file;
    private final DuckDBConnection conn;
    private Clock clock;
    /** Ids that may be stored; null until the first write loads it. */
    private IdFilter stored;

    private EventStore(Path file, DuckDBConnection conn) {
        this.file = file;
        this.conn = conn;
    }

    /** Creates the database file or opens it, migrating an older schema to {@link Schema#CURRENT_VERSION}. */
    public static EventStore open(Path file) {
        return open(file, Schema.MIGRATIONS);
    }

    /**
     * Opens a database for users' SQL ({@code dyad query}): with the schema created or migrated as {@link #open} does,
     * then on a connection that cannot reach any other file (no {@code read_csv}, {@code COPY ... TO}, {@code ATTACH},
     * extensions) and, unless {@code write}, cannot change the database either; its configuration is locked, so the
     * SQL cannot undo this. A read-only open of a current database never opens it for writing, so several readers
     * (two {@code dyad serve}, {@code dyad query} beside one) may hold the file at once.
     */
    public static EventStore openForQueries(Path file, boolean write) {
        if (write || !isCurrent(file.toAbsolutePath())) open(file).close();
        Path abs = file.toAbsolutePath();
        DuckDBConnection c = null;
        try {
            c = (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:" + abs, queryConfig(write));
            return new EventStore(abs, c);
        } catch (SQLException e) {
            try {
                if (c != null) c.close();
            } catch (SQLException ignored) {
                // already failing
            }
            throw new StoreException("cannot open event database " + abs + " for queries: " + e.getMessage(), e);
        }
    }

    /**
     * The configuration of a connection for users' SQL: no other file reachable, read-only unless {@code write}, and
     * locked, so that the SQL cannot undo either.
     */
    private static java.util.Properties queryConfig(boolean write) {
        java.util.Properties config = new java.util.Properties();
        config.setProperty("access_mode", write ? "READ_WRITE" : "READ_ONLY");
        config.setProperty("enable_external_access", "false");
        config.setProperty("lock_configuration", "true");
        return config;
    }

    /**
     * Whether the file is a Dyad database of the current schema version, read without opening it for writing; false
     * for anything else (missing, empty, older, not a database), which {@link #open} then creates, migrates or refuses.
     */
    private static boolean isCurrent(Path abs) {
        try {
            if (!java.nio.file.Files.isRegularFile(abs) || java.nio.file.Files.size(abs) == 0) return false;
            checkFile(abs);
        } catch (java.io.IOException | StoreException e) {
            return false;
        }
        // a reader's configuration: DuckDB shares one instance per file in a JVM and refuses a second connection
        // configured differently
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + abs, queryConfig(false));
             Statement st = c.createStatement();
             ResultSet r = st.executeQuery("SELECT value FROM dyad_meta WHERE key = 'schema_version'")) {
            return r.next() && Integer.toString(Schema.CURRENT_VERSION).equals(r.getString(1));
        } catch (SQLException e) {
            return false;
        }
    }

    /** Opens with a given migration list (tests of the migration mechanism). */
    static EventStore open(Path file, List<Schema.Migration> migrations) {
        Path abs = file.toAbsolutePath();
        checkFile(abs);
        DuckDBConnection c;
        try {
            c = (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:" + abs);
        } catch (SQLException e) {
            throw new StoreException("cannot open event database " + abs + ": " + e.getMessage(), e);
        }
        EventStore store = new EventStore(abs, c);
        try {
            try (Statement st = c.createStatement()) {
                // Fewer, larger checkpoints while loading: committed data is in the write-ahead log until then,
                // and DuckDB replays the log when a file is opened after a crash.
                st.execute("SET checkpoint_threshold = '256MB'");
            }
            store.migrate(migrations);
        } catch (RuntimeException | SQLException e) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // already failing
            }
            if (e instanceof StoreException se) throw se;
            throw new StoreException("cannot open event database " + abs + ": " + e.getMessage(), e);
        }
        return store;
    }

    /**
     * Refuses what DuckDB would misread or refuse with a cryptic message: a directory, or a file that does not start
     * with DuckDB's header ("DUCK" at byte 8). A zero-byte file is a new database (it gets the schema), as documented.
     */
    private static void checkFile(Path abs) {
        if (!java.nio.file.Files.exists(abs)) return;
        if (java.nio.file.Files.isDirectory(abs)) throw new StoreException(abs + " is a directory, not an event database");
        byte[] head = new byte[12];
        int n;
        try (java.io.InputStream in = java.nio.file.Files.newInputStream(abs)) {
            n = in.readNBytes(head, 0, head.length);
        } catch (java.io.IOException e) {
            throw new StoreException("cannot read event database " + abs + ": " + e.getMessage(), e);
        }
        if (n == 0) {
            try {
                java.nio.file.Files.delete(abs); // DuckDB refuses an empty file; a new one is what the file means
            } catch (java.io.IOException e) {
                throw new StoreException("cannot replace the empty file " + abs + " with a new database: " + e.getMessage(), e);
            }
        } else if (n < head.length || !new String(head, 8, 4, StandardCharsets.ISO_8859_1).equals("DUCK")) {
            throw new StoreException(abs + " is not a DuckDB database (it does not start with DuckDB's header); an event"
                    + " database is a file written by 'dyad code --db FILE'");
        }
    }

    /** The database file. */
    public Path file() {
        return file;
    }

    /** Whether {@code other} names this database's file (or its write-ahead log), compared by real path. */
    public boolean isFile(Path other) {
        Path o = other.toAbsolutePath().normalize();
        if (o.equals(file.normalize()) || o.toString().equals(file.normalize() + ".wal")) return true;
        try {
            return java.nio.file.Files.exists(other) && java.nio.file.Files.isSameFile(other, file);
        } catch (java.io.IOException e) {
            return false;
        }
    }

    /**
     * Records the time of each write in {@code documents.coded_at}. Off by default: a database written without a
     * clock has no wall-clock values and is the same for the same input.
     */
    public synchronized void recordCodedAt(Clock clock) {
        this.clock = clock;
    }

    /** The schema version of the open file (always {@link Schema#CURRENT_VERSION} once opened). */
    public synchronized int schemaVersion() {
        try {
            return Integer.parseInt(meta("schema_version"));
        } catch (SQLException e) {
            throw fail("read the schema version", e);
        }
    }

    // ---------------------------------------------------------------------------------------------- schema

    private void migrate(List<Schema.Migration> migrations) throws SQLException {
        int target = migrations.size();
        Set<String> tables = new HashSet<>();
        try (Statement s = conn.createStatement();
             ResultSet r = s.executeQuery("SELECT table_name FROM information_schema.tables WHERE table_schema = 'main'")) {
            while (r.next()) tables.add(r.getString(1));
        }
        int version;
        if (tables.isEmpty()) {
            version = 0;
        } else if (!tables.contains("dyad_meta")) {
            throw new StoreException(file + " is a DuckDB database but not a Dyad event database: it has no dyad_meta"
                    + " table (schema version 0; this Dyad reads schema versions 1 to " + target + ")");
        } else {
            String v = meta("schema_version");
            try {
                version = v == null ? -1 : Integer.parseInt(v.trim());
            } catch (NumberFormatException e) {
                version = -1;
            }
            if (version < 1) {
                throw new StoreException(file + " has no valid Dyad schema version (dyad_meta.schema_version = "
                        + (v == null ? "missing" : "'" + v + "'") + "); this Dyad reads schema versions 1 to " + target);
            }
            if (version > target) {
                throw new StoreException(file + " has schema version " + version + ", newer than this Dyad supports ("
                        + target + "): use a newer Dyad, or a new database file");
            }
        }
        for (int v = version + 1; v <= target; v++) {
            Schema.Migration m = migrations.get(v - 1);
            if (m.version() != v) throw new IllegalStateException("migration " + (v - 1) + " has version " + m.version());
            conn.setAutoCommit(false);
            try {
                m.apply(conn);
                try (PreparedStatement p = conn.prepareStatement(
                        "INSERT OR REPLACE INTO dyad_meta VALUES ('schema_version', ?)")) {
                    p.setString(1, Integer.toString(v));
                    p.executeUpdate();
                }
                conn.commit();
            } catch (SQLException | RuntimeException e) {
                conn.rollback();
                throw new StoreException("cannot migrate " + file + " from schema version " + (v - 1) + " to " + v
                        + " (" + m.description() + "): " + e.getMessage(), e);
            } finally {
                conn.setAutoCommit(true);
            }
        }
    }

    private String meta(String key) throws SQLException {
        try (PreparedStatement p = conn.prepareStatement("SELECT value FROM dyad_meta WHERE key = ?")) {
            p.setString(1, key);
            try (ResultSet r = p.executeQuery()) {
                return r.next() ? r.getString(1) : null;
            }
        }
    }

    // ---------------------------------------------------------------------------------------------- writes

    /**
     * Stores a coded document: its row, sentences and events replace whatever was stored under its id, in one
     * transaction.
     *
     * @param textHash SHA-256 of the raw text ({@link #sha256(String)})
     * @param sentenceTexts the cleaned text's sentences, index = position
     */
    public void write(Document doc, String textHash, List<String> sentenceTexts, List<Event> events) {
        writeBatch(List.of(new StoreEntry.Coded(doc, textHash, sentenceTexts, events)), 1);
    }

    /** Stores a skipped document (replacing anything stored under its id), with the reason. */
    public void writeSkipped(Document doc, String reason) {
        writeBatch(List.of(new StoreEntry.Skipped(doc.id(), doc.url(), doc.origin(), reason, sha256(doc.text()), doc)), 1);
    }

    /** Stores a document that could not be read (no text): its id or origin, and the reason. */
    public void writeSkipped(String docId, String origin, String reason) {
        writeBatch(List.of(new StoreEntry.Skipped(docId, null, origin, reason, null)), 1);
    }

    /** {@link #writeBatch(List, int)} with {@link #DEFAULT_BATCH} documents per transaction. */
    public void writeBatch(List<? extends StoreEntry> entries) {
        writeBatch(entries, DEFAULT_BATCH);
    }

    /**
     * Stores entries, committing every {@code commitEvery} documents. Each transaction replaces the rows of the
     * documents it holds; when an id occurs twice in one list, the later entry wins.
     */
    public synchronized void writeBatch(List<? extends StoreEntry> entries, int commitEvery) {
        if (commitEvery < 1) throw new IllegalArgumentException("commitEvery must be >= 1");
        for (int from = 0; from < entries.size(); from += commitEvery) {
            writeTransaction(entries.subList(from, Math.min(entries.size(), from + commitEvery)));
        }
    }

    private void writeTransaction(List<? extends StoreEntry> chunk) {
        LinkedHashMap<String, StoreEntry> byId = new LinkedHashMap<>();
        for (StoreEntry e : chunk) {
            byId.remove(e.docId());
            byId.put(e.docId(), e);
        }
        if (byId.isEmpty()) return;
        List<DuckDBAppender> open = new ArrayList<>(3);
        try {
            conn.setAutoCommit(false);
            // A statement opens the transaction; appenders then write inside it.
            try (Statement s = conn.createStatement()) {
                s.execute("UPDATE dyad_meta SET value = 'false' WHERE key = 'dedup_current'");
            }
            deleteStored(new ArrayList<>(byId.keySet()));
            DuckDBAppender docs = appender("documents", open);
            DuckDBAppender sents = appender("sentences", open);
            DuckDBAppender evs = appender("events", open);
            DuckDBAppender texts = appender("document_texts", open);
            LocalDateTime now = clock == null ? null : LocalDateTime.now(clock);
            for (StoreEntry entry : byId.values()) {
                if (entry instanceof StoreEntry.Coded c) {
                    appendCoded(c, now, docs, sents, evs);
                    if (c.cleanText() != null) {
                        texts.beginRow();
                        texts.append(c.docId());
                        texts.append(c.cleanText());
                        texts.endRow();
                    }
                } else if (entry instanceof StoreEntry.Skipped s) {
                    Document d = s.document();
                    docs.beginRow();
                    str(docs, s.docId());
                    str(docs, s.url());
                    str(docs, d == null ? null : d.title());
                    date(docs, d == null ? null : d.date());
                    str(docs, s.origin());
                    docs.append("skipped");
                    str(docs, s.reason());
                    str(docs, s.textHash());
                    docs.append(0);
                    docs.append(0);
                    timestamp(docs, now);
                    page(docs, d == null ? null : d.page());
                    docs.endRow();
                }
            }
            for (DuckDBAppender a : open) a.close();
            open.clear();
            conn.commit();
        } catch (SQLException | RuntimeException e) {
            for (DuckDBAppender a : open) {
                try {
                    a.close();
                } catch (SQLException | RuntimeException ignored) {
                    // rolled back below
                }
            }
            try {
                conn.rollback();
            } catch (SQLException ignored) {
                // report the original failure
            }
            String first = byId.keySet().iterator().next();
            throw new StoreException("cannot write " + byId.size() + " document(s) (first: " + first + ") to " + file
                    + ": " + e.getMessage(), e);
        } finally {
            try {
                conn.setAutoCommit(true);
            } catch (SQLException ignored) {
                // the next call reports it
            }
        }
    }

    private DuckDBAppender appender(String table, List<DuckDBAppender> open) throws SQLException {
        DuckDBAppender a = conn.createAppender("main", table);
        open.add(a);
        return a;
    }

    private void appendCoded(StoreEntry.Coded c, LocalDateTime now, DuckDBAppender docs, DuckDBAppender sents,
                             DuckDBAppender evs) throws SQLException {
        Document d = c.document();
        docs.beginRow();
        docs.append(d.id());
        str(docs, d.url());
        str(docs, d.title());
        date(docs, d.date());
        str(docs, d.origin());
        docs.append("coded");
        docs.appendNull();
        str(docs, c.textHash());
        docs.append(c.sentences().size());
        docs.append(c.events().size());
        timestamp(docs, now);
        page(docs, d.page());
        docs.endRow();
        for (int i = 0; i < c.sentences().size(); i++) {
            sents.beginRow();
            sents.append(d.id());
            sents.append(i);
            sents.append(Objects.requireNonNull(c.sentences().get(i), "sentence text"));
            sents.endRow();
        }
        for (Event e : c.events()) {
            if (!e.docId().equals(d.id())) {
                throw new IllegalArgumentException("event " + e.eventId() + " belongs to document " + e.docId()
                        + ", not " + d.id());
            }
            appendEvent(evs, e);
        }
    }

    /** The web page columns (schema version 4): site, language, extraction; NULL for documents that were not pages. */
    private static void page(DuckDBAppender docs, PageInfo page) throws SQLException {
        str(docs, page == null ? null : page.site());
        str(docs, page == null ? null : page.language());
        str(docs, page == null ? null : page.extraction());
    }

    private static void appendEvent(DuckDBAppender a, Event e) throws SQLException {
        a.beginRow();
        a.append(e.eventId());
        a.append(e.docId());
        a.append(e.sentenceIndex());
        str(a, e.sentence());
        date(a, e.date());
        actor(a, Objects.requireNonNull(e.source(), "event source"));
        actor(a, e.target());
        a.append(e.cameo().code());
        a.append(e.cameo().root());
        str(a, e.cameo().name());
        a.append(e.cameo().goldstein());
        a.append(e.cameo().quadClass());
        str(a, e.cameo().ploverEvent());
        str(a, e.cameo().ploverMode() == null || e.cameo().ploverMode().isEmpty() ? null : e.cameo().ploverMode());
        a.append(String.join(";", e.cameo().ploverContext()));
        if (e.trigger() == null) {
            a.appendNull();
            a.appendNull();
            a.appendNull();
        } else {
            str(a, e.trigger().text());
            a.append(e.trigger().start());
            a.append(e.trigger().end());
        }
        a.append(e.negated());
        if (e.evidence() == null) {
            a.appendNull();
            a.appendNull();
            a.append("");
        } else {
            str(a, e.evidence().pattern());
            str(a, e.evidence().dateRule());
            a.append(String.join("\n", e.evidence().notes()));
        }
        Modality m = e.modality() == null ? Modality.ASSERTED : e.modality();
        a.append(m.hypothetical());
        a.append(m.future());
        a.append(m.historical());
        Location l = e.location();
        if (l == null) {
            for (int i = 0; i < 7; i++) a.appendNull();
        } else {
            str(a, l.name());
            str(a, l.country());
            str(a, l.admin1());
            a.append(l.lat());
            a.append(l.lon());
            if (l.geonamesId() == null) a.appendNull();
            else a.append((long) l.geonamesId());
            str(a, l.precision());
        }
        Span place = l == null ? null : l.text();
        if (place == null) {
            a.appendNull();
            a.appendNull();
            a.appendNull();
        } else {
            str(a, place.text());
            a.append(place.start());
            a.append(place.end());
        }
        str(a, l == null ? null : l.basis());
        a.endRow();
    }

    private static void actor(DuckDBAppender a, Actor x) throws SQLException {
        if (x == null) {
            for (int i = 0; i < 8; i++) a.appendNull();
            return;
        }
        a.append(x.code().code());
        str(a, x.text());
        str(a, x.code().country());
        a.append(String.join(";", x.code().sectors()));
        str(a, x.entity());
        if (x.span() == null) {
            a.appendNull();
            a.appendNull();
        } else {
            a.append(x.span().start());
            a.append(x.span().end());
        }
        str(a, x.rule());
    }

    private static void str(DuckDBAppender a, String s) throws SQLException {
        if (s == null) a.appendNull();
        else a.append(s);
    }

    private static void date(DuckDBAppender a, LocalDate d) throws SQLException {
        if (d == null) a.appendNull();
        else a.append(d);
    }

    private static void timestamp(DuckDBAppender a, LocalDateTime t) throws SQLException {
        if (t == null) a.appendNull();
        else a.append(t);
    }

    /** Deletes every row of the given documents that are stored (the caller's transaction). */
    private void deleteStored(List<String> allIds) throws SQLException {
        IdFilter filter = idFilter(allIds.size());
        List<String> ids = new ArrayList<>();
        for (String id : allIds) {
            if (filter.mightContain(id)) ids.add(id);
            else filter.add(id);
        }
        List<String> stored = new ArrayList<>();
        for (List<String> part : chunks(ids, 1000)) {
            try (PreparedStatement p = conn.prepareStatement(
                    "SELECT doc_id FROM documents WHERE doc_id IN (" + placeholders(part.size()) + ")")) {
                bind(p, part);
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) stored.add(r.getString(1));
                }
            }
        }
        if (stored.isEmpty()) return;
        for (List<String> part : chunks(stored, 1000)) {
            for (String table : List.of("events", "sentences", "document_texts", "story_clusters", "documents")) {
                try (PreparedStatement p = conn.prepareStatement(
                        "DELETE FROM " + table + " WHERE doc_id IN (" + placeholders(part.size()) + ")")) {
                    bind(p, part);
                    p.executeUpdate();
                }
            }
        }
    }

    /** The id filter, loaded from the documents table on first use and rebuilt larger when it fills up. */
    private IdFilter idFilter(int adding) throws SQLException {
        if (stored != null && stored.count() + adding <= stored.capacity()) return stored;
        long docs;
        try (Statement s = conn.createStatement(); ResultSet r = s.executeQuery("SELECT count(*) FROM documents")) {
            r.next();
            docs = r.getLong(1);
        }
        IdFilter f = new IdFilter(Math.max(1 << 20, 2 * (docs + adding)));
        try (Statement s = conn.createStatement(); ResultSet r = s.executeQuery("SELECT doc_id FROM documents")) {
            while (r.next()) f.add(r.getString(1));
        }
        stored = f;
        return f;
    }

    private static List<List<String>> chunks(List<String> ids, int size) {
        List<List<String>> out = new ArrayList<>();
        for (int i = 0; i < ids.size(); i += size) out.add(ids.subList(i, Math.min(ids.size(), i + size)));
        return out;
    }

    private static String placeholders(int n) {
        return "?" + ",?".repeat(n - 1);
    }

    private static void bind(PreparedStatement p, List<String> values) throws SQLException {
        for (int i = 0; i < values.size(); i++) p.setString(i + 1, values.get(i));
    }

    /** Deletes a document and all its rows; returns whether it was stored. */
    public synchronized boolean delete(String docId) {
        try {
            conn.setAutoCommit(false);
            boolean was = isStoredAtAll(docId);
            deleteStored(List.of(docId));
            conn.commit();
            return was;
        } catch (SQLException e) {
            try {
                conn.rollback();
            } catch (SQLException ignored) {
                // report the original
            }
            throw fail("delete document " + docId, e);
        } finally {
            try {
                conn.setAutoCommit(true);
            } catch (SQLException ignored) {
                // the next call reports it
            }
        }
    }

    // ---------------------------------------------------------------------------------------------- reads

    /** Whether the document is stored (coded or skipped) with this text hash: a resumed run can skip it. */
    public synchronized boolean isStored(String docId, String textHash) {
        try {
            if (!idFilter(0).mightContain(docId)) return false;
        } catch (SQLException e) {
            throw fail("look up document " + docId, e);
        }
        try (PreparedStatement p = conn.prepareStatement(
                "SELECT 1 FROM documents WHERE doc_id = ? AND text_hash IS NOT DISTINCT FROM ?")) {
            p.setString(1, docId);
            p.setString(2, textHash);
            try (ResultSet r = p.executeQuery()) {
                return r.next();
            }
        } catch (SQLException e) {
            throw fail("look up document " + docId, e);
        }
    }

    private boolean isStoredAtAll(String docId) throws SQLException {
        try (PreparedStatement p = conn.prepareStatement("SELECT 1 FROM documents WHERE doc_id = ?")) {
            p.setString(1, docId);
            try (ResultSet r = p.executeQuery()) {
                return r.next();
            }
        }
    }

    /** Every stored document id with its text hash (null for documents stored without text), for resuming in bulk. */
    public synchronized Map<String, String> storedHashes() {
        Map<String, String> out = new HashMap<>();
        try (Statement s = conn.createStatement(); ResultSet r = s.executeQuery("SELECT doc_id, text_hash FROM documents")) {
            while (r.next()) out.put(r.getString(1), r.getString(2));
        } catch (SQLException e) {
            throw fail("read document hashes", e);
        }
        return out;
    }

    /** Row counts. */
    public record Stats(long documents, long coded, long skipped, long sentences, long events) {
    }

    public synchronized Stats stats() {
        try (Statement s = conn.createStatement(); ResultSet r = s.executeQuery("""
                SELECT (SELECT count(*) FROM documents),
                       (SELECT count(*) FROM documents WHERE status = 'coded'),
                       (SELECT count(*) FROM documents WHERE status = 'skipped'),
                       (SELECT count(*) FROM sentences),
                       (SELECT count(*) FROM events)""")) {
            r.next();
            return new Stats(r.getLong(1), r.getLong(2), r.getLong(3), r.getLong(4), r.getLong(5));
        } catch (SQLException e) {
            throw fail("count rows", e);
        }
    }

    // ---------------------------------------------------------------------------------------------- dedup

    /** (Re)builds {@code story_clusters} and {@code dedup_events} ({@link Dedup}); returns what it found. */
    public synchronized Dedup.Result dedup() {
        return dedup(Dedup.Config.defaults());
    }

    public synchronized Dedup.Result dedup(Dedup.Config config) {
        try {
            return new Dedup(config).run(conn);
        } catch (SQLException e) {
            throw fail("deduplicate", e);
        }
    }

    /** Whether {@code dedup_events} reflects the current events (no write since the last {@link #dedup()}). */
    public synchronized boolean dedupCurrent() {
        try {
            return "true".equals(meta("dedup_current"));
        } catch (SQLException e) {
            throw fail("read dyad_meta", e);
        }
    }

    // ---------------------------------------------------------------------------------------------- access

    /**
     * A new connection to this database, for a reader on another thread (a DuckDB connection serves one thread at a
     * time): it sees every committed write, with this store's access mode and settings. The caller closes it.
     */
    public Connection connect() {
        try {
            return conn.duplicate();
        } catch (SQLException e) {
            throw fail("open another connection", e);
        }
    }

    /** The connection, for {@link Reports} and {@link Exports}; callers synchronize on the store. */
    Connection connection() {
        return conn;
    }

    StoreException fail(String what, SQLException e) {
        return new StoreException("cannot " + what + " in " + file + ": " + e.getMessage(), e);
    }

    /** SHA-256 of a text (UTF-8), in lower-case hex: the {@code text_hash} of a document. */
    public static String sha256(String text) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(h);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public synchronized void close() {
        try {
            if (!conn.isClosed()) conn.close();
        } catch (SQLException e) {
            throw fail("close", e);
        }
    }
}
