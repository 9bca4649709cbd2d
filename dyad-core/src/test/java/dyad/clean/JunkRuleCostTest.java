package dyad.clean;

import dyad.model.Document;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The cleaner's work is linear in its input, measured by counting, not by a clock: each junk rule's regular
 * expression reads each character of a piece a bounded number of times (counted through a {@link CharSequence}),
 * and the characters the cleaner hands to its rules grow as the input does (n and 4n). Speed itself is measured by
 * {@code dyad bench}, never by a unit test.
 */
class JunkRuleCostTest {
    /** Pieces start like the rules' own phrases, so that every expression gets past its first words. */
    private static final List<String> STARTS = List.of("", "by using this site ", "sign up for ", "continue reading ", "get our ",
            "we use cookies ", "we value your privacy ", "follow ", "follow us ", "photo", "photo: ", "(photo by ", "image copyright ",
            "credit: ", "updated ", "published on ", "related", "related: ", "related:" + " ".repeat(40), "photo:" + " ".repeat(40), "more from ", "read more ", "copyright ", "© ",
            "(c) 2016 ", "2016 ", "subscribe to our ", "your email address will not be published", "reporting by ", "a");

    /** ... and go on with material that keeps them matching until the end, where they fail. */
    private static final List<String> FILLS = List.of("a ", "a. ", "| ", " ", "  :", ": ", "cookies ", "newsletter ", "subscribe ",
            "subscri", "2016 ", "A B ", "x", "contributed ", "rights reserved ", "all rights reserved. ", "on twitter ", "Reuters/",
            "(Photo by A B) |", "short line. (Photo by A B) |", "Aa ", "a.b ", "1 ");

    /** Characters read per character of the piece, at most (the rules read 1 to 3 now; 20 before the fix). */
    private static final int READS_PER_CHAR = 6;

    /** A text that counts the characters read from it. */
    private static final class Counting implements CharSequence {
        private final String s;
        long reads;

        Counting(String s) {
            this.s = s;
        }

        @Override
        public int length() {
            return s.length();
        }

        @Override
        public char charAt(int i) {
            reads++;
            return s.charAt(i);
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return s.substring(start, end);
        }

        @Override
        public String toString() {
            return s;
        }
    }

    /** The rule's expression and whether it must match the whole piece (else a prefix), or null for rules without one. */
    private static Object[] expression(JunkRule r) {
        if (r instanceof JunkRule.RegexRule x) return new Object[]{x.pattern(), true};
        if (r instanceof JunkRule.KeywordRule x) return new Object[]{x.pattern(), true};
        if (r instanceof JunkRule.PrefixRule x) return new Object[]{x.prefix(), false};
        return null;
    }

    private static long reads(Pattern p, boolean whole, String text) {
        Counting c = new Counting(text);
        Matcher m = p.matcher(c);
        if (whole) m.matches();
        else m.lookingAt();
        return c.reads;
    }

    @Test
    void everyRuleExpressionReadsEachCharacterABoundedNumberOfTimes() {
        List<String> slow = new ArrayList<>();
        int checked = 0;
        for (JunkRule r : JunkRules.standard()) {
            Object[] e = expression(r);
            if (e == null) continue;
            checked++;
            for (String start : STARTS) {
                for (String fill : FILLS) {
                    int n = r.maxLength();
                    String piece = (start + fill.repeat(n)).substring(0, n);
                    long reads = reads((Pattern) e[0], (Boolean) e[1], piece);
                    if (reads > (long) READS_PER_CHAR * n + 100) slow.add(r.name() + " reads " + reads + " characters of '" + piece + "'");
                }
            }
        }
        assertTrue(checked >= 14, "rules with expressions: " + checked);
        assertTrue(slow.isEmpty(), String.join("\n", slow));
    }

    /** The shapes of long junk-free and junk-full inputs. */
    private static final List<String> UNITS = List.of("a", "word ", "MOSCOW ", "By John ", "[a b=c ", "[caption id=1]", "| ", "a. ",
            "Share this. ", "short line. (Photo by A B) |\n", "by using this site cookies\n", "Related: " + " ".repeat(20) + "x\n",
            "Iran praised Syria on Sunday.\n", "sign up for " + "a ".repeat(40) + "\n");

    /** Characters the cleaner hands to its rules while cleaning {@code text} (a rule reads none of a piece over its limit). */
    private static long ruleWork(String text) {
        long[] chars = {0};
        List<JunkRule> counted = new ArrayList<>();
        for (JunkRule r : JunkRules.standard()) {
            counted.add(JunkRule.test(r.name(), Integer.MAX_VALUE, t -> {
                if (t.length() <= r.maxLength()) chars[0] += t.length();
                return r.matches(t);
            }));
        }
        assertNotNull(new WebJunkCleaner(counted).clean(new Document("test", text, null, null, null, null)).text());
        return chars[0];
    }

    @Test
    void theRulesWorkGrowsLinearlyWithTheInput() {
        int n = 16 * 1024;
        for (String unit : UNITS) {
            long small = ruleWork(unit.repeat(n / unit.length()));
            long large = ruleWork(unit.repeat(4 * n / unit.length()));
            assertTrue(large <= 4.4 * small + 2_000, "'" + unit.strip() + "' x n: " + small + " characters to rules, x 4n: " + large);
        }
    }
}
