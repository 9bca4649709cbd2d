package dyad.clean;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * WordPress-style shortcodes ({@code [wpResize]}, {@code [caption id="x"]...[/caption]}, {@code [embed]url[/embed]}).
 * A bracketed token is <em>clearly</em> a shortcode (removed wherever it stands) when it is a closing tag, has
 * {@code key=value} attributes, is self-closing, has a known shortcode name, or a machine-like name (underscore,
 * hyphen, digit, or camelCase starting lowercase). Any other single-word token ({@code [sic]}, {@code [Assad]}) may be
 * an editor's insertion in a quote and is only treated as junk where everything around it is junk too.
 */
final class Shortcodes {

    private static final Set<String> KNOWN = Set.of("caption", "wp_caption", "embed", "gallery", "video", "audio",
            "playlist", "ad", "ads", "advert", "advertisement", "adsense", "iframe", "tweet", "youtube", "vimeo",
            "soundcloud", "instagram", "facebook", "twitter", "googlemaps", "map", "button", "column", "row",
            "section", "toggle", "tabs", "tab", "accordion", "pullquote", "related", "newsletter", "subscribe",
            "share", "sharing", "social", "poll", "quiz", "slider", "slideshow", "shortcode", "img", "media",
            "sidebar", "widget", "divider", "spacer", "dropcap", "readmore", "nextpage", "toc", "wpresize");

    /** Opening and closing tags of blocks whose content is junk as well (captions, embedded media). */
    private static final Pattern BLOCK_TAG = Pattern.compile(
            "\\[(/?)(caption|wp_caption|embed|video|audio|gallery|playlist|tweet|youtube|vimeo|soundcloud|iframe|ad|ads|advert)"
            + "(?:[\\s/][^\\[\\]\\n]{0,500})?\\]",
            Pattern.CASE_INSENSITIVE);

    /** Longest block content removed with its tags; a longer one only loses its tags. */
    static final int MAX_BLOCK = 3000;

    /** A token shaped like a shortcode: "[name]", "[name attr=...]", "[/name]", "[name /]". */
    static final String TOKEN_REGEX = "\\[(/?)([A-Za-z][A-Za-z0-9_-]{0,40})((?:[\\s/][^\\[\\]\\n]{0,300})?)\\]";

    private static final Pattern TOKEN = Pattern.compile(TOKEN_REGEX);

    /**
     * Removes paired blocks such as {@code [caption ...]...[/caption]} with their content, in one pass over the
     * tags: an opening tag is paired with the next closing tag of the same name if no other block tag intervenes
     * and the block is at most {@link #MAX_BLOCK} characters long.
     */
    String removeBlocks(String text, List<String> removed) {
        if (text.indexOf('[') < 0) return text;
        Matcher m = BLOCK_TAG.matcher(text);
        StringBuilder sb = null;
        int last = 0;
        int openStart = -1;
        String openName = null;
        while (m.find()) {
            boolean closing = !m.group(1).isEmpty();
            String name = m.group(2).toLowerCase(Locale.ROOT);
            if (!closing) {
                openStart = m.start();
                openName = name;
                continue;
            }
            if (openStart >= 0 && name.equals(openName) && m.end() - openStart <= MAX_BLOCK) {
                if (sb == null) sb = new StringBuilder(text.length());
                removed.add(WebJunkCleaner.label("shortcode", text.substring(openStart, m.end())));
                sb.append(text, last, openStart).append(' ');
                last = m.end();
            }
            openStart = -1;
            openName = null;
        }
        if (sb == null) return text;
        sb.append(text, last, text.length());
        return sb.toString();
    }

    /** Removes the tokens that are clearly shortcodes from one line. */
    String removeClear(String line, List<String> removed) {
        if (line.indexOf('[') < 0) return line;
        Matcher m = TOKEN.matcher(line);
        StringBuilder sb = null;
        int last = 0;
        while (m.find()) {
            if (!isClear(m)) continue;
            if (sb == null) sb = new StringBuilder(line.length());
            removed.add(WebJunkCleaner.label("shortcode", m.group()));
            sb.append(line, last, m.start()).append(' ');
            last = m.end();
        }
        if (sb == null) return line;
        sb.append(line, last, line.length());
        return TextNormalizer.collapse(sb.toString());
    }

    private static boolean isClear(Matcher m) {
        if (!m.group(1).isEmpty()) return true;                 // [/caption]
        String name = m.group(2);
        String attrs = m.group(3);
        if (attrs.indexOf('=') >= 0 || attrs.strip().equals("/")) return true;
        if (KNOWN.contains(name.toLowerCase(Locale.ROOT))) return true;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '_' || c == '-' || Character.isDigit(c)) return true;
            if (i > 0 && Character.isUpperCase(c) && Character.isLowerCase(name.charAt(0))) return true; // wpResize
        }
        return false;
    }
}
