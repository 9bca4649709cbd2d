package dyad.petrarch;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A PETRARCH discard list: phrases whose sentence (or, with a leading {@code +}, story) is not coded ("BASEBALL",
 * "+WORLD GOLF CHAMPIONSHIPS"). A phrase matches at the start of a word; a final {@code _} asks for the end of a word
 * too, else it is a stem. Case does not matter; {@code #} starts a comment.
 */
public final class Discards {
    private final List<String> stems;
    private final List<String> words;

    private Discards(List<String> stems, List<String> words) {
        this.stems = List.copyOf(stems);
        this.words = List.copyOf(words);
    }

    public static Discards none() {
        return new Discards(List.of(), List.of());
    }

    public static Discards read(String text) {
        List<String> stems = new ArrayList<>();
        List<String> words = new ArrayList<>();
        for (String line : text.split("\r?\n")) {
            String l = line;
            int hash = l.indexOf('#');
            if (hash >= 0) l = l.substring(0, hash);
            l = l.strip();
            if (l.startsWith("+")) l = l.substring(1).strip();
            if (l.isEmpty() || l.startsWith("<")) continue;
            String phrase = l.toLowerCase(Locale.ROOT).replace('_', ' ').replaceAll("\\s+", " ");
            if (l.endsWith("_")) words.add(phrase.strip());
            else stems.add(phrase);
        }
        return new Discards(stems, words);
    }

    /** The first discard phrase in the text, or null. */
    public String find(String text) {
        String t = " " + text.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ") + " ";
        for (String p : words) {
            if (t.matches("(?s).*[^\\p{L}\\p{N}]" + java.util.regex.Pattern.quote(p) + "[^\\p{L}\\p{N}].*")) return p;
        }
        for (String p : stems) {
            if (t.matches("(?s).*[^\\p{L}\\p{N}]" + java.util.regex.Pattern.quote(p) + ".*")) return p;
        }
        return null;
    }
}
