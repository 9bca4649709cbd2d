package dyad.ingest;

import dyad.model.Document;
import dyad.model.PageInfo;
import dyad.web.Article;
import dyad.web.ArticleExtractor;
import dyad.web.LanguageGuesser;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Web pages (saved files, JSON lines whose text is markup, WARC responses) to documents for one run: the article is
 * extracted ({@link ArticleExtractor}); a page without text, in a language the run does not code, too long, or
 * already met in the run (the same URL, or the same body under another URL) is skipped with its reason. Language
 * and duplicate skips are tallied in the summary rather than listed. One instance per run, used by the reading
 * thread only (it remembers the run's URLs and bodies: 16 bytes a page).
 */
final class PageReader {
    /** Pages larger than this are skipped unread. */
    static final int MAX_PAGE_BYTES = 32 * 1024 * 1024;

    private final ArticleExtractor extractor;
    private final Set<String> languages;
    private final int maxChars;
    private final Map<String, String> urls = new HashMap<>();
    private final Map<String, String> bodies = new HashMap<>();

    /**
     * @param languages the languages the run codes; pages in others are skipped with "language xx" (empty: all)
     * @param maxChars  bodies longer than this are skipped
     */
    PageReader(ArticleExtractor extractor, Set<String> languages, int maxChars) {
        this.extractor = extractor;
        this.languages = languages;
        this.maxChars = maxChars;
    }

    /**
     * @param contentType  the HTTP Content-Type header (for the charset), or null
     * @param url          where the page was fetched (a WARC target), or null for a saved file (then its canonical URL)
     * @param fallbackDate the date when the page gives none (a WARC record's date), or null
     */
    InputItem read(String origin, String id, byte[] bytes, String contentType, String url, LocalDate fallbackDate, String fallbackSource) {
        Article a = extractor.extract(bytes, contentType, url);
        return item(origin, id, a, url, fallbackDate, fallbackSource);
    }

    /** A page already decoded (a JSON line whose text is markup). */
    InputItem read(String origin, String id, String html, String url, LocalDate date) {
        Article a = extractor.extract(html, url);
        return item(origin, id, a, url, date, "input");
    }

    private InputItem item(String origin, String id, Article a, String url, LocalDate fallbackDate, String fallbackSource) {
        if (a.extraction() == Article.Extraction.EMPTY) {
            return new InputItem.Skipped(origin, id, "web page without text (only scripts, markup or media)");
        }
        String address = url != null ? url : a.canonicalUrl();
        LocalDate date = a.date() != null ? a.date() : fallbackDate;
        String dateSource = a.date() != null ? a.dateSource() : fallbackDate != null ? fallbackSource : null;
        Document d = new Document(id, a.text(), date, a.title(), address, origin,
                new PageInfo(a.site(), a.language(), a.extraction().label, a.canonicalUrl(), dateSource));
        String lang = a.language();
        if (!languages.isEmpty() && !lang.equals(LanguageGuesser.UNKNOWN) && !languages.contains(lang)) {
            return new InputItem.Skipped(origin, id, "language " + lang, d, "language " + lang);
        }
        if (address != null) {
            String first = urls.putIfAbsent(urlKey(address), id);
            if (first != null) return new InputItem.Skipped(origin, id, "duplicate: same URL as " + first, d, "duplicate URL");
        }
        String first = bodies.putIfAbsent(hash(a.text()), id);
        if (first != null) return new InputItem.Skipped(origin, id, "duplicate: same text as " + first, d, "duplicate text");
        if (a.text().length() > maxChars) {
            return new InputItem.Skipped(origin, id, String.format("article too long (%,d characters; the limit is %,d, see --max-chars)",
                    a.text().length(), maxChars), d, null);
        }
        return new InputItem.Read(d);
    }

    /** The URL without its fragment, scheme and host in lower case. */
    static String urlKey(String url) {
        String u = url.strip();
        int hash = u.indexOf('#');
        if (hash >= 0) u = u.substring(0, hash);
        int scheme = u.indexOf("://");
        if (scheme < 0) return u;
        int path = u.indexOf('/', scheme + 3);
        return path < 0 ? u.toLowerCase(Locale.ROOT) + "/" : u.substring(0, path).toLowerCase(Locale.ROOT) + u.substring(path);
    }

    private static String hash(String text) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(h, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
