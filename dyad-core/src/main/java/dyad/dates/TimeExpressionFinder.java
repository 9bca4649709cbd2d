package dyad.dates;

import dyad.model.AnnotatedSentence;
import dyad.model.Token;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dates stage: finds the time expressions of a sentence and resolves them against the document date.
 * Rule-based over the tokens' words and Penn tags (no NER, no SUTime); uses the dependency parse when there is one.
 *
 * <p>What it recognises, scanning left to right and taking the longest match at each token:
 * <ul>
 *   <li>weekdays, with "last"/"next"/"this"/"this past"/"this coming", a part of day ("Monday night") and a
 *       possessive ("Sunday's"), optionally followed by an explicit date ("Monday, March 28"). A weekday resolves
 *       to the most recent such day on or before the document date, or, when its clause is about the future
 *       ("will", "shall", "is going to", "plans to", "is due/expected/set/likely to", "scheduled", "set for",
 *       "upcoming", "next", infinitives under verbs of intention: "agreed to", "vowed to"..., and reported
 *       "would" but not "would have"), the next one on or after it. With a parse, the markers are looked for on
 *       the verb the expression attaches to (its aux dependents, the chain of xcomp governors); without one, in
 *       the nearest verb group to the left within the clause (commas and conjunctions bound it), or to the right
 *       when the expression opens its clause. "every Friday" is recurring (no date);
 *       "last Tuesday" is strictly before, "next Wednesday" strictly after;</li>
 *   <li>relative days: "today", "tonight", "this morning/afternoon/evening", "yesterday (morning)",
 *       "last night", "tomorrow", "the day before yesterday", "the day after tomorrow", "N days ago";</li>
 *   <li>explicit dates: "March 27", "27 March", "March 27, 2016", "27 March 2016", "Mar. 27", "March 27th",
 *       "27th of March", "2016-03-27". Without a year they take the document's year, or the previous year when
 *       that would put them more than six months after the document date (the next year when the clause is
 *       future and the date would be more than six months before it);</li>
 *   <li>expressions that are not a single day, reported with a null date: "last week", "earlier this month",
 *       "next year", "(in) March", "last December", "March 2016", "mid-March", "(in) 2015", "early 2015",
 *       "recently", "in recent weeks", "(for) five years", "the past two years", "almost a year after",
 *       "two days later", "a week ago", "the next day".</li>
 * </ul>
 * "May" tagged as a modal is never a month; a month name with neither a day nor a year next to it counts only
 * after a preposition or a modifier ("in March", "last March"), so "Syria will march forward" and "Theresa May"
 * are not dates. Month and weekday names must be capitalised. Leading prepositions ("on", "in", "for") are not
 * part of an expression; trailing "ago"/"after"/"later"/"earlier"/"before" and a possessive "'s" are.
 *
 * <p>The head token is the noun a dependency parser attaches the expression by ("Monday" in "on Monday",
 * "March" in "March 27", "night" in "Monday night", "days" in "two days ago"); in a parsed sentence a noun of the
 * expression whose head lies outside it wins.
 *
 * <p>Stateless and thread-safe.
 */
public final class TimeExpressionFinder {

    public static final String DAY = "day";
    public static final String WEEK = "week";
    public static final String MONTH = "month";
    public static final String YEAR = "year";
    public static final String OTHER = "other";

    public TimeExpressionFinder() {
    }

    /** The time expressions of {@code sentence}, in order, resolved against {@code documentDate}. */
    public List<TimeExpression> find(AnnotatedSentence sentence, LocalDate documentDate) {
        Objects.requireNonNull(sentence, "sentence");
        Objects.requireNonNull(documentDate, "documentDate");
        Scan s = new Scan(sentence);
        List<TimeExpression> out = new ArrayList<>();
        int i = 0;
        while (i < s.n) {
            Match best = longestAt(s, i);
            if (best == null) {
                i++;
                continue;
            }
            best = withPossessive(s, best);
            int head = parsedHead(s, best);
            LocalDate date = resolve(s, best, head, documentDate);
            out.add(new TimeExpression(best.start, best.end, head, sentence.span(best.start, best.end),
                    date, best.granularity));
            i = best.end;
        }
        return out;
    }

    // ------------------------------------------------------------------ matches and their resolution

    /** How a match becomes a date. */
    private sealed interface Resolution permits NoDate, Offset, Exact, Weekday, MonthDayOf {
    }

    /** Not a single day. */
    private record NoDate() implements Resolution {
    }

    /** The document date plus some days. */
    private record Offset(int days) implements Resolution {
    }

    private record Exact(LocalDate date) implements Resolution {
    }

    private enum Direction { BY_TENSE, BEFORE, AFTER }

    private record Weekday(DayOfWeek day, Direction direction) implements Resolution {
    }

    /** A month and day, with a year or 0 when the year is to be inferred. */
    private record MonthDayOf(int month, int day, int year) implements Resolution {
    }

    private record Match(int start, int end, int head, String granularity, Resolution resolution) {
        Match withEnd(int newEnd) {
            return new Match(start, newEnd, head, granularity, resolution);
        }
    }

    private static final NoDate NO_DATE = new NoDate();

    private static LocalDate resolve(Scan s, Match m, int head, LocalDate doc) {
        Resolution r = m.resolution;
        if (r instanceof Offset o) return doc.plusDays(o.days());
        if (r instanceof Exact e) return e.date();
        if (r instanceof Weekday w) {
            Direction d = w.direction();
            if (d == Direction.BEFORE) return doc.with(TemporalAdjusters.previous(w.day()));
            if (d == Direction.AFTER) return doc.with(TemporalAdjusters.next(w.day()));
            return isFuture(s, m, head)
                    ? doc.with(TemporalAdjusters.nextOrSame(w.day()))
                    : doc.with(TemporalAdjusters.previousOrSame(w.day()));
        }
        if (r instanceof MonthDayOf md) {
            MonthDay monthDay = MonthDay.of(md.month(), md.day());
            if (md.year() != 0) return monthDay.atYear(md.year());
            LocalDate date = monthDay.atYear(doc.getYear());
            if (date.isAfter(doc.plusMonths(6))) {
                date = monthDay.atYear(doc.getYear() - 1);
            } else if (date.isBefore(doc.minusMonths(6)) && isFuture(s, m, head)) {
                date = monthDay.atYear(doc.getYear() + 1);
            }
            return date;
        }
        return null;
    }

    private static Match longestAt(Scan s, int i) {
        Match best = null;
        for (Match m : new Match[] {
                isoDate(s, i), explicitDate(s, i), weekday(s, i), relativeDay(s, i), namedPeriod(s, i),
                theWeekend(s, i), monthOnly(s, i), year(s, i), recently(s, i), quantity(s, i)}) {
            if (m != null && (best == null || m.end > best.end)) best = m;
        }
        return best;
    }

    /** "Sunday's", "last year's": the possessive clitic belongs to the expression. */
    private static Match withPossessive(Scan s, Match m) {
        if (m.end < s.n && (s.pos(m.end).equals("POS") || s.w(m.end).equals("'s"))) return m.withEnd(m.end + 1);
        return m;
    }

    /**
     * In a parsed sentence, the noun of the expression whose head lies outside it (the parser's attachment point);
     * otherwise (or when there is none, as for "days" under "ago") the matcher's choice.
     */
    private static int parsedHead(Scan s, Match m) {
        if (!s.parsedAt(m.head)) return m.head;
        for (int k = m.start; k < m.end; k++) {
            int h = s.tok(k).head();
            if (s.tok(k).isNoun() && (h < m.start || h >= m.end)) return k;
        }
        return m.head;
    }

    // ------------------------------------------------------------------ the matchers

    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern DAY_NUMBER = Pattern.compile("(\\d{1,2})(?:st|nd|rd|th)?");
    private static final Pattern YEAR_NUMBER = Pattern.compile("(1[89]\\d\\d|20\\d\\d)");
    private static final Pattern PREFIXED_PERIOD = Pattern.compile("(early|mid|late)-([a-z]+|\\d{4})");

    private static final Map<String, DayOfWeek> WEEKDAYS = Map.of(
            "monday", DayOfWeek.MONDAY, "tuesday", DayOfWeek.TUESDAY, "wednesday", DayOfWeek.WEDNESDAY,
            "thursday", DayOfWeek.THURSDAY, "friday", DayOfWeek.FRIDAY, "saturday", DayOfWeek.SATURDAY,
            "sunday", DayOfWeek.SUNDAY);
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("january", 1), Map.entry("february", 2), Map.entry("march", 3), Map.entry("april", 4),
            Map.entry("may", 5), Map.entry("june", 6), Map.entry("july", 7), Map.entry("august", 8),
            Map.entry("september", 9), Map.entry("october", 10), Map.entry("november", 11),
            Map.entry("december", 12));
    private static final Map<String, Integer> MONTH_ABBREVIATIONS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4),
            Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9),
            Map.entry("sept", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));
    private static final Set<String> PARTS_OF_DAY = Set.of("morning", "afternoon", "evening", "night");
    /** Words before a weekday that make it a name: "Bloody Sunday", "Good Friday", "Black Monday". */
    private static final Set<String> WEEKDAY_NAME_BEFORE = Set.of(
            "bloody", "black", "good", "holy", "ash", "super", "cyber", "palm", "easter", "shrove", "maundy",
            "giving");
    /** Capitalised words after a weekday that make it a name: "The Sunday Times". */
    private static final Set<String> WEEKDAY_NAME_AFTER = Set.of(
            "times", "telegraph", "mail", "express", "herald", "post", "mirror", "independent", "tribune", "star",
            "observer", "sport", "people", "world", "business");
    /** Words after which a bare month name ("in March") or a year ("since 2011") is a date. */
    private static final Set<String> PERIOD_TRIGGERS = Set.of(
            "in", "since", "until", "till", "through", "throughout", "during", "before", "after", "by", "from",
            "to", "of", "between", "and", "around", "circa", "for", "early", "late", "mid", "last", "this", "next");
    /** Triggers too weak for a bare "May" ("a speech by May", "talks with May"). */
    private static final Set<String> WEAK_TRIGGERS = Set.of("by", "of", "to", "and", "from", "between", "for", "with");
    private static final Set<String> PERIOD_MODIFIERS = Set.of("early", "mid", "late", "last", "this", "next");
    private static final Map<String, Integer> NUMBER_WORDS = Map.ofEntries(
            Map.entry("a", 1), Map.entry("an", 1), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
            Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
            Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
            Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14),
            Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17),
            Map.entry("eighteen", 18), Map.entry("nineteen", 19), Map.entry("twenty", 20));
    private static final Set<String> VAGUE_QUANTITIES = Set.of("few", "several", "some", "many", "couple");
    private static final Set<String> APPROXIMATORS = Set.of(
            "almost", "nearly", "about", "around", "roughly", "approximately", "over", "under", "just", "only",
            "barely", "exactly", "some", "well", "more", "less", "fewer", "than", "at", "least", "little");
    private static final Map<String, String> UNITS = Map.ofEntries(
            Map.entry("day", DAY), Map.entry("week", WEEK), Map.entry("month", MONTH), Map.entry("year", YEAR),
            Map.entry("decade", OTHER), Map.entry("century", OTHER), Map.entry("hour", "hour"),
            Map.entry("minute", "hour"));
    /** Words after "N units" that anchor it: "two days ago", "a year after". */
    private static final Set<String> RELATIONS = Set.of("ago", "after", "later", "earlier", "before", "previously");
    /** Prepositions before a bare "N units" that make it a duration: "for five years". */
    private static final Set<String> DURATION_PREPOSITIONS = Set.of(
            "for", "over", "within", "during", "throughout", "in", "after");
    private static final Set<String> WEEKEND_PREPOSITIONS = Set.of("over", "during", "at", "on", "through");
    private static final Set<String> NAMED_PERIOD_MODIFIERS = Set.of(
            "last", "this", "next", "past", "previous", "coming", "current");
    private static final Set<String> THE_NAMED_PERIOD_MODIFIERS = Set.of(
            "past", "previous", "coming", "current", "last");
    private static final Set<String> THE_QUANTITY_MODIFIERS = Set.of(
            "past", "last", "previous", "next", "coming", "following", "same", "first");
    private static final Set<String> QUANTITY_MODIFIERS = Set.of("past", "last", "previous", "next", "coming");
    private static final Set<String> RECENT_UNITS = Set.of("days", "weeks", "months", "years");
    private static final Map<String, String> PERIOD_UNITS = Map.ofEntries(
            Map.entry("week", WEEK), Map.entry("weekend", WEEK), Map.entry("month", MONTH),
            Map.entry("year", YEAR), Map.entry("decade", OTHER), Map.entry("century", OTHER),
            Map.entry("summer", OTHER), Map.entry("winter", OTHER), Map.entry("spring", OTHER),
            Map.entry("autumn", OTHER), Map.entry("fall", OTHER));

    private static Match isoDate(Scan s, int i) {
        Matcher m = ISO.matcher(s.w(i));
        if (!m.matches()) return null;
        try {
            LocalDate d = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)));
            return new Match(i, i + 1, i, DAY, new Exact(d));
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** A month name at {@code i}: its number, where it ends, whether it was abbreviated. */
    private record MonthToken(int month, int end, boolean abbreviated) {
    }

    private static MonthToken monthAt(Scan s, int i) {
        if (i >= s.n || !s.capitalised(i) || s.pos(i).equals("MD")) return null;
        String w = s.w(i);
        Integer m = MONTHS.get(w);
        if (m != null) return new MonthToken(m, i + 1, false);
        boolean dotted = w.endsWith(".");
        m = MONTH_ABBREVIATIONS.get(dotted ? w.substring(0, w.length() - 1) : w);
        if (m == null) return null;
        // "Mar ." split by a tokenizer: take the dot when a day or year follows it
        int end = i + 1;
        if (!dotted && s.is(end, ".") && (dayAt(s, end + 1) > 0 || yearAt(s, end + 1) > 0)) end++;
        return new MonthToken(m, end, true);
    }

    private static int dayAt(Scan s, int i) {
        if (i >= s.n) return 0;
        Matcher m = DAY_NUMBER.matcher(s.w(i));
        if (!m.matches()) return 0;
        int d = Integer.parseInt(m.group(1));
        return d >= 1 && d <= 31 ? d : 0;
    }

    private static int yearAt(Scan s, int i) {
        if (i < 0 || i >= s.n) return 0;
        return YEAR_NUMBER.matcher(s.w(i)).matches() ? Integer.parseInt(s.w(i)) : 0;
    }

    /** "March 27", "Mar. 27", "March 27, 2016", "27 March 2016", "27th of March". */
    private static Match explicitDate(Scan s, int i) {
        int month;
        int day;
        int monthIndex;
        int end;
        MonthToken mt = monthAt(s, i);
        if (mt != null && dayAt(s, mt.end) > 0) {
            month = mt.month;
            monthIndex = i;
            day = dayAt(s, mt.end);
            end = mt.end + 1;
        } else if (dayAt(s, i) > 0) {
            int j = s.is(i + 1, "of") ? i + 2 : i + 1;
            mt = monthAt(s, j);
            if (mt == null) return null;
            month = mt.month;
            monthIndex = j;
            day = dayAt(s, i);
            end = mt.end;
            if (s.is(end, ".") && yearAt(s, end + 1) > 0) end++;   // "27 Mar . 2016"
        } else {
            return null;
        }
        int year = 0;
        if (yearAt(s, end) > 0) {
            year = yearAt(s, end);
            end++;
        } else if (s.is(end, ",") && yearAt(s, end + 1) > 0) {
            year = yearAt(s, end + 1);
            end += 2;
        }
        if (day > MonthDay.of(month, 1).getMonth().maxLength()) return null;
        if (year != 0 && !MonthDay.of(month, day).isValidYear(year)) return null;
        // "the March 14 Alliance", "the April 6 Youth Movement": a name, not a date
        if (year == 0 && i > 0 && s.is(i - 1, "the") && end < s.n && s.capitalised(end)
                && s.pos(end).startsWith("NNP") && monthAt(s, end) == null && !WEEKDAYS.containsKey(s.w(end))) {
            return null;
        }
        return new Match(i, end, monthIndex, DAY, new MonthDayOf(month, day, year));
    }

    /** "Monday", "last Tuesday", "this coming Friday", "Monday night", "Monday, March 28". */
    private static Match weekday(Scan s, int i) {
        int j = i;
        Direction direction = Direction.BY_TENSE;
        String w = s.w(i);
        if (w.equals("last") || w.equals("past")) {
            direction = Direction.BEFORE;
            j++;
        } else if (w.equals("next") || w.equals("coming")) {
            direction = Direction.AFTER;
            j++;
        } else if (w.equals("this")) {
            j++;
            if (s.is(j, "past")) {
                direction = Direction.BEFORE;
                j++;
            } else if (s.is(j, "coming")) {
                direction = Direction.AFTER;
                j++;
            }
        }
        if (j >= s.n || !s.capitalised(j)) return null;
        DayOfWeek day = WEEKDAYS.get(s.w(j));
        if (day == null) return null;
        if (j > 0 && WEEKDAY_NAME_BEFORE.contains(s.w(j - 1))) return null;
        if (j + 1 < s.n && s.capitalised(j + 1) && WEEKDAY_NAME_AFTER.contains(s.w(j + 1))) return null;
        if (j == i && (s.is(i - 1, "every") || s.is(i - 1, "each"))) {
            return new Match(i - 1, i + 1, i, OTHER, NO_DATE);   // "every Friday": recurring, not one day
        }
        int head = j;
        int end = j + 1;
        if (end < s.n && PARTS_OF_DAY.contains(s.w(end))) {
            head = end;
            end++;
        }
        // "Monday, March 28, 2016" / "Monday March 28": the explicit date decides
        int at = s.is(end, ",") ? end + 1 : end;
        Match explicit = at < s.n ? explicitDate(s, at) : null;
        if (explicit != null) return new Match(i, explicit.end, j, DAY, explicit.resolution);
        return new Match(i, end, head, DAY, new Weekday(day, direction));
    }

    /** "today", "tonight", "yesterday morning", "this evening", "last night", "the day before yesterday". */
    private static Match relativeDay(Scan s, int i) {
        String w = s.w(i);
        Integer offset = switch (w) {
            case "today", "tonight" -> 0;
            case "yesterday" -> -1;
            case "tomorrow" -> 1;
            default -> null;
        };
        if (offset != null) {
            if (!w.equals("tonight") && i + 1 < s.n && PARTS_OF_DAY.contains(s.w(i + 1))) {
                return new Match(i, i + 2, i + 1, DAY, new Offset(offset));
            }
            return new Match(i, i + 1, i, DAY, new Offset(offset));
        }
        if (w.equals("this") && i + 1 < s.n && PARTS_OF_DAY.contains(s.w(i + 1)) && !s.is(i + 1, "night")) {
            return new Match(i, i + 2, i + 1, DAY, new Offset(0));
        }
        if (w.equals("last") && (s.is(i + 1, "night") || s.is(i + 1, "evening"))) {
            return new Match(i, i + 2, i + 1, DAY, new Offset(-1));
        }
        int j = w.equals("the") ? i + 1 : i;
        if (s.is(j, "day") && (s.is(j + 1, "before") && s.is(j + 2, "yesterday")
                || s.is(j + 1, "after") && s.is(j + 2, "tomorrow"))) {
            return new Match(i, j + 3, j, DAY, new Offset(s.is(j + 1, "before") ? -2 : 2));
        }
        return null;
    }

    /** "last week", "this month", "next year", "earlier this week", "the past week", "this past weekend". */
    private static Match namedPeriod(Scan s, int i) {
        int j = i;
        String w = s.w(j);
        if ((w.equals("earlier") || w.equals("later") || w.equals("early") || w.equals("late"))
                && (s.is(j + 1, "this") || s.is(j + 1, "last") || s.is(j + 1, "next"))) {
            j++;
        } else if (w.equals("the") && THE_NAMED_PERIOD_MODIFIERS.contains(s.w(j + 1))) {
            j++;
        }
        if (!NAMED_PERIOD_MODIFIERS.contains(s.w(j))) return null;
        String modifier = s.w(j);
        j++;
        if (modifier.equals("this") && (s.is(j, "past") || s.is(j, "coming"))) j++;
        if (j >= s.n) return null;
        String granularity = PERIOD_UNITS.get(s.w(j));
        if (granularity == null) return null;
        return new Match(i, j + 1, j, granularity, NO_DATE);
    }

    /** "(over) the weekend". */
    private static Match theWeekend(Scan s, int i) {
        if (s.is(i, "the") && s.is(i + 1, "weekend") && WEEKEND_PREPOSITIONS.contains(s.w(i - 1))) {
            return new Match(i, i + 2, i + 1, WEEK, NO_DATE);
        }
        return null;
    }

    /** "in March", "last December", "March 2016", "early March", "mid-March". */
    private static Match monthOnly(Scan s, int i) {
        Matcher prefixed = PREFIXED_PERIOD.matcher(s.w(i));
        if (prefixed.matches() && MONTHS.containsKey(prefixed.group(2))) {
            int end = yearAt(s, i + 1) > 0 ? i + 2 : i + 1;
            return new Match(i, end, i, MONTH, NO_DATE);
        }
        int j = i;
        boolean modified = false;
        if (PERIOD_MODIFIERS.contains(s.w(i))) {
            j++;
            modified = true;
        }
        MonthToken mt = monthAt(s, j);
        if (mt == null) return null;
        int end = mt.end;
        boolean withYear = false;
        if (yearAt(s, end) > 0) {
            end++;
            withYear = true;
        } else if (s.is(end, ",") && yearAt(s, end + 1) > 0) {
            end += 2;
            withYear = true;
        }
        if (!withYear) {
            if (mt.abbreviated || dayAt(s, end) > 0) return null;
            if (!modified) {
                if (i == 0) return null;
                String before = s.w(i - 1);
                if (!PERIOD_TRIGGERS.contains(before)) return null;
                if (mt.month == 5 && WEAK_TRIGGERS.contains(before)) return null;
            }
        }
        return new Match(i, end, j, MONTH, NO_DATE);
    }

    /** "in 2015", "since 2011", "early 2015", "mid-2015", "between 2011 and 2015". */
    private static Match year(Scan s, int i) {
        Matcher prefixed = PREFIXED_PERIOD.matcher(s.w(i));
        if (prefixed.matches() && YEAR_NUMBER.matcher(prefixed.group(2)).matches()) {
            return new Match(i, i + 1, i, YEAR, NO_DATE);
        }
        boolean modified = s.w(i).equals("early") || s.w(i).equals("mid") || s.w(i).equals("late");
        int j = modified ? i + 1 : i;
        if (yearAt(s, j) == 0) return null;
        if (j + 1 < s.n && (s.pos(j + 1).equals("NNS") || s.is(j + 1, "%") || s.is(j + 1, "percent"))) return null;
        if (!modified) {
            if (i == 0) return null;
            String before = s.w(i - 1);
            if (!PERIOD_TRIGGERS.contains(before)) return null;
            // "between 2011 and 2015", "from 2011 to 2015": only after another year
            if ((before.equals("and") || before.equals("to")) && yearAt(s, i - 2) == 0) return null;
        }
        return new Match(i, j + 1, j, YEAR, NO_DATE);
    }

    /** "recently", "lately", "recent weeks". */
    private static Match recently(Scan s, int i) {
        String w = s.w(i);
        if (w.equals("recently") || w.equals("lately")) return new Match(i, i + 1, i, OTHER, NO_DATE);
        if (w.equals("recent") && RECENT_UNITS.contains(s.w(i + 1))) {
            return new Match(i, i + 2, i + 1, OTHER, NO_DATE);
        }
        return null;
    }

    /**
     * Quantities of time: "two days ago", "almost a year after", "(for) five years", "the past two years",
     * "(for) years", "the next day".
     */
    private static Match quantity(Scan s, int i) {
        int j = i;
        boolean anchoredByModifier = false;
        // "the past two years", "the next day", "the following week", "the same day", "the previous day"
        if (s.is(j, "the") && THE_QUANTITY_MODIFIERS.contains(s.w(j + 1))) {
            String mod = s.w(j + 1);
            j += 2;
            String unit = unitOf(s, j);
            if (unit != null && !s.w(j).endsWith("s") && !mod.equals("first")) {
                return new Match(i, j + 1, j, OTHER, NO_DATE);   // "the next day"
            }
            anchoredByModifier = true;
        } else if (QUANTITY_MODIFIERS.contains(s.w(j))) {
            j++;
            anchoredByModifier = true;
        }
        boolean approximate = false;
        for (int k = 0; k < 3 && j < s.n && APPROXIMATORS.contains(s.w(j)) && !isQuantityStart(s, j); k++) {
            j++;
            approximate = true;
        }
        // the quantity
        int amount = -1;                    // -1: none, 0: vague
        if (j < s.n) {
            String q = s.w(j);
            if (s.is(j, "a") && s.is(j + 1, "few") || s.is(j, "a") && s.is(j + 1, "couple") && s.is(j + 2, "of")) {
                j += s.is(j + 1, "few") ? 2 : 3;
                amount = 0;
            } else if (s.is(j, "a") && s.is(j + 1, "couple")) {
                j += 2;
                amount = 0;
            } else if (NUMBER_WORDS.containsKey(q)) {
                amount = NUMBER_WORDS.get(q);
                j++;
            } else if (q.matches("\\d{1,3}")) {
                amount = Integer.parseInt(q);
                j++;
            } else if (VAGUE_QUANTITIES.contains(q)) {
                amount = 0;
                j++;
                if (q.equals("couple") && s.is(j, "of")) j++;
            }
        }
        String unit = unitOf(s, j);
        if (unit == null) return null;
        if (amount < 0 && !s.w(j).endsWith("s")) return null;        // "for years", "years ago"; not "a day"
        if (amount == 1 && s.w(j).endsWith("s")) return null;        // "one days"?
        int unitIndex = j;
        int end = j + 1;
        boolean relation = end < s.n && RELATIONS.contains(s.w(end));
        if (relation) end++;
        if (!relation && !anchoredByModifier) {
            if (i == 0 || !DURATION_PREPOSITIONS.contains(s.w(i - 1))) return null;
            if (amount < 0 && !s.is(i - 1, "for") && !s.is(i - 1, "over")) return null;
        }
        if (anchoredByModifier && amount < 0) return null;
        if (relation && s.is(end - 1, "ago")) {
            if (amount > 0 && !approximate && !anchoredByModifier) {
                if (unit.equals(DAY)) return new Match(i, end, unitIndex, DAY, new Offset(-amount));
                if (unit.equals("hour")) return new Match(i, end, unitIndex, DAY, new Offset(0));
            }
            String g = unit.equals("hour") ? OTHER : unit.equals(DAY) ? OTHER : unit;
            return new Match(i, end, unitIndex, g, NO_DATE);
        }
        return new Match(i, end, unitIndex, OTHER, NO_DATE);
    }

    private static boolean isQuantityStart(Scan s, int j) {
        String w = s.w(j);
        return NUMBER_WORDS.containsKey(w) || w.matches("\\d{1,3}")
                || VAGUE_QUANTITIES.contains(w) && !w.equals("some") || w.equals("some") && unitOf(s, j + 1) != null;
    }

    /** The granularity of a unit noun ("days" -> day), or null. */
    private static String unitOf(Scan s, int j) {
        if (j >= s.n) return null;
        String w = s.w(j);
        String unit = UNITS.get(w);
        if (unit == null && w.endsWith("s")) unit = UNITS.get(w.substring(0, w.length() - 1));
        if (unit == null && w.equals("centuries")) unit = OTHER;
        return unit;
    }

    // ------------------------------------------------------------------ is the clause about the future?

    /** Modals of the future; "would" (future in the past: "said he would visit on Thursday") unless "would have". */
    private static final Set<String> WILL = Set.of("will", "shall", "'ll", "wo", "sha", "won't", "shan't", "would", "'d");
    /** Participles that schedule what follows "for": "set for Thursday", "planned for Friday". */
    private static final Set<String> SCHEDULING = Set.of("set", "slated", "planned", "scheduled", "fixed", "due");
    /** Words that put what they govern in the future: "scheduled for Thursday", "the upcoming talks". */
    private static final Set<String> FUTURE_WORDS = Set.of("scheduled", "slated", "upcoming", "next");
    /** Verbs (and adjectives) whose infinitive complement lies in the future: "plans to", "is due to". */
    private static final Set<String> PROSPECTIVE = Set.of(
            "going", "plan", "plans", "planned", "planning", "expect", "expects", "expected", "due", "set",
            "schedule", "scheduled", "slated", "intend", "intends", "intended", "aim", "aims", "agree", "agrees",
            "agreed", "decide", "decides", "decided", "promise", "promises", "promised", "pledge", "pledges",
            "pledged", "vow", "vows", "vowed", "threaten", "threatens", "threatened", "hope", "hopes", "hoped",
            "want", "wants", "wanted", "prepare", "prepares", "prepared", "ready", "poised", "likely", "about");
    private static final Set<String> BE = Set.of("is", "are", "was", "were", "be", "been", "being", "am", "'s", "'re",
            "'m");
    /** Non-verbs that belong to a verb group: "is not due to", "will also". */
    private static final Set<String> GROUP_WORDS = Set.of("not", "n't", "never", "also", "still", "to");

    private static boolean isFuture(Scan s, Match m, int head) {
        return s.parsedAt(head) ? parsedFuture(s, m, head) : unparsedFuture(s, m.start, m.end);
    }

    /** Climbs from the head to the verb the expression attaches to and looks at its auxiliaries and governors. */
    private static boolean parsedFuture(Scan s, Match m, int head) {
        int t = head;
        for (int guard = 0; guard <= s.n; guard++) {
            for (Token c : s.sentence.children(t)) {
                boolean outside = c.index() < m.start || c.index() >= m.end;
                if (outside && FUTURE_WORDS.contains(s.w(c.index()))) return true;   // "the upcoming talks"
            }
            Token tok = s.tok(t);
            if ((t != head && tok.isVerb()) || tok.head() < 0) break;
            t = tok.head();
        }
        // t is the predicate; climb its chain of open complements ("plans to visit", "is going to visit")
        int q = t;
        for (int guard = 0; guard <= s.n; guard++) {
            Token qt = s.tok(q);
            // "scheduled for Thursday", "set for Thursday", "is due on Thursday"
            if (FUTURE_WORDS.contains(s.w(q)) || s.is(q, "due") && isProspective(s, q)
                    || SCHEDULING.contains(s.w(q)) && s.is(m.start - 1, "for")) {
                return true;
            }
            boolean hasAux = false;
            boolean hasSubject = false;
            for (Token c : s.sentence.children(q)) {
                String rel = c.baseRel();
                if (rel.equals("aux") || rel.equals("cop")) {
                    hasAux = true;
                    if (isWill(s, c.index())) return true;
                }
                if (rel.equals("nsubj")) hasSubject = true;
            }
            if (qt.head() < 0) break;
            String rel = qt.baseRel();
            if (rel.equals("xcomp")) {
                if (isProspective(s, qt.head())) return true;
                q = qt.head();
            } else if (rel.equals("conj") && !hasAux && !hasSubject) {
                q = qt.head();
            } else {
                break;
            }
        }
        return false;
    }

    /**
     * Without a parse: the nearest verb group to the left of the expression in its clause; for an expression that
     * opens its clause ("On Thursday, the ministers will..."), the first verb group to its right; failing both, the
     * nearest verb group further left.
     */
    private static boolean unparsedFuture(Scan s, int start, int end) {
        int clauseStart = start;
        while (clauseStart > 0 && !isClauseBoundary(s, clauseStart - 1)) clauseStart--;
        for (int k = start - 1; k >= clauseStart; k--) {
            if (isVerbish(s, k)) return groupFuture(s, k, clauseStart, start);
        }
        for (int k = clauseStart; k < start; k++) {
            if (FUTURE_WORDS.contains(s.w(k))) return true;   // "the upcoming summit on Thursday"
        }
        for (int k = end; k < s.n && !s.is(k, ";"); k++) {
            if (isVerbish(s, k)) return groupFuture(s, k, k, s.n);
        }
        for (int k = clauseStart - 1; k >= 0; k--) {
            if (isVerbish(s, k)) return groupFuture(s, k, 0, start);
        }
        return false;
    }

    /** Is the verb group around verb {@code v}, kept within [lo, hi), about the future? */
    private static boolean groupFuture(Scan s, int v, int lo, int hi) {
        int a = v;
        while (a - 1 >= lo && inGroup(s, a - 1)) a--;
        int b = v;
        while (b + 1 < hi && inGroup(s, b + 1)) b++;
        for (int k = a; k <= b; k++) {
            if (isWill(s, k) || FUTURE_WORDS.contains(s.w(k))) return true;
            // "plans to visit", "is due to brief", "is going to sign"
            if (isProspective(s, k) && k + 2 <= b && s.is(k + 1, "to") && s.pos(k + 2).startsWith("VB")) return true;
            if (s.is(k, "due") && isProspective(s, k)) return true;                   // "is due on Thursday"
            if (SCHEDULING.contains(s.w(k)) && k == b && s.is(b + 1, "for")) return true;   // "set for Thursday"
        }
        // "agreed on Monday to meet on Thursday": an infinitive whose governor is further left
        if (s.is(a, "to")) {
            for (int k = a - 1; k >= lo && !isClauseBoundary(s, k); k--) {
                if (isVerbish(s, k)) return isProspective(s, k) || isWill(s, k);
            }
        }
        for (int k = b + 1; k < hi; k++) {
            if (FUTURE_WORDS.contains(s.w(k))) return true;   // "prepared for the upcoming summit on Friday"
        }
        return false;
    }

    private static boolean isClauseBoundary(Scan s, int k) {
        String w = s.w(k);
        return s.pos(k).equals("CC") || w.equals(",") || w.equals(";") || w.equals(":") || w.equals("--")
                || w.equals("\u2014") || w.equals("\u2013") || w.equals("(") || w.equals(")")
                || w.equals("and") || w.equals("but") || w.equals("or");
    }

    private static boolean isVerbish(Scan s, int k) {
        return s.tok(k).isVerb();
    }

    private static boolean inGroup(Scan s, int k) {
        String p = s.pos(k);
        return p.startsWith("VB") || p.equals("MD") || p.equals("TO") || p.startsWith("RB") && !s.is(k, "ago")
                || GROUP_WORDS.contains(s.w(k)) || PROSPECTIVE.contains(s.w(k)) && isProspective(s, k);
    }

    private static boolean isWill(Scan s, int k) {
        Token t = s.tok(k);
        if (!t.pos().equals("MD")) return false;
        String w = s.w(k);
        if (!WILL.contains(w) && !WILL.contains(t.lemma().toLowerCase(Locale.ROOT))) return false;
        if (w.equals("would") || w.equals("'d")) {   // "would have visited": counterfactual past
            int next = s.is(k + 1, "not") || s.is(k + 1, "n't") ? k + 2 : k + 1;
            return !s.is(next, "have") && !s.is(next, "'ve");
        }
        return true;
    }

    /**
     * A verb whose infinitive complement is future ("plans", "agreed"), or an adjective that is one after a form of
     * "be" ("is due", "are likely", "was about"), so that "cancelled due to fighting" is no marker.
     */
    private static boolean isProspective(Scan s, int k) {
        String w = s.w(k);
        String lemma = s.tok(k).lemma().toLowerCase(Locale.ROOT);
        if (!w.equals("going") && !PROSPECTIVE.contains(w) && (lemma.equals("go") || !PROSPECTIVE.contains(lemma))) {
            return false;
        }
        if (s.tok(k).isVerb()) return true;
        int before = GROUP_WORDS.contains(s.w(k - 1)) ? k - 2 : k - 1;
        return BE.contains(s.w(before));
    }

    // ------------------------------------------------------------------ the sentence, normalised once

    /** Lower-cased words (curly apostrophes straightened) and a few accessors. */
    private static final class Scan {
        final AnnotatedSentence sentence;
        final int n;
        final String[] words;

        Scan(AnnotatedSentence sentence) {
            this.sentence = sentence;
            this.n = sentence.size();
            this.words = new String[n];
            for (int i = 0; i < n; i++) {
                words[i] = sentence.token(i).word().replace('\u2019', '\'').toLowerCase(Locale.ROOT);
            }
        }

        String w(int i) {
            return i >= 0 && i < n ? words[i] : "";
        }

        boolean is(int i, String word) {
            return w(i).equals(word);
        }

        Token tok(int i) {
            return sentence.token(i);
        }

        String pos(int i) {
            return i >= 0 && i < n ? sentence.token(i).pos() : "";
        }

        boolean capitalised(int i) {
            String word = sentence.token(i).word();
            return !word.isEmpty() && Character.isUpperCase(word.charAt(0));
        }

        boolean parsedAt(int i) {
            return sentence.parsed() && sentence.token(i).head() != Token.UNPARSED;
        }
    }
}
