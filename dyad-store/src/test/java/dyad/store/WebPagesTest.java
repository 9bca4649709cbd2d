package dyad.store;

import dyad.model.Document;
import dyad.model.PageInfo;
import dyad.output.EventSink;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Documents read from web pages: url, title, site, language and extraction stored, and the exports' url columns. */
class WebPagesTest {
    @TempDir
    Path dir;

    @Test
    void pagesKeepTheirUrlTitleSiteAndExtractionAndExportsUseThem() throws Exception {
        PageInfo page = new PageInfo("Reuters", "en", "article", "https://www.reuters.com/article/x", "article:published_time");
        Document coded = new Document("urn:uuid:1", "Russia praised Iran.", EventStoreTest.DAY, "Russia praises Iran",
                "https://www.reuters.com/article/x?utm=1", "crawl.warc.gz@0", page);
        Document german = new Document("urn:uuid:2", "Russland lobte Iran.", EventStoreTest.DAY, "Lob", "https://www.dw.com/de/x",
                "crawl.warc.gz@900", new PageInfo("DW", "de", "article", null, "URL"));
        try (EventStore s = EventStore.open(dir.resolve("web.duckdb"))) {
            try (StoreSink sink = new StoreSink(s, 10)) {
                StoreEntry.Coded c = TestEvents.coded(coded, "RUS IRN 051");
                sink.coded(coded, c.sentences(), c.events());
                sink.skipped(new EventSink.Skip(german.origin(), german.id(), "language de", german, false));
            }
        }
        try (EventStore s = EventStore.open(dir.resolve("web.duckdb"))) {
            Reports r = new Reports(s);
            assertEquals(List.of(
                    Arrays.asList("urn:uuid:1", "https://www.reuters.com/article/x?utm=1", "Russia praises Iran", "Reuters", "en", "article", "coded", null),
                    Arrays.asList("urn:uuid:2", "https://www.dw.com/de/x", "Lob", "DW", "de", "article", "skipped", "language de")),
                    r.query("SELECT doc_id, url, title, site, language, extraction, status, reason FROM documents ORDER BY doc_id").rows());
            Exports x = new Exports(s);
            x.export(Exports.Layout.GDELT, Exports.Format.JSONL, dir.resolve("gdelt.jsonl"));
            x.export(Exports.Layout.PLOVER, Exports.Format.JSONL, dir.resolve("plover.jsonl"));
            x.export(Exports.Layout.POLECAT, Exports.Format.JSONL, dir.resolve("polecat.jsonl"));
            assertEquals(List.of(List.of("https://www.reuters.com/article/x?utm=1")),
                    r.query("SELECT SOURCEURL FROM read_json('" + dir.resolve("gdelt.jsonl") + "')").rows());
            assertEquals(List.of(List.of("https://www.reuters.com/article/x?utm=1", "Reuters")),
                    r.query("SELECT url, publisher FROM read_json('" + dir.resolve("plover.jsonl") + "')").rows());
            assertEquals(List.of(List.of("Reuters", "en")),
                    r.query("SELECT \"Source\", \"Language\" FROM read_json('" + dir.resolve("polecat.jsonl") + "')").rows());
        }
    }
}
