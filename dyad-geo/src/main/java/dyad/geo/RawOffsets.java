package dyad.geo;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Maps names found in the cleaned text back to the document text as given: cleaning removes junk and the
 * dateline and normalises spaces and quotes, so offsets move. Each name is looked for in the raw text in order,
 * from where the previous one was found (spaces and apostrophes may differ). Not thread-safe: one per document.
 */
public final class RawOffsets {
    private final String raw;
    private int from;

    public RawOffsets(String raw) {
        this.raw = raw;
    }

    /** [start, end) of the next occurrence of {@code text} at or after the previous match, or null when absent. */
    public int[] next(String text) {
        Matcher m = pattern(text).matcher(raw);
        if (m.find(from) || m.find(0)) {
            if (m.start() >= from) from = m.end();
            return new int[]{m.start(), m.end()};
        }
        return null;
    }

    private static Pattern pattern(String text) {
        StringBuilder p = new StringBuilder();
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00a0') {
                if (!space) p.append("[\\s\\u00a0]+");
                space = true;
                continue;
            }
            space = false;
            if (c == '\'' || c == '\u2019' || c == '\u2018' || c == '`') p.append("['\u2019\u2018`]");
            else if (c == '-' || c == '\u2010' || c == '\u2011' || c == '\u2013') p.append("[-\u2010\u2011\u2013]");
            else p.append(Pattern.quote(String.valueOf(c)));
        }
        // a whole word: not inside a longer word
        return Pattern.compile("(?<![\\p{L}\\p{N}])" + p + "(?![\\p{L}\\p{N}])");
    }
}
