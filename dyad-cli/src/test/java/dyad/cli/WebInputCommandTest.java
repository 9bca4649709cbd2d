package dyad.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dyad.store.EventStore;
import dyad.store.Reports;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Web pages and WARC files through the command line: what {@code dyad code} codes, counts and skips; {@code dyad extract}. */
class WebInputCommandTest {
    static final Path DEV = Path.of("../../shared/corpora/article-html-dev");
    static final Instant CRAWLED = Instant.parse("2019-11-20T12:00:00Z");

    @TempDir
    Path dir;

    private static WarcWriter writer(Path file) throws IOException {
        return new WarcWriter(FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING), WarcCompression.GZIP);
    }

    private static WarcResponse response(String url, int status, String type, byte[] body) throws IOException {
        return new WarcResponse.Builder(url).date(CRAWLED)
                .body(new HttpResponse.Builder(status, "x").body(MediaType.parse(type), body).build()).build();
    }

    @Test
    void aCrawlOfTheDevPagesIsCodedCountedAndSkippedAsItShouldBe() throws Exception {
        assumeTrue(Files.isRegularFile(DEV.resolve("ground-truth.json")), "no ../shared/corpora/article-html-dev");
        JsonNode truth = new ObjectMapper().readTree(DEV.resolve("ground-truth.json").toFile());
        Path warc = dir.resolve("crawl.warc.gz");
        int pages = 0;
        try (WarcWriter w = writer(warc)) {
            w.write(new Warcinfo.Builder().date(CRAWLED).fields(Map.of("software", List.of("test"))).build());
            for (Iterator<String> keys = truth.fieldNames(); keys.hasNext(); ) {
                String key = keys.next();
                String url = truth.get(key).get("url").asText();
                byte[] html;
                try (InputStream in = new GZIPInputStream(Files.newInputStream(DEV.resolve("html").resolve(key + ".html.gz")))) {
                    html = in.readAllBytes();
                }
                w.write(new WarcRequest.Builder(url).date(CRAWLED).body(new HttpRequest.Builder("GET", url).build()).build());
                w.write(response(url, 200, "text/html; charset=utf-8", html));
                pages++;
            }
            w.write(response("https://news.example/old", 301, "text/html", new byte[0]));
            w.write(response("https://news.example/gone", 404, "text/html", "<html>gone</html>".getBytes(StandardCharsets.UTF_8)));
            w.write(response("https://news.example/report.pdf", 200, "application/pdf", "%PDF-1.4".getBytes(StandardCharsets.UTF_8)));
        }
        byte[] tail = new byte[600];
        for (int i = 0; i < tail.length; i++) tail[i] = (byte) (i * 37);
        tail[0] = 0x1f;
        tail[1] = (byte) 0x8b;
        tail[2] = 8;
        Files.write(warc, tail, StandardOpenOption.APPEND);
        Path db = dir.resolve("events.duckdb");
        Path events = dir.resolve("events.jsonl");
        DyadProcess.Run r = DyadProcess.run("code", "--threads", "2", "--db", db.toString(), "-o", events.toString(), warc.toString());
        assertEquals(0, r.status(), r.err());
        String err = r.err();
        assertTrue(err.contains("WARC records that are not pages, by kind: 60 request, 1 response HTTP 404, "
                + "1 response application/pdf, 1 response redirect (HTTP 301), 1 warcinfo"), err);
        assertTrue(err.contains("web pages skipped for their language (Dyad codes English): "), err);
        assertTrue(err.contains("damaged WARC file") && err.contains("the 124 record(s) before it were read"), err);
        assertTrue(err.lines().filter(l -> l.startsWith("dyad: skipped")).count() <= 3, "pages are not listed one by one: " + err);

        Set<String> coded = new HashSet<>();
        for (String line : Files.readAllLines(events)) coded.add(new ObjectMapper().readTree(line).get("doc_id").asText());
        assertTrue(coded.size() >= 10 && coded.stream().allMatch(id -> id.startsWith("urn:uuid:")), coded.toString());
        try (EventStore s = EventStore.openForQueries(db, false)) {
            Reports q = new Reports(s);
            List<List<Object>> counts = q.query("SELECT count(*), count(url), count(title), count(site), count(extraction), "
                    + "count(*) FILTER (WHERE status = 'coded') FROM documents WHERE doc_id LIKE 'urn:uuid:%'").rows();
            long stored = ((Number) counts.get(0).get(0)).longValue();
            assertEquals(pages, stored, "every page stored, coded or skipped: " + counts);
            for (int i = 1; i <= 4; i++) assertEquals(stored, ((Number) counts.get(0).get(i)).longValue(), "column " + i + ": " + counts);
            assertTrue(((Number) q.query("SELECT count(*) FROM documents WHERE reason LIKE 'language %'").rows().get(0).get(0)).longValue() >= 5);
        }
        Path gdelt = dir.resolve("gdelt.tsv");
        assertEquals(0, DyadProcess.run("export", "--db", db.toString(), "--layout", "gdelt", "--format", "tsv", "-o", gdelt.toString()).status());
        for (String line : Files.readAllLines(gdelt)) {
            String url = line.substring(line.lastIndexOf('\t') + 1);
            assertTrue(url.startsWith("http"), "SOURCEURL is the page's URL: " + line);
        }
    }

    /** An archive of many pages, read with a heap far smaller than the file. */
    @Test
    void extractStreamsAWarcLargerThanItsHeapAndPrintsJsonLines() throws Exception {
        Path warc = dir.resolve("big.warc.gz");
        String filler = "<div class=\"gallery\">" + "<img src=\"data:image/png;base64,QUFBQUFBQUFBQUFB\">".repeat(6000) + "</div>";
        long unpacked = 0;
        try (WarcWriter w = writer(warc)) {
            for (int i = 0; i < 400; i++) {
                String html = "<html lang=en><head><title>Story " + i + "</title><meta property=\"article:published_time\" content=\"2024-01-0"
                        + (1 + i % 9) + "\"></head><body><article><p>The minister said on Tuesday that the talks would continue, "
                        + "and that this was story number " + i + " of the day.</p><p>Negotiators met for " + i + " hours, officials said, "
                        + "and agreed to meet again in January in the same city.</p></article>" + filler + "</body></html>";
                w.write(response("https://news.example/" + i, 200, "text/html", html.getBytes(StandardCharsets.UTF_8)));
                unpacked += html.length();
            }
        }
        assertTrue(unpacked > 100L << 20, "the pages add up to more than twice the heap: " + unpacked);
        DyadProcess.Run r = DyadProcess.withHeap("48m", "extract", "--format", "jsonl", warc.toString());
        assertEquals(0, r.status(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals(400, lines.size());
        JsonNode first = new ObjectMapper().readTree(lines.get(0));
        assertEquals(List.of("id", "url", "canonical_url", "title", "date", "date_source", "site", "language", "status", "origin", "text"),
                iterate(first.fieldNames()));
        assertEquals("Story 0", first.get("title").asText());
        assertEquals("2024-01-01", first.get("date").asText());
        assertEquals("article", first.get("status").asText());
        assertTrue(first.get("text").asText().startsWith("The minister said"), first.toString());
        assertTrue(r.err().contains("400 pages extracted") && r.err().contains("pages/s per core"), r.err());
    }

    private static List<String> iterate(Iterator<String> it) {
        List<String> out = new ArrayList<>();
        it.forEachRemaining(out::add);
        return out;
    }
}
