package dyad.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A web page in, an {@link Article} out: the metadata the page declares (title, publication date, canonical address,
 * site name: {@link PageMetadata}, {@link PublicationDate}), the body found by {@link BodyFinder} with the headline,
 * byline and dates above the first paragraph removed, and its language ({@link LanguageGuesser}). When the markup
 * holds little text but the page's JSON-LD declares an {@code articleBody} (pages built by scripts), that is the
 * body. Stateless; one instance serves many threads.
 */
public final class ArticleExtractor {
    /** Bylines above the article: "By Jane Doe", "Posted by", and the same in a few other languages. */
    private static final Pattern BYLINE = Pattern.compile(
            "(?iu)^(?:by|written by|posted by|words by|story by|text by|von|por|par|di|oleh|door|av|af)\\s*:?\\s+\\p{L}.{0,80}$");
    /** The longest line above the article that may be a byline or a date line. */
    private static final int META_LINE = 120;

    private final Boilerplate boilerplate;
    private final LanguageGuesser languages;
    private final ObjectMapper json = new ObjectMapper();

    public ArticleExtractor() {
        this(Boilerplate.builtIn(), LanguageGuesser.builtIn());
    }

    ArticleExtractor(Boilerplate boilerplate, LanguageGuesser languages) {
        this.boilerplate = boilerplate;
        this.languages = languages;
    }

    /**
     * @param page        the page's bytes
     * @param contentType its HTTP {@code Content-Type} header (for the charset), or null
     * @param url         the address it was read from, or null
     */
    public Article extract(byte[] page, String contentType, String url) {
        return extract(PageDecoder.decode(page, contentType).text(), url);
    }

    /** Extracts from decoded markup; {@code url} (or null) resolves relative links and is the fallback address. */
    public Article extract(String html, String url) {
        org.jsoup.nodes.Document doc = Jsoup.parse(html, url == null ? "" : url);
        PageMetadata meta = PageMetadata.read(doc, json);
        PublicationDate.Found date = PublicationDate.find(doc, meta, url);
        String canonical = canonical(meta, url);
        String title = title(meta, doc);
        Set<String> authors = authors(meta);
        BodyFinder.Body body = new BodyFinder(boilerplate).find(doc.body());
        List<String> paragraphs = paragraphs(body, title, authors);
        String text = String.join("\n\n", paragraphs);
        Article.Extraction how = text.isEmpty() ? Article.Extraction.EMPTY
                : body.article() ? Article.Extraction.ARTICLE : Article.Extraction.PAGE_TEXT;
        String declared = meta.ldArticle("articleBody");
        if (declared != null && declared.length() > 2 * text.length() && declared.length() >= BodyFinder.MIN_ARTICLE) {
            text = Jsoup.parse(declared).wholeText().strip().replaceAll("\\s*\\n\\s*", "\n\n");
            how = Article.Extraction.METADATA;
        }
        String language = languages.guess(text.isEmpty() && title != null ? title : text);
        if (language.equals(LanguageGuesser.UNKNOWN) && meta.lang() != null) language = meta.lang();
        return new Article(title, text, date == null ? null : date.date(), date == null ? null : date.source(), canonical,
                site(meta, canonical), language, how);
    }

    /** The body's blocks as paragraphs, less junk lines, link lists, the headline, and bylines and dates above it. */
    private List<String> paragraphs(BodyFinder.Body body, String title, Set<String> authors) {
        List<TextBlock> blocks = body.blocks();
        int firstProse = 0;
        while (firstProse < blocks.size() && !blocks.get(firstProse).isProse()) firstProse++;
        String titleKey = title == null ? null : Boilerplate.letters(title);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            TextBlock b = blocks.get(i);
            String t = b.text();
            if (boilerplate.isJunkLine(t) || b.linkDensity() > 0.5) continue;
            if (titleKey != null && t.length() <= 2 * titleKey.length() + 10 && Boilerplate.letters(t).equals(titleKey)) continue;
            if (i < firstProse && t.length() <= META_LINE && isMetaLine(t, authors)) continue;
            if (!body.article() && !b.isProse() && t.length() < TextBlock.SHORT && !endsSentence(t)) continue;
            out.add(t);
        }
        return out;
    }

    private static boolean endsSentence(String t) {
        char c = t.charAt(t.length() - 1);
        return c == '.' || c == '!' || c == '?' || c == '\u3002';
    }

    /** A byline, an author's name or a date line. */
    private static boolean isMetaLine(String t, Set<String> authors) {
        if (BYLINE.matcher(t).matches()) return true;
        String lower = t.toLowerCase(Locale.ROOT);
        for (String a : authors) if (lower.contains(a)) return true;
        if (PublicationDate.parse(t) != null) {
            int words = 0;
            for (String w : t.split("[^\\p{L}]+")) if (w.length() > 2) words++;
            return words <= 8;
        }
        return false;
    }

    private static Set<String> authors(PageMetadata meta) {
        Set<String> names = new LinkedHashSet<>();
        for (String v : new String[]{meta.first("author", "article:author", "byl", "sailthru.author", "parsely-author", "dc.creator"),
                meta.ldArticle("author")}) {
            if (v == null || v.contains("://") || v.length() < 4 || v.length() > 80) continue;
            names.add(v.toLowerCase(Locale.ROOT).replaceFirst("^by\\s+", ""));
        }
        return names;
    }

    private static String title(PageMetadata meta, org.jsoup.nodes.Document doc) {
        String t = meta.first("og:title", "twitter:title");
        if (t == null) t = meta.ldArticle("headline");
        if (t == null) {
            Element h1 = doc.selectFirst("h1");
            if (h1 != null && !h1.text().isBlank()) t = h1.text();
        }
        if (t == null) t = meta.title();
        return t == null ? null : Jsoup.parse(t).text().strip();
    }

    private static String canonical(PageMetadata meta, String url) {
        String c = meta.canonical();
        if (c == null || !c.startsWith("http")) c = meta.first("og:url");
        if (c == null || !c.startsWith("http")) c = url;
        return c;
    }

    private static String site(PageMetadata meta, String canonical) {
        String s = meta.first("og:site_name", "application-name", "twitter:site");
        if (s == null) {
            for (JsonNode o : meta.jsonLd()) {
                JsonNode p = o.get("publisher");
                if (p != null && p.hasNonNull("name")) {
                    s = p.get("name").asText().strip();
                    break;
                }
            }
        }
        if (s != null && !s.isBlank()) return s.startsWith("@") && s.length() > 1 ? s.substring(1) : s;
        return host(canonical);
    }

    /** An address's host without "www.", or null. */
    static String host(String url) {
        if (url == null) return null;
        try {
            String h = new URI(url.strip()).getHost();
            if (h == null) return null;
            h = h.toLowerCase(Locale.ROOT);
            return h.startsWith("www.") ? h.substring(4) : h;
        } catch (URISyntaxException e) {
            return null;
        }
    }
}
