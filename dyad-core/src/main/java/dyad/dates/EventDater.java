package dyad.dates;

import dyad.model.AnnotatedSentence;
import dyad.model.Token;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Chooses an event's date: the day a time expression in the trigger's own clause resolves to ("agreed on
 * Monday", "ousted ... on Sunday"), else the document date. Expressions that are not a single day ("last year")
 * keep the document date.
 */
public final class EventDater {
    private static final Set<String> TIME_RELS = Set.of("obl", "obl:tmod", "obl:npmod", "nmod:tmod", "advmod", "nmod", "nmod:npmod");

    /**
     * The chosen date and the words that gave it.
     *
     * @param year      the year named by an attached expression that is not a single day ("in August 1990", "last
     *                  year"), else 0
     * @param wholeYear whether the expression names that year as a whole ("in 2018", "last year"), not a part of it
     */
    public record Dated(LocalDate date, String rule, int year, boolean wholeYear) {
        public Dated(LocalDate date, String rule) {
            this(date, rule, 0, false);
        }

        /** Whether a time expression attached to the event dated it (or named its period). */
        public boolean timed() {
            return !NO_TIME.equals(rule);
        }
    }

    /** The rule of an event no attached time expression dates. */
    private static final String NO_TIME = "document date";

    /** "last year", "the previous year", "the past year": the year before the document's. */
    private static final java.util.regex.Pattern LAST_YEAR = java.util.regex.Pattern.compile("\\b(last|previous) year\\b");
    private static final java.util.regex.Pattern YEAR = java.util.regex.Pattern.compile("\\b(1[5-9]\\d\\d|20\\d\\d)\\b");

    public Dated date(AnnotatedSentence s, int trigger, List<TimeExpression> expressions, LocalDate documentDate) {
        for (TimeExpression e : expressions) {
            if (deadline(s, e)) continue;
            if (attached(s, e, trigger)) {
                if (e.date() != null) {
                    return new Dated(e.date(), "time expression '" + e.span().text() + "'");
                }
                String words = e.span().text().toLowerCase(java.util.Locale.ROOT);
                var y = YEAR.matcher(words);
                int year = y.find() ? Integer.parseInt(y.group(1)) : 0;
                boolean whole = e.granularity().equals(TimeExpressionFinder.YEAR) && !words.contains("late") && !words.contains("end");
                if (year == 0 && whole && documentDate != null && LAST_YEAR.matcher(words).find()) year = documentDate.getYear() - 1;
                return new Dated(documentDate, "document date ('" + e.span().text() + "' is not a single day)", year, whole && year != 0);
            }
        }
        return new Dated(documentDate, NO_TIME);
    }

    /** Words before a time expression that make it the end of a period or a deadline, not the event's day. */
    private static final java.util.Set<String> DEADLINE_WORDS = java.util.Set.of("until", "till", "through", "by");

    /** "extended the lockdown until May 3", "must withdraw by Friday": the day the event lasts to or is due. */
    private static boolean deadline(AnnotatedSentence s, TimeExpression e) {
        int before = e.startToken() - 1;
        return before >= 0 && DEADLINE_WORDS.contains(s.token(before).word().toLowerCase(java.util.Locale.ROOT));
    }

    /** Whether the expression hangs off the trigger, or off the verbs the trigger completes ("agreed on Monday to ..."). */
    private static boolean attached(AnnotatedSentence s, TimeExpression e, int trigger) {
        if (!s.parsed()) return false;
        int cur = trigger;
        for (int hop = 0; hop < 4 && cur >= 0; hop++) {
            for (int k = e.startToken(); k < e.endToken(); k++) {
                Token t = s.token(k);
                if (t.head() == cur && TIME_RELS.contains(t.rel())) return true;
                if (k == trigger) return true;
            }
            Token c = s.token(cur);
            if (!c.rel().equals("xcomp") && !c.rel().equals("conj")) break;
            cur = c.head();
        }
        return false;
    }
}
