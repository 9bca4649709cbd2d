package dyad.clean;

import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A kind of web junk: a name (used as the label in {@code CleanDocument.removed()}) and a test that says whether
 * a whole piece of text (a line, or the tail of a line) is entirely junk of this kind. Rules only look at pieces no
 * longer than their {@link #maxLength()}, and their regular expressions do work linear in the piece: no two
 * unbounded or long bounded wildcards around a keyword (".{0,300}\bcookies\b.{0,200}" backtracks 300 x 200
 * times), possessive quantifiers where a wildcard follows a run of spaces. Such rules are a prefix expression and a
 * word test instead ({@link #prefix}). {@code JunkRuleCostTest} counts the characters each expression reads.
 */
interface JunkRule {

    int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    String name();

    int maxLength();

    /** True when the whole of {@code text} (trimmed, single line) is junk of this kind. */
    boolean matches(String text);

    /** A rule whose regular expression must match the whole text (case-insensitive). */
    static JunkRule regex(String name, int maxLength, String regex) {
        return new RegexRule(name, maxLength, Pattern.compile(regex, FLAGS));
    }

    /**
     * A rule whose regular expression must match the whole text, tried only when the text contains
     * {@code keyword} (ignoring case): a cheap gate for expressions that cannot fail fast.
     */
    static JunkRule regex(String name, int maxLength, String keyword, String regex) {
        return regex(name, maxLength, keyword, regex, text -> true);
    }

    /**
     * As {@link #regex(String, int, String, String)}; {@code also} then tests
     * what the expression cannot say in linear time.
     */
    static JunkRule regex(String name, int maxLength, String keyword, String regex, Predicate<String> also) {
        return new KeywordRule(name, maxLength, keyword.toLowerCase(Locale.ROOT), Pattern.compile(regex, FLAGS), also);
    }

    /** {@code lowerKeyword} occurs in {@code text}, ignoring case. */
    static boolean containsIgnoreCase(String text, String lowerKeyword) {
        int k = lowerKeyword.length();
        char first = lowerKeyword.charAt(0);
        char firstUpper = Character.toUpperCase(first);
        for (int i = 0; i + k <= text.length(); i++) {
            char c = text.charAt(i);
            if ((c == first || c == firstUpper) && text.regionMatches(true, i, lowerKeyword, 0, k)) return true;
        }
        return false;
    }

    /** A rule whose regular expression must match a prefix of the text, and the rest must pass {@code rest}. */
    static JunkRule prefix(String name, int maxLength, String prefixRegex, Predicate<String> rest) {
        return new PrefixRule(name, maxLength, Pattern.compile(prefixRegex, FLAGS), rest);
    }

    /** A rule given by a predicate over the whole text. */
    static JunkRule test(String name, int maxLength, Predicate<String> test) {
        return new PredicateRule(name, maxLength, test);
    }

    record PredicateRule(String name, int maxLength, Predicate<String> test) implements JunkRule {
        @Override
        public boolean matches(String text) {
            return text.length() <= maxLength && test.test(text);
        }
    }

    record KeywordRule(String name, int maxLength, String keyword, Pattern pattern, Predicate<String> also) implements JunkRule {
        @Override
        public boolean matches(String text) {
            return text.length() <= maxLength && containsIgnoreCase(text, keyword) && pattern.matcher(text).matches() && also.test(text);
        }
    }

    record RegexRule(String name, int maxLength, Pattern pattern) implements JunkRule {
        @Override
        public boolean matches(String text) {
            return text.length() <= maxLength && pattern.matcher(text).matches();
        }
    }

    record PrefixRule(String name, int maxLength, Pattern prefix, Predicate<String> rest) implements JunkRule {
        @Override
        public boolean matches(String text) {
            if (text.length() > maxLength) return false;
            Matcher m = prefix.matcher(text);
            return m.lookingAt() && rest.test(text.substring(m.end()));
        }
    }
}
