package dyad.store;

import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Deduplication (documented in {@code docs/database.md}):
 * <ol>
 *   <li>story clusters: documents with the same text hash, and near-duplicate wire copies (MinHash over word
 *       5-shingles, 128 hash functions, 32 LSH bands of 4 rows; estimated Jaccard {@code >=} 0.8 joins two
 *       documents; clusters are the connected components) -> {@code story_clusters(doc_id, cluster_id, method)},
 *       the cluster id being the smallest doc id of the cluster;</li>
 *   <li>{@code dedup_events}: one row per (date, source code, target code, CAMEO code) of the non-negated events
 *       (the Phoenix one-a-day filter), with GDELT-style counts: {@code num_mentions} (distinct sentences),
 *       {@code num_articles} (distinct documents), {@code num_stories} (distinct story clusters),
 *       {@code num_sources} (distinct URL hosts, else input files) and the list of its event ids.</li>
 * </ol>
 * The view {@code events_one_a_day} gives the same filter over full event rows without running this.
 */
public final class Dedup {
    /**
     * @param numHashes   MinHash signature length
     * @param bands       LSH bands (numHashes / bands rows each)
     * @param shingleSize words per shingle
     * @param threshold   estimated Jaccard similarity at or above which two documents are one story
     * @param maxCompare  per document and band bucket, at most this many earlier members are compared (bounds the
     *                    work on huge buckets of boilerplate; members already in the same cluster are not counted)
     */
    public record Config(int numHashes, int bands, int shingleSize, double threshold, int maxCompare) {
        public static Config defaults() {
            return new Config(128, 32, 5, 0.8, 64);
        }
    }

    /** What a run found. */
    public record Result(int documents, int clusters, int duplicateDocuments, long events, long dedupEvents) {
    }

    private final Config config;

    public Dedup(Config config) {
        this.config = config;
    }

    Result run(Connection conn) throws SQLException {
        MinHash minHash = new MinHash(config.numHashes(), config.bands(), config.shingleSize());
        // 1. documents and their signatures, in doc_id order (index order = doc_id order)
        List<String> ids = new ArrayList<>();
        List<String> hashes = new ArrayList<>();
        List<long[]> sigs = new ArrayList<>();
        try (Statement s = conn.createStatement(); ResultSet r = s.executeQuery("""
                SELECT d.doc_id, d.text_hash, s.text FROM documents d LEFT JOIN sentences s USING (doc_id)
                WHERE d.status = 'coded' ORDER BY d.doc_id, s.sentence_index""")) {
            String current = null;
            StringBuilder text = new StringBuilder();
            while (r.next()) {
                String id = r.getString(1);
                if (!id.equals(current)) {
                    if (current != null) sigs.add(minHash.signature(text.toString()));
                    current = id;
                    text.setLength(0);
                    ids.add(id);
                    hashes.add(r.getString(2));
                }
                String sentence = r.getString(3);
                if (sentence != null) text.append(sentence).append('\n');
            }
            if (current != null) sigs.add(minHash.signature(text.toString()));
        }
        int n = ids.size();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) parent[i] = i;
        boolean[] nearLinked = new boolean[n];

        // 2. exact duplicates: same text hash
        Map<String, Integer> firstByHash = new HashMap<>();
        for (int i = 0; i < n; i++) {
            String h = hashes.get(i);
            if (h == null) continue;
            Integer first = firstByHash.putIfAbsent(h, i);
            if (first != null) union(parent, first, i);
        }

        // 3. near duplicates: LSH buckets, candidates verified by estimated Jaccard
        for (int band = 0; band < minHash.bands(); band++) {
            Map<Long, int[]> buckets = new HashMap<>();
            for (int i = 0; i < n; i++) {
                long[] sig = sigs.get(i);
                if (sig == null) continue;
                long key = minHash.bandKey(sig, band);
                int[] members = buckets.get(key);
                if (members == null) {
                    buckets.put(key, new int[] {1, i});
                    continue;
                }
                int compared = 0;
                for (int m = 1; m <= members[0] && compared < config.maxCompare(); m++) {
                    int j = members[m];
                    if (find(parent, i) == find(parent, j)) continue;
                    compared++;
                    if (MinHash.similarity(sig, sigs.get(j)) >= config.threshold()) {
                        union(parent, i, j);
                        nearLinked[i] = true;
                        nearLinked[j] = true;
                    }
                }
                if (members[0] + 1 >= members.length) members = Arrays.copyOf(members, members.length * 2);
                members[++members[0]] = i;
                buckets.put(key, members);
            }
        }

        // 4. clusters: id = smallest doc id (the lowest index, as ids are sorted)
        int[] root = new int[n];
        int[] size = new int[n];
        int[] minIndex = new int[n];
        boolean[] anyNear = new boolean[n];
        Arrays.fill(minIndex, Integer.MAX_VALUE);
        for (int i = 0; i < n; i++) {
            root[i] = find(parent, i);
            size[root[i]]++;
            minIndex[root[i]] = Math.min(minIndex[root[i]], i);
            if (nearLinked[i]) anyNear[root[i]] = true;
        }
        int clusters = 0;
        int duplicates = 0;
        for (int i = 0; i < n; i++) {
            if (root[i] == i) clusters++;
            if (size[root[i]] > 1) duplicates++;
        }

        boolean auto = conn.getAutoCommit();
        conn.setAutoCommit(false);
        try (Statement s = conn.createStatement()) {
            s.execute("DELETE FROM story_clusters");
            try (DuckDBAppender a = ((DuckDBConnection) conn).createAppender("main", "story_clusters")) {
                for (int i = 0; i < n; i++) {
                    a.beginRow();
                    a.append(ids.get(i));
                    a.append(ids.get(minIndex[root[i]]));
                    a.append(size[root[i]] == 1 ? "single" : anyNear[root[i]] ? "minhash" : "text_hash");
                    a.endRow();
                }
            }
            s.execute("DELETE FROM dedup_events");
            s.execute(DEDUP_EVENTS_SQL);
            s.execute("UPDATE dyad_meta SET value = 'true' WHERE key = 'dedup_current'");
            long events;
            long dedupEvents;
            try (ResultSet r = s.executeQuery(
                    "SELECT (SELECT count(*) FROM events WHERE NOT negated), (SELECT count(*) FROM dedup_events)")) {
                r.next();
                events = r.getLong(1);
                dedupEvents = r.getLong(2);
            }
            conn.commit();
            return new Result(n, clusters, duplicates, events, dedupEvents);
        } catch (SQLException | RuntimeException e) {
            conn.rollback();
            throw e;
        } finally {
            conn.setAutoCommit(auto);
        }
    }

    /** The news source of a document: its URL's host without "www.", else its input file, else its id. */
    static final String NEWS_SOURCE_SQL = """
            coalesce(nullif(regexp_replace(lower(regexp_extract(url,
                       '^[A-Za-z][A-Za-z0-9+.-]*://(?:[^@/?#]*@)?([^/:?#]+)', 1)), '^www\\.', ''), ''),
                     nullif(regexp_replace(origin, ':[0-9]+$', ''), ''), doc_id)""";

    static final String DEDUP_EVENTS_SQL = """
            INSERT INTO dedup_events
            WITH src AS (SELECT doc_id, %s AS news_source FROM documents),
            ev AS (
              SELECT e.*, coalesce(c.cluster_id, e.doc_id) AS cluster_id, src.news_source,
                     -- the representative: the first event in (doc_id, sentence, event_id) order
                     e.doc_id || chr(0) || lpad(CAST(e.sentence_index AS VARCHAR), 10, '0') || chr(0) || e.event_id AS k
              FROM events e LEFT JOIN story_clusters c USING (doc_id) LEFT JOIN src USING (doc_id)
              WHERE NOT e.negated)
            SELECT arg_min(event_id, k), date, source_code, arg_min(source_country, k), target_code,
                   arg_min(target_country, k), cameo_code, arg_min(cameo_root, k), arg_min(goldstein, k),
                   arg_min(quad_class, k), arg_min(plover_event, k), arg_min(plover_mode, k),
                   count(DISTINCT doc_id || chr(0) || sentence_index), count(DISTINCT doc_id),
                   count(DISTINCT cluster_id), count(DISTINCT news_source), min(sentence_index),
                   list(event_id ORDER BY k), list_sort(list_distinct(list(doc_id)))
            FROM ev
            GROUP BY date, source_code, target_code, cameo_code
            ORDER BY date, source_code, target_code NULLS FIRST, cameo_code""".formatted(NEWS_SOURCE_SQL);

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static void union(int[] parent, int a, int b) {
        int ra = find(parent, a);
        int rb = find(parent, b);
        if (ra == rb) return;
        // the smaller index becomes the root (deterministic)
        if (ra < rb) parent[rb] = ra;
        else parent[ra] = rb;
    }
}
