package dyad.clean;

import dyad.model.Dateline;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a wire-story dateline at the very start of a paragraph: {@code MOSCOW (Reuters) -},
 * {@code BEIRUT, March 28 (Reuters) -}, {@code WASHINGTON (AP) —}, {@code GENEVA, Switzerland (AFP) --},
 * {@code KABUL:}. Without an agency in parentheses the place must be written in capitals (at least three
 * letters, not a label such as "BREAKING" or "UPDATE"). All quantifiers are bounded and the match is anchored.
 */
final class DatelineFinder {

    /** A dateline found: the dateline and where the text after it starts. */
    record Found(Dateline dateline, int end) {
    }

    private static final String MONTH = "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]{0,6}\\.?";
    private static final String WORD = "\\p{Lu}[\\p{L}'’.-]{0,30}";
    private static final Pattern DATELINE = Pattern.compile(
            "(?<place>" + WORD + "(?: " + WORD + "){0,4})"
            + "(?:, (?!" + MONTH + " \\d)(?<region>" + WORD + "(?: " + WORD + "){0,3}))?"
            + "(?:,? (?<date>" + MONTH + " \\d{1,2}(?:, \\d{4})?))?"
            + "(?: ?\\((?<agency>\\p{L}[\\p{L}&./ -]{0,30})\\))?"
            + " ?(?<sep>--?|—|–|:)(?=\\s|$)");

    private static final Set<String> NOT_PLACES = Set.of("BREAKING", "BREAKING NEWS", "UPDATE", "UPDATED", "EXCLUSIVE",
            "WATCH", "VIDEO", "PHOTO", "PHOTOS", "ANALYSIS", "OPINION", "NOTE", "EDITOR'S NOTE", "EDITOR’S NOTE",
            "CORRECTION", "WARNING", "LIVE", "FACTBOX", "EXPLAINER", "INTERVIEW", "COMMENT", "REVIEW", "ADVERTISEMENT",
            "RELATED", "READ MORE", "UPDATE 1", "URGENT", "FLASH", "ALERT", "QUOTE", "WRAPUP", "INSIGHT", "SPECIAL REPORT");

    Found find(String paragraph) {
        Matcher m = DATELINE.matcher(paragraph);
        if (!m.lookingAt()) return null;
        String place = m.group("place");
        String agency = m.group("agency");
        if (agency == null) {
            int letters = 0;
            for (int i = 0; i < place.length(); i++) {
                char c = place.charAt(i);
                if (Character.isLowerCase(c)) return null;
                if (Character.isLetter(c)) letters++;
            }
            if (letters < 3 || NOT_PLACES.contains(place)) return null;
        }
        if (m.group("region") != null) place = place + ", " + m.group("region");
        String text = paragraph.substring(0, m.end()).strip();
        return new Found(new Dateline(text, place, agency == null ? null : agency.strip()), m.end());
    }
}
