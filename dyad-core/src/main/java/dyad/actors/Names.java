package dyad.actors;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/** How names and tokens are compared: case-, accent- and punctuation-insensitive pieces. */
public final class Names {
    private static final java.util.regex.Pattern POSSESSIVE = java.util.regex.Pattern.compile("(\\p{L})['\u2019]s\\b");

    private Names() {
    }

    /** Lower case, accents removed, only letters and digits kept ("U.S." -> "us", "Rowhāni" -> "rowhani"). */
    public static String normalize(String token) {
        boolean plain = true;
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))) {
                plain = false;
                break;
            }
        }
        if (plain) return token;
        String d = Normalizer.normalize(token, Normalizer.Form.NFD);
        StringBuilder b = new StringBuilder(d.length());
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            if (!Character.isLetterOrDigit(c)) continue;
            switch (c) { // letters that are not a base letter plus an accent, so NFD leaves them whole
                case '\u0131', '\u0130' -> b.append('i'); // Turkish dotless and dotted i: Kalın, İbrahim
                case '\u0142', '\u0141' -> b.append('l'); // Polish ł
                case '\u00f8', '\u00d8' -> b.append('o'); // Danish, Norwegian ø
                case '\u0111', '\u0110' -> b.append('d'); // Vietnamese, Croatian đ
                case '\u00df' -> b.append("ss");
                case '\u00e6', '\u00c6' -> b.append("ae");
                case '\u0153', '\u0152' -> b.append("oe");
                case '\u00fe', '\u00de' -> b.append("th");
                default -> b.append(Character.toLowerCase(c));
            }
        }
        return b.toString();
    }

    /** A dictionary name split into normalized pieces: on spaces and hyphens; empty pieces dropped. */
    public static List<String> pieces(String name) {
        List<String> out = new ArrayList<>();
        String split = POSSESSIVE.matcher(name.trim()).replaceAll("$1 's"); // "People's" -> "People 's", as CoreNLP tokenizes
        for (String part : split.split("[\\s\\-\u2010\u2011\u2013]+")) {
            String n = normalize(part);
            if (!n.isEmpty()) out.add(n);
        }
        return out;
    }

    /**
     * Whether a name must match case-sensitively: written in capitals, at most five letters ("US", "U.N.", "IS").
     */
    public static boolean capitalsOnly(String name) {
        int letters = 0;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) return false;
                letters++;
            } else if (c != '.' && c != '&' && !Character.isDigit(c)) {
                return false;
            }
        }
        return letters > 0 && letters <= 5;
    }

    /** Whether a token's letters are all capitals (for capitals-only names). */
    public static boolean isCapitals(String token) {
        boolean any = false;
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) return false;
                any = true;
            }
        }
        return any;
    }
}
