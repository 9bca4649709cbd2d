package dyad.web;

import org.jsoup.nodes.Element;

import java.time.LocalDate;
import java.time.DateTimeException;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A page's publication date, from the first source that has one, in this order: {@code article:published_time};
 * JSON-LD {@code datePublished}; a {@code <time datetime>} (one marked {@code datePublished} or {@code pubdate}
 * first); common meta tags (Dublin Core, Parse.ly, Sailthru, {@code date}, {@code pubdate}...); the URL's path
 * ({@code /2019/11/19/}, {@code /2019-11-19/}, {@code /20191119/}). The date is the one the page writes (its own
 * time zone), not converted to UTC. Stateless.
 */
final class PublicationDate {
    /** A date and where it was found ("article:published_time", "JSON-LD datePublished", "URL"...). */
    record Found(LocalDate date, String source) {
    }

    private static final String[] META = {"og:published_time", "og:article:published_time", "article.published", "datepublished",
            "date", "pubdate", "publishdate", "publish-date", "publish_date", "publication_date", "publication-date",
            "dc.date", "dc.date.issued", "dc.date.created", "dcterms.issued", "dcterms.created", "dcterms.date",
            "sailthru.date", "parsely-pub-date", "article_date_original", "original-publish-date", "originalpublicationdate",
            "cxenseparse:recs:publishtime", "displaydate", "citation_publication_date", "citation_date", "released",
            "article:modified_time", "og:updated_time", "datemodified", "last-modified"};

    private static final Pattern ISO = Pattern.compile("(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})");
    private static final Pattern COMPACT = Pattern.compile("^(\\d{4})(\\d{2})(\\d{2})(?:$|T|\\d)");
    private static final Pattern DMY = Pattern.compile("(\\d{1,2})(?:st|nd|rd|th)?\\.?\\s+([A-Za-z]{3,9})\\.?,?\\s+(\\d{4})");
    private static final Pattern MDY = Pattern.compile("([A-Za-z]{3,9})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})");
    private static final Pattern URL_DATE = Pattern.compile("/((?:19|20)\\d{2})[/-]?(0[1-9]|1[0-2])[/-]?(0[1-9]|[12]\\d|3[01])(?:[/_.-]|$)");
    private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3),
            Map.entry("apr", 4), Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8),
            Map.entry("sep", 9), Map.entry("sept", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));

    private PublicationDate() {
    }

    static Found find(org.jsoup.nodes.Document doc, PageMetadata m, String url) {
        LocalDate d = parse(m.first("article:published_time"));
        if (d != null) return new Found(d, "article:published_time");
        d = parse(m.ldArticle("datePublished"));
        if (d != null) return new Found(d, "JSON-LD datePublished");
        Element t = doc.selectFirst("time[datetime][itemprop~=(?i)datePublished], time[datetime][pubdate]");
        if (t == null) t = doc.selectFirst("article time[datetime], time[datetime]");
        if (t != null && (d = parse(t.attr("datetime"))) != null) return new Found(d, "<time datetime>");
        for (String k : META) {
            d = parse(m.meta().get(k));
            if (d != null) return new Found(d, "meta " + k);
        }
        d = parse(m.ldArticle("dateCreated"));
        if (d == null) d = parse(m.ldArticle("dateModified"));
        if (d != null) return new Found(d, "JSON-LD dateCreated/dateModified");
        if (url != null) {
            Matcher u = URL_DATE.matcher(url);
            if (u.find() && (d = date(u.group(1), u.group(2), u.group(3))) != null) return new Found(d, "URL");
        }
        return null;
    }

    /** A date at the start of an ISO-8601, compact, RFC 1123 or English written date; null when none or implausible. */
    static LocalDate parse(String s) {
        if (s == null) return null;
        s = s.strip();
        if (s.isEmpty()) return null;
        Matcher m = ISO.matcher(s);
        if (m.lookingAt() || (m.find() && m.start() < 12)) return date(m.group(1), m.group(2), m.group(3));
        m = COMPACT.matcher(s);
        if (m.find()) return date(m.group(1), m.group(2), m.group(3));
        m = DMY.matcher(s);
        if (m.find()) return date(m.group(3), month(m.group(2)), m.group(1));
        m = MDY.matcher(s);
        if (m.find()) return date(m.group(3), month(m.group(1)), m.group(2));
        return null;
    }

    private static String month(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        Integer v = MONTHS.get(n.length() > 4 ? n.substring(0, 3) : n);
        if (v == null && n.length() > 3) v = MONTHS.get(n.substring(0, 3));
        return v == null ? null : v.toString();
    }

    private static LocalDate date(String y, String m, String d) {
        if (m == null) return null;
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d));
            return date.getYear() >= 1990 && date.getYear() <= 2100 ? date : null;
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }
}
