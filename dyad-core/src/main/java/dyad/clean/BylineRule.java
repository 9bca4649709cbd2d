package dyad.clean;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A byline on its own line: "By" + one to three names of one to six capitalized words (joined by "and" / "&" /
 * commas), optionally followed by an agency or title ("Reuters", "Associated Press", "Staff Writer"), with no verb
 * or other lowercase prose. "By John Smith and Jane Doe, Reuters" and "By JOHN SMITH Associated Press" match;
 * "By Monday, the troops had left." does not. The cleaner applies it only near the top of a document.
 */
final class BylineRule implements JunkRule {

    private static final Pattern BY = Pattern.compile("^(?:By|BY)\\s+");
    private static final Pattern SEGMENTS = Pattern.compile("\\s*(?:,|\\||\\s-\\s|\\s—\\s)\\s*");
    private static final Pattern NAMES = Pattern.compile("\\s+(?:and|AND|&)\\s+");
    private static final Set<String> SMALL = Set.of("of", "for", "the", "to", "at", "in", "and");

    @Override
    public String name() {
        return "byline";
    }

    @Override
    public int maxLength() {
        return 120;
    }

    @Override
    public boolean matches(String text) {
        if (text.length() > maxLength()) return false;
        var m = BY.matcher(text);
        if (!m.lookingAt()) return false;
        String rest = text.substring(m.end()).strip();
        char last = rest.isEmpty() ? ' ' : rest.charAt(rest.length() - 1);
        if (last == '.' ) {
            // only an initial or an abbreviation may end with a period ("Jr.", "J.")
            int sp = rest.lastIndexOf(' ');
            if (rest.length() - sp - 1 > 4) return false;
        } else if (last == '!' || last == '?' || last == ':' || last == ';') {
            return false;
        }
        String[] segments = SEGMENTS.split(rest);
        if (segments.length == 0 || segments.length > 4) return false;
        String[] names = NAMES.split(segments[0]);
        if (names.length > 3) return false;
        for (String name : names) {
            if (!isName(name)) return false;
        }
        for (int i = 1; i < segments.length; i++) {
            if (!isAffiliation(segments[i])) return false;
        }
        return true;
    }

    private static boolean isName(String name) {
        String[] words = name.strip().split("\\s+");
        if (words.length == 0 || words.length > 6) return false;
        boolean first = true;
        for (String w : words) {
            String b = Names.bare(w);
            if (b.isEmpty()) return false;
            if (Names.isCapitalized(b)) {
                if (b.chars().anyMatch(Character::isDigit)) return false;
            } else if (first || !Names.isParticle(b)) {
                return false;
            }
            first = false;
        }
        return true;
    }

    private static boolean isAffiliation(String segment) {
        String[] words = segment.strip().split("\\s+");
        if (words.length == 0 || words.length > 5) return false;
        int capitalized = 0;
        for (String w : words) {
            String b = Names.bare(w);
            if (b.isEmpty()) continue;
            if (Names.isCapitalized(b)) capitalized++;
            else if (!SMALL.contains(b.toLowerCase(Locale.ROOT))) return false;
        }
        return capitalized > 0;
    }
}
