package dyad.ingest;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where markup is recognised: a web page coded as plain text would give thousands of "sentences" whose evidence is
 * {@code <a href=...>}, so the reader sends pages to {@link PageReader} (article extraction) instead. A page is a
 * file named {@code .html}/{@code .htm}/{@code .xhtml} (gzipped too: {@code .html.gz}), or a text that starts like
 * one ({@code <!DOCTYPE html>}, {@code <html>}, {@code <head>}, {@code <body>}) or holds {@value #TAGS} or more HTML
 * tags. Stateless.
 */
public final class Html {
    /** This many tags of HTML's own vocabulary make a text a page. */
    static final int TAGS = 5;

    /** Only the start of a long text is looked at. */
    private static final int LOOK = 64 * 1024;

    private static final Pattern START = Pattern.compile("\\A(?:\\s|<!--[^>]{0,500}-->|<\\?xml[^>]{0,200}>)*+"
            + "<(?:!doctype\\s++html|html|head|body)\\b", Pattern.CASE_INSENSITIVE);

    private static final Pattern TAG = Pattern.compile("</?(?:a|abbr|article|aside|b|blockquote|body|br|button|div|em|figcaption"
            + "|figure|footer|form|h[1-6]|head|header|hr|html|i|iframe|img|input|li|link|main|meta|nav|noscript|ol|option|p"
            + "|script|section|select|span|strong|style|table|tbody|td|th|thead|title|tr|ul)(?:\\s[^<>]{0,2000}+)?/?>",
            Pattern.CASE_INSENSITIVE);

    private Html() {
    }

    /** Whether a file name says HTML (gzipped or not). */
    public static boolean isHtmlFile(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.endsWith(".gz")) n = n.substring(0, n.length() - 3);
        return n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".xhtml");
    }

    /** Whether a text is a web page (or a piece of one) rather than prose. */
    public static boolean isHtml(String text) {
        CharSequence head = text.length() > LOOK ? text.subSequence(0, LOOK) : text;
        if (START.matcher(head).lookingAt()) return true;
        Matcher m = TAG.matcher(head);
        int tags = 0;
        while (tags < TAGS && m.find()) tags++;
        return tags >= TAGS;
    }
}
