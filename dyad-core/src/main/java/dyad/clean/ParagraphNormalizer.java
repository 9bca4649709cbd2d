package dyad.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Turns cleaned lines into paragraphs, one per output line. Blank lines end a paragraph. Hard-wrapped lines are
 * joined: a line that does not end in sentence-final punctuation is joined to the next one when that starts with a
 * lowercase letter, or when the line is long (over {@value #WRAP_LENGTH} characters) and the next one is not a
 * list item.
 *
 * <p>The first line of the document is usually a title (no final period, next line starts a sentence). It is joined
 * to a capitalized next line only when the document as a whole is hard-wrapped (no line longer than
 * {@value #MAX_WRAPPED_WIDTH} characters, and some later line is wrapped too) and the first line is long.
 */
final class ParagraphNormalizer {

    static final int WRAP_LENGTH = 60;
    static final int MAX_WRAPPED_WIDTH = 100;

    private static final Pattern BULLET = Pattern.compile("(?:[-*•·–—]|\\d{1,3}[.)])\\s.*");

    /** A paragraph and whether it was joined from several lines. */
    record Paragraph(String text, boolean joined) {
    }

    private ParagraphNormalizer() {
    }

    static List<Paragraph> paragraphs(List<String> lines) {
        boolean wrapped = looksHardWrapped(lines);
        List<Paragraph> out = new ArrayList<>();
        StringBuilder current = null;
        boolean joined = false;
        String previous = null;
        boolean previousIsFirst = false;
        boolean seenAny = false;
        for (String line : lines) {
            if (line.isEmpty()) {
                if (current != null) out.add(new Paragraph(current.toString(), joined));
                current = null;
                previous = null;
                continue;
            }
            if (current != null && shouldJoin(previous, line, previousIsFirst && !wrapped)) {
                boolean hyphenated = previous.length() > 1 && previous.endsWith("-")
                        && Character.isLetter(previous.charAt(previous.length() - 2))
                        && Character.isLowerCase(line.charAt(0));
                if (!hyphenated) current.append(' ');
                current.append(line);
                joined = true;
            } else {
                if (current != null) out.add(new Paragraph(current.toString(), joined));
                current = new StringBuilder(line);
                joined = false;
            }
            previousIsFirst = !seenAny;
            seenAny = true;
            previous = line;
        }
        if (current != null) out.add(new Paragraph(current.toString(), joined));
        return out;
    }

    /**
     * @param aIsTitle the first line of a document that is not hard-wrapped: joined only to a lowercase line
     */
    static boolean shouldJoin(String a, String b, boolean aIsTitle) {
        if (endsSentence(a)) return false;
        if (BULLET.matcher(b).matches()) return false;
        if (Character.isLowerCase(b.codePointAt(0))) return true;
        if (aIsTitle) return false;
        return a.length() > WRAP_LENGTH;
    }

    /** No line is wider than a terminal, and some line after the first is a long one that runs on. */
    static boolean looksHardWrapped(List<String> lines) {
        boolean runOn = false;
        boolean first = true;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isEmpty()) continue;
            if (line.length() > MAX_WRAPPED_WIDTH) return false;
            if (!first && line.length() > WRAP_LENGTH && !endsSentence(line)
                    && i + 1 < lines.size() && !lines.get(i + 1).isEmpty()) {
                runOn = true;
            }
            first = false;
        }
        return runOn;
    }

    /** Ends in . ! ? : ; … or a closing quote, possibly followed by closing brackets ("(…said.)"). */
    static boolean endsSentence(String line) {
        int i = line.length() - 1;
        while (i > 0 && (line.charAt(i) == ')' || line.charAt(i) == ']')) i--;
        char c = line.charAt(i);
        return c == '.' || c == '!' || c == '?' || c == ':' || c == ';' || c == '"' || c == '”' || c == '’'
                || c == '…';
    }
}
