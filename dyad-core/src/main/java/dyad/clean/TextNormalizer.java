package dyad.clean;

/**
 * Character-level normalization, one linear pass: drops a leading BOM, turns CRLF / CR / Unicode line separators
 * into LF, tabs and Unicode space separators (no-break space, thin space, ideographic space, ...) into a plain
 * space, removes control and format characters (zero-width space and joiners, soft hyphen, bidi marks), collapses
 * runs of spaces and trims every line. Curly quotes and all other characters are kept as they are.
 */
final class TextNormalizer {

    String normalize(String raw) {
        StringBuilder sb = new StringBuilder(raw.length());
        boolean pendingSpace = false;
        int n = raw.length();
        for (int i = 0; i < n; i++) {
            char c = raw.charAt(i);
            if (c == '\r') {
                if (i + 1 < n && raw.charAt(i + 1) == '\n') continue;
                c = '\n';
            } else if (c == '\u2028' || c == '\u2029' || c == '\u0085' || c == '\u000B' || c == '\u000C') {
                c = '\n';
            }
            if (c == '\n') {
                pendingSpace = false;
                sb.append('\n');
                continue;
            }
            if (c == '\t' || Character.getType(c) == Character.SPACE_SEPARATOR) {
                // a space is written only before the next visible character of the same line
                if (sb.length() > 0 && sb.charAt(sb.length() - 1) != '\n') pendingSpace = true;
                continue;
            }
            int type = Character.getType(c);
            if (type == Character.CONTROL || type == Character.FORMAT) continue; // includes BOM, ZWSP, ZWJ, SHY
            if (pendingSpace) {
                sb.append(' ');
                pendingSpace = false;
            }
            sb.append(c);
        }
        return sb.toString();
    }

    /** Collapses runs of spaces and trims: for a single line that had pieces cut out of it. */
    static String collapse(String line) {
        StringBuilder sb = new StringBuilder(line.length());
        boolean pending = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == ' ') {
                if (sb.length() > 0) pending = true;
                continue;
            }
            if (pending) {
                sb.append(' ');
                pending = false;
            }
            sb.append(c);
        }
        return sb.toString();
    }
}
