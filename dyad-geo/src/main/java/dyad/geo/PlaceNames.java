package dyad.geo;

import dyad.actors.Names;

import java.util.List;

/**
 * How place names are compared: the same case-, accent- and punctuation-insensitive pieces as actor names
 * ({@link Names}), joined by single spaces ("Sant Julià de Lòria" -> "sant julia de loria", "U.S." -> "us").
 * Keys hold only a-z, 0-9 and spaces.
 */
public final class PlaceNames {
    private PlaceNames() {
    }

    /** The lookup key of a name, or "" when it has no Latin letters or digits to compare. */
    public static String key(String name) {
        List<String> pieces = Names.pieces(name.replace('.', ' ').replace('\'', ' ').replace('\u2019', ' '));
        String k = String.join(" ", pieces);
        for (int i = 0; i < k.length(); i++) {
            char c = k.charAt(i);
            if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == ' ')) return "";
        }
        return k;
    }

    /** Whether every letter of a name is in the Latin script (alternate names in other scripts are not indexed). */
    public static boolean latin(String name) {
        for (int i = 0; i < name.length(); ) {
            int cp = name.codePointAt(i);
            if (Character.isLetter(cp) && Character.UnicodeScript.of(cp) != Character.UnicodeScript.LATIN) return false;
            i += Character.charCount(cp);
        }
        return true;
    }
}
