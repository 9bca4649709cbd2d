package dyad.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a page says about itself: its {@code <meta>} tags (by name, property or itemprop, lower case, first value
 * kept), its JSON-LD objects ({@code @graph}s and lists flattened), the canonical link, the declared language, the
 * {@code <title>}. Read before the page is cleaned.
 *
 * @param meta      meta tag values by lower-case name
 * @param jsonLd    the JSON-LD objects, in page order
 * @param canonical the {@code <link rel=canonical>} address, resolved, or null
 * @param lang      the {@code <html lang>} primary subtag in lower case, or null
 * @param title     the {@code <title>} text, or null
 */
record PageMetadata(Map<String, String> meta, List<JsonNode> jsonLd, String canonical, String lang, String title) {
    /** Reads a parsed page's metadata; {@code json} parses its JSON-LD blocks. */
    static PageMetadata read(org.jsoup.nodes.Document doc, ObjectMapper json) {
        Map<String, String> meta = new HashMap<>();
        for (Element m : doc.getElementsByTag("meta")) {
            String content = m.attr("content").strip();
            if (content.isEmpty()) continue;
            for (String key : new String[]{"name", "property", "itemprop", "http-equiv"}) {
                String k = m.attr(key).strip().toLowerCase(Locale.ROOT);
                if (!k.isEmpty()) meta.putIfAbsent(k, content);
            }
        }
        List<JsonNode> ld = new ArrayList<>();
        for (Element s : doc.select("script[type=application/ld+json]")) {
            try {
                flatten(json.readTree(s.data()), ld);
            } catch (JsonProcessingException e) {
                // a broken JSON-LD block says nothing
            }
        }
        String canonical = null;
        for (Element l : doc.select("link[rel~=(?i)^canonical$][href]")) {
            String href = l.absUrl("href");
            canonical = href.isEmpty() ? l.attr("href") : href;
            break;
        }
        String lang = doc.selectFirst("html") == null ? "" : doc.selectFirst("html").attr("lang").strip().toLowerCase(Locale.ROOT);
        if (lang.isEmpty()) lang = meta.getOrDefault("content-language", meta.getOrDefault("og:locale", "")).toLowerCase(Locale.ROOT);
        int cut = lang.indexOf('-') >= 0 ? lang.indexOf('-') : lang.indexOf('_');
        if (cut > 0) lang = lang.substring(0, cut);
        Element t = doc.selectFirst("title");
        String title = t == null ? null : t.text().strip();
        return new PageMetadata(meta, ld, canonical, lang.length() == 2 || lang.length() == 3 ? lang : null,
                title == null || title.isEmpty() ? null : title);
    }

    private static void flatten(JsonNode n, List<JsonNode> out) {
        if (n == null) return;
        if (n.isArray()) {
            for (JsonNode x : n) flatten(x, out);
        } else if (n.isObject()) {
            out.add(n);
            if (n.has("@graph")) flatten(n.get("@graph"), out);
            if (n.has("mainEntity")) flatten(n.get("mainEntity"), out);
        }
    }

    /** The first non-empty meta value among {@code keys}, or null. */
    String first(String... keys) {
        for (String k : keys) {
            String v = meta.get(k);
            if (v != null && !v.isBlank()) return v.strip();
        }
        return null;
    }

    /** The first JSON-LD text value of {@code field} (a string, or an object's {@code name}), or null. */
    String ld(String field) {
        for (JsonNode o : jsonLd) {
            String v = text(o.get(field));
            if (v != null) return v;
        }
        return null;
    }

    /** The JSON-LD values of {@code field} among article-like objects first, then any. */
    String ldArticle(String field) {
        for (JsonNode o : jsonLd) {
            String type = o.path("@type").toString().toLowerCase(Locale.ROOT);
            if (type.contains("article") || type.contains("posting") || type.contains("report")) {
                String v = text(o.get(field));
                if (v != null) return v;
            }
        }
        return ld(field);
    }

    private static String text(JsonNode v) {
        if (v == null || v.isNull()) return null;
        if (v.isArray()) {
            for (JsonNode x : v) {
                String t = text(x);
                if (t != null) return t;
            }
            return null;
        }
        if (v.isObject()) return text(v.get("name"));
        String s = v.asText().strip();
        return s.isEmpty() ? null : s;
    }
}
