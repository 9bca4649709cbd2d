package dyad.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides whether a line, or the tail of a line, is entirely web junk, and says what was removed. Work per line is
 * bounded: only pieces up to {@link #MAX_PIECE} characters are tested as a whole, and only the last
 * {@link #TAIL_WINDOW} characters of a line are searched for a junk tail.
 */
final class JunkClassifier {

    static final int MAX_PIECE = 800;
    static final int TAIL_WINDOW = 300;
    static final int MAX_TAIL_CANDIDATES = 8;

    /** Pieces of a junk-only line: any shortcode-shaped token, or a run of separator characters. */
    private static final Pattern PIECES = Pattern.compile("(?<sc>" + Shortcodes.TOKEN_REGEX + ")|(?<sep>[|•·¦]+)");
    private static final Pattern LEADING_SEPARATORS = Pattern.compile("[|•·¦]+(?=\\s)");

    private static final Pattern DASHES = Pattern.compile("\\s*[-–—]+\\s*");

    private final List<JunkRule> rules;

    JunkClassifier(List<JunkRule> rules) {
        this.rules = List.copyOf(rules);
    }

    /**
     * The labelled pieces if all of {@code piece} is junk (one rule matches all of it, or it splits into shortcodes,
     * separators and pieces that each match a rule), else null.
     */
    List<String> classify(String piece) {
        String s = piece.strip();
        if (s.isEmpty()) return List.of();
        if (s.length() > MAX_PIECE) return null;
        String whole = matchRule(s);
        if (whole != null) return List.of(whole);
        Matcher m = PIECES.matcher(s);
        List<String> out = new ArrayList<>();
        int last = 0;
        boolean any = false;
        while (m.find()) {
            any = true;
            if (!addText(s.substring(last, m.start()), out)) return null;
            out.add(WebJunkCleaner.label(m.group("sc") != null ? "shortcode" : "separator", m.group()));
            last = m.end();
        }
        if (!any || !addText(s.substring(last), out)) return null;
        return out;
    }

    private boolean addText(String text, List<String> out) {
        String t = text.strip();
        if (t.isEmpty()) return true;
        String label = matchRule(t);
        if (label == null) return false;
        out.add(label);
        return true;
    }

    private String matchRule(String s) {
        for (JunkRule r : rules) {
            if (r.matches(s)) return WebJunkCleaner.label(r.name(), s);
        }
        return null;
    }

    /**
     * Cuts leading separators ("| text") and a junk tail ("... killed. [wpResize] |", "... it. (Reporting by X)")
     * from a line that is not junk as a whole. A tail starts after sentence-final punctuation or at a separator or
     * opening parenthesis; the longest junk tail wins.
     */
    String stripEdges(String line, List<String> removed) {
        Matcher lead = LEADING_SEPARATORS.matcher(line);
        if (lead.lookingAt()) {
            removed.add(WebJunkCleaner.label("separator", lead.group()));
            line = line.substring(lead.end()).strip();
        }
        int len = line.length();
        int from = Math.max(1, len - TAIL_WINDOW);
        int[] cands = new int[MAX_TAIL_CANDIDATES];
        int count = 0;
        for (int i = from; i < len; i++) {
            char c = line.charAt(i);
            char p = line.charAt(i - 1);
            int start = -1;
            if (c == ' ' && isBoundary(p)) start = i + 1;
            else if (p == ' ' && (c == '|' || c == '•' || c == '·' || c == '¦' || c == '(')) start = i;
            if (start > 0) cands[count++ % MAX_TAIL_CANDIDATES] = start;
        }
        int n = Math.min(count, MAX_TAIL_CANDIDATES);
        for (int k = 0; k < n; k++) {                    // oldest kept candidate = longest tail first
            int start = cands[(count - n + k) % MAX_TAIL_CANDIDATES];
            String head = line.substring(0, start).strip();
            String tail = line.substring(start);
            if (head.isEmpty() || DASHES.matcher(tail).matches()) continue;   // "MOSCOW (Reuters) -", "Iran -"
            List<String> junk = classify(tail);
            if (junk != null) {
                removed.addAll(junk);
                return head;
            }
        }
        return line;
    }

    private static boolean isBoundary(char p) {
        return p == '.' || p == '!' || p == '?' || p == '"' || p == '”' || p == '’' || p == ')' || p == ']'
                || p == ':' || p == ';' || p == '…';
    }
}
