package dyad.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.MessageVersion;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcMetadata;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** WARC files as input: real archives written with jwarc's writer, intact and damaged. */
class WarcInputTest {
    @TempDir
    Path dir;

    static final Instant CRAWLED = Instant.parse("2024-01-02T03:04:05Z");

    static String article(String lang, String title, String paragraph, int paragraphs) {
        return "<!DOCTYPE html><html lang=\"" + lang + "\"><head><title>" + title + "</title></head><body>"
                + "<nav><a href=\"/\">Home</a> <a href=\"/world\">World</a></nav><article><h1>" + title + "</h1>"
                + ("<p>" + paragraph + "</p>").repeat(paragraphs) + "</article><footer>(c) News Site</footer></body></html>";
    }

    static final String ENGLISH = "Russian troops attacked Ukrainian positions near the city on Sunday, and the "
            + "government said that it would respond to the attack with all the means it has.";

    static WarcResponse response(String url, int status, String contentType, byte[] body) throws IOException {
        HttpResponse http = new HttpResponse.Builder(status, status == 200 ? "OK" : "Other")
                .body(MediaType.parse(contentType), body).build();
        return new WarcResponse.Builder(url).date(CRAWLED).body(http).build();
    }

    static WarcResponse page(String url, String html) throws IOException {
        return response(url, 200, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8));
    }

    /** A warcinfo, a request, an English page, a German page, a redirect, a 404, a PDF, metadata, two duplicates. */
    static List<WarcRecord> mixed(MessageVersion version) throws IOException {
        List<WarcRecord> r = new ArrayList<>();
        r.add(new Warcinfo.Builder().version(version).date(CRAWLED).fields(Map.of("software", List.of("test"))).build());
        r.add(new WarcRequest.Builder("https://news.example/a").version(version).date(CRAWLED)
                .body(new HttpRequest.Builder("GET", "/a").build()).build());
        r.add(withVersion(page("https://news.example/a", article("en", "Troops attack", ENGLISH, 4)), version));
        r.add(withVersion(page("https://news.example/de", article("de", "Angriff", "Die Regierung hat am Sonntag gesagt, dass "
                + "sie auf den Angriff mit allen Mitteln antworten wird, die sie hat, und dass es keine Verhandlungen gibt.", 4)), version));
        r.add(withVersion(response("https://news.example/old", 301, "text/html", new byte[0]), version));
        r.add(withVersion(response("https://news.example/gone", 404, "text/html", "<html>not found</html>".getBytes(StandardCharsets.UTF_8)), version));
        r.add(withVersion(response("https://news.example/report.pdf", 200, "application/pdf", "%PDF-1.4 ...".getBytes(StandardCharsets.UTF_8)), version));
        r.add(new WarcMetadata.Builder().version(version).date(CRAWLED).targetURI("https://news.example/a").build());
        r.add(withVersion(page("https://news.example/a#comments", article("en", "Troops attack", ENGLISH, 4)), version));
        r.add(withVersion(page("https://news.example/a?utm=x", article("en", "Troops attack", ENGLISH, 4)), version));
        return r;
    }

    private static WarcResponse withVersion(WarcResponse r, MessageVersion v) throws IOException {
        return new WarcResponse.Builder(r.target()).version(v).date(r.date()).body(r.http()).build();
    }

    static void write(Path file, List<WarcRecord> records, WarcCompression compression) throws IOException {
        try (WarcWriter w = new WarcWriter(FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING), compression)) {
            for (WarcRecord r : records) w.write(r);
        }
    }

    static List<InputItem> read(Path file, Set<String> languages) {
        List<InputItem> out = new ArrayList<>();
        new InputReader(InputReader.DEFAULT_MAX_CHARS, languages).read(List.of(file.toString()), new ByteArrayInputStream(new byte[0]), out::add);
        return out;
    }

    static List<InputItem.Read> pages(List<InputItem> items) {
        return items.stream().filter(i -> i instanceof InputItem.Read).map(i -> (InputItem.Read) i).toList();
    }

    static Map<String, Long> counted(List<InputItem> items) {
        return items.stream().filter(i -> i instanceof InputItem.Counted).collect(Collectors.groupingBy(i -> ((InputItem.Counted) i).kind(),
                java.util.TreeMap::new, Collectors.counting()));
    }

    static List<InputItem.Skipped> skipped(List<InputItem> items) {
        return items.stream().filter(i -> i instanceof InputItem.Skipped).map(i -> (InputItem.Skipped) i).toList();
    }

    @Test
    void responsesOfHtmlArePagesAndEveryOtherRecordIsCountedByKind() throws IOException {
        Path warc = dir.resolve("crawl.warc.gz");
        write(warc, mixed(MessageVersion.WARC_1_1), WarcCompression.GZIP);
        List<InputItem> items = read(warc, Set.of("en"));
        List<InputItem.Read> pages = pages(items);
        assertEquals(1, pages.size(), items.toString());
        var d = pages.get(0).document();
        assertTrue(d.id().startsWith("urn:uuid:"), d.id());
        assertEquals("https://news.example/a", d.url());
        assertEquals("Troops attack", d.title());
        assertEquals(LocalDate.of(2024, 1, 2), d.date(), "no date in the page: the WARC date");
        assertEquals("WARC-Date", d.page().dateSource());
        assertEquals("en", d.page().language());
        assertTrue(d.text().startsWith("Russian troops attacked") && !d.text().contains("Home") && !d.text().contains("News Site"), d.text());
        assertTrue(d.origin().startsWith(warc + "@"), d.origin());
        assertEquals(Map.of("metadata", 1L, "request", 1L, "response HTTP 404", 1L, "response application/pdf", 1L,
                "response redirect (HTTP 301)", 1L, "warcinfo", 1L), counted(items));
        List<String> tallies = skipped(items).stream().map(InputItem.Skipped::tally).toList();
        assertEquals(List.of("language de", "duplicate URL", "duplicate text"), tallies);
        assertTrue(skipped(items).get(1).reason().startsWith("duplicate: same URL as urn:uuid:"), skipped(items).get(1).reason());
    }

    @Test
    void warc10AndAWholeFileGzipReadTheSame() throws IOException {
        Path plain = dir.resolve("crawl.warc");
        write(plain, mixed(MessageVersion.WARC_1_0), WarcCompression.NONE);
        Path whole = dir.resolve("whole.warc.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(whole))) {
            out.write(Files.readAllBytes(plain));
        }
        for (Path f : List.of(plain, whole)) {
            List<InputItem> items = read(f, Set.of());
            assertEquals(2, pages(items).size(), f + ": " + items);
            assertEquals(6, counted(items).values().stream().mapToLong(Long::longValue).sum(), f.toString());
            assertEquals(List.of(), skipped(items).stream().filter(s -> s.tally() == null).toList(), "nothing damaged in " + f);
        }
    }

    /** Five English pages with different texts. */
    static List<WarcRecord> five() throws IOException {
        List<WarcRecord> r = new ArrayList<>();
        for (int i = 0; i < 5; i++) r.add(page("https://news.example/" + i, article("en", "Story " + i, ENGLISH + " Story " + i + ".", 30)));
        return r;
    }

    @Test
    void aTruncatedGzipArchiveKeepsEveryRecordBeforeTheDamage() throws IOException {
        Path warc = dir.resolve("cut.warc.gz");
        write(warc, five(), WarcCompression.GZIP);
        byte[] all = Files.readAllBytes(warc);
        Files.write(warc, java.util.Arrays.copyOf(all, all.length - all.length / 10));
        List<InputItem> items = read(warc, Set.of());
        assertEquals(4, pages(items).size(), items.toString());
        InputItem.Skipped damage = skipped(items).get(0);
        assertTrue(damage.reason().startsWith("damaged WARC file: ") && damage.reason().contains("byte offset")
                && damage.reason().contains("the 4 record(s) before it were read"), damage.reason());
    }

    @Test
    void aMalformedHeaderOrALyingLengthIsSkippedWithAReasonAndReadingGoesOn() throws IOException {
        Path warc = dir.resolve("bad.warc");
        write(warc, five(), WarcCompression.NONE);
        String text = Files.readString(warc, StandardCharsets.ISO_8859_1);
        int third = nth(text, "WARC/1.", 3);
        Files.writeString(warc, text.substring(0, third) + "WORC/9.9 garbage\r\n" + text.substring(third + 10), StandardCharsets.ISO_8859_1);
        List<InputItem> items = read(warc, Set.of());
        assertEquals(4, pages(items).size(), "the records before and after the damage: " + items);
        String reason = skipped(items).get(0).reason();
        assertTrue(reason.startsWith("damaged WARC file: malformed WARC record") && reason.contains("reading goes on with the next record"), reason);

        Path gz = dir.resolve("bad.warc.gz");
        write(gz, five(), WarcCompression.GZIP);
        byte[] bytes = Files.readAllBytes(gz);
        int member = 0;
        for (int i = 1, n = 0; i < bytes.length - 2; i++) {
            if ((bytes[i] & 0xff) == 0x1f && (bytes[i + 1] & 0xff) == 0x8b && bytes[i + 2] == 8 && ++n == 2) {
                member = i;
                break;
            }
        }
        for (int i = member + 20; i < member + 60; i++) bytes[i] = (byte) 0x55;
        Files.write(gz, bytes);
        items = read(gz, Set.of());
        assertEquals(4, pages(items).size(), "a corrupt gzip member loses one record: " + items);
        assertEquals(1, skipped(items).size(), items.toString());

        Path lying = dir.resolve("lying.warc");
        int second = nth(text, "Content-Length: ", 3);
        int end = text.indexOf("\r\n", second);
        Files.writeString(lying, text.substring(0, second) + "Content-Length: 999999999" + text.substring(end), StandardCharsets.ISO_8859_1);
        items = read(lying, Set.of());
        assertTrue(pages(items).size() >= 1, "the record before the lie is read: " + items);
        assertEquals(1, skipped(items).size(), items.toString());
    }

    private static int nth(String text, String what, int n) {
        int at = -1;
        for (int i = 0; i < n; i++) at = text.indexOf(what, at + 1);
        return at;
    }

    @Test
    void aHugePageAPageOfScriptsAndLegacyCharsetsAreHandled() throws IOException {
        List<WarcRecord> r = new ArrayList<>();
        String huge = "<html><body><article>" + ("<p>" + ENGLISH + "</p>").repeat(5)
                + "<div class=\"gallery\">" + "<img src=\"data:image/png;base64,AAAA\">".repeat(550_000) + "</div></article></body></html>";
        r.add(page("https://news.example/huge", huge));
        r.add(page("https://news.example/scripts", "<html><head><script>var a = 1;</script></head><body><script>render()</script></body></html>"));
        Charset cp1251 = Charset.forName("windows-1251");
        String russian = "Правительство заявило в воскресенье, что оно ответит на нападение всеми средствами, которые у него есть.";
        r.add(response("https://news.example/ru", 200, "text/html; charset=windows-1251", article("ru", "Нападение", russian, 4).getBytes(cp1251)));
        Charset sjis = Charset.forName("Shift_JIS");
        String japanese = "政府は日曜日、あらゆる手段で攻撃に対応すると述べた。交渉はないという。";
        r.add(response("https://news.example/ja", 200, "text/html", article("ja", "攻撃", japanese, 6)
                .replace("<head>", "<head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=Shift_JIS\">").getBytes(sjis)));
        String french = "Le gouvernement a déclaré dimanche qu'il répondrait à l'attaque par tous les moyens dont il dispose, à Genève.";
        r.add(response("https://news.example/fr", 200, "text/html", article("fr", "Attaque", french, 4).getBytes(StandardCharsets.ISO_8859_1)));
        Path warc = dir.resolve("odd.warc.gz");
        write(warc, r, WarcCompression.GZIP);
        List<InputItem> items = read(warc, Set.of());
        List<InputItem.Read> pages = pages(items);
        assertEquals(4, pages.size(), items.toString());
        assertTrue(pages.get(0).document().text().startsWith("Russian troops"), "a 20 MB page: best effort");
        assertEquals("web page without text (only scripts, markup or media)", skipped(items).get(0).reason());
        assertTrue(pages.get(1).document().text().startsWith(russian), pages.get(1).document().text());
        assertEquals("ru", pages.get(1).document().page().language());
        assertTrue(pages.get(2).document().text().startsWith(japanese), pages.get(2).document().text());
        assertEquals("ja", pages.get(2).document().page().language());
        assertTrue(pages.get(3).document().text().startsWith(french), "undeclared Latin-1 is detected: " + pages.get(3).document().text());
        assertEquals("fr", pages.get(3).document().page().language());
    }

    @Test
    void savedPagesGzippedTruncatedOrInALegacyCharsetAreRead() throws IOException {
        Path in = Files.createDirectory(dir.resolve("saved"));
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(in.resolve("a.html.gz")))) {
            StringBuilder story = new StringBuilder();
            for (int i = 0; i < 200; i++) story.append("<p>").append(ENGLISH).append(" It was the ").append(i).append("th report.</p>");
            out.write(article("en", "Troops attack", story.toString(), 1).getBytes(StandardCharsets.UTF_8));
        }
        byte[] gz = Files.readAllBytes(in.resolve("a.html.gz"));
        Files.write(in.resolve("b-cut.html.gz"), java.util.Arrays.copyOf(gz, gz.length / 2));
        String greek = "Η κυβέρνηση δήλωσε την Κυριακή ότι θα απαντήσει στην επίθεση με όλα τα μέσα που έχει και ότι δεν θα γίνουν διαπραγματεύσεις.";
        Files.write(in.resolve("c-greek.htm"), article("el", "Επίθεση", greek, 3)
                .replace("<head>", "<head><meta charset=\"iso-8859-7\">").getBytes(Charset.forName("ISO-8859-7")));
        List<InputItem> items = new ArrayList<>();
        new InputReader(InputReader.DEFAULT_MAX_CHARS).read(List.of(in.toString()), new ByteArrayInputStream(new byte[0]), items::add);
        List<InputItem.Read> pages = pages(items);
        assertEquals(3, pages.size(), items.toString());
        assertEquals("a.html.gz", pages.get(0).document().id());
        assertTrue(pages.get(1).document().text().startsWith("Russian troops"), "a cut gzip file gives what it holds");
        assertTrue(pages.get(2).document().text().startsWith(greek), pages.get(2).document().text());
        assertEquals("el", pages.get(2).document().page().language());
    }
}
