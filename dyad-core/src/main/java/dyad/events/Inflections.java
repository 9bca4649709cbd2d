package dyad.events;

import java.util.Locale;
import java.util.Set;

/** Regular English inflections, for dictionaries that list base forms (PETRARCH verbs and nouns). */
public final class Inflections {
    private static final Set<Character> VOWELS = Set.of('a', 'e', 'i', 'o', 'u');

    private Inflections() {
    }

    /** The regular plural of a noun: "treaty" -> "treaties", "bus" -> "buses", "tie" -> "ties". */
    public static String plural(String noun) {
        String n = noun.toLowerCase(Locale.ROOT);
        if (n.isEmpty()) return n;
        if (n.endsWith("y") && n.length() > 1 && !VOWELS.contains(n.charAt(n.length() - 2))) return n.substring(0, n.length() - 1) + "ies";
        if (n.endsWith("s") || n.endsWith("x") || n.endsWith("z") || n.endsWith("ch") || n.endsWith("sh")) return n + "es";
        return n + "s";
    }

    /**
     * Whether {@code word} may be a form of the verb {@code lemma} as a parser lemmatised it: the lemma itself, a
     * regular form ("departs", "departed", "departing", "stopped", "tries") or an irregular one that does not look
     * like a regular ending gone wrong ("left" for "leave" yes; "departes" for "depart" no).
     */
    public static boolean verbForm(String word, String lemma) {
        String w = word.toLowerCase(Locale.ROOT);
        String l = lemma.toLowerCase(Locale.ROOT);
        if (w.equals(l) || regular(w, l)) return true;
        String stem = l.endsWith("e") ? l.substring(0, l.length() - 1) : l;
        boolean looksRegular = w.startsWith(stem) && (w.endsWith("s") || w.endsWith("ed") || w.endsWith("ing") || w.endsWith("d"));
        return !looksRegular;
    }

    private static boolean regular(String w, String l) {
        if (l.isEmpty()) return false;
        char last = l.charAt(l.length() - 1);
        boolean consonantY = last == 'y' && l.length() > 1 && !VOWELS.contains(l.charAt(l.length() - 2));
        String base = consonantY ? l.substring(0, l.length() - 1) : l;
        // third person singular
        if (w.equals(plural(l)) || (l.endsWith("o") && w.equals(l + "es"))) return true;
        // past
        if (consonantY && w.equals(base + "ied")) return true;
        if (last == 'e' ? w.equals(l + "d") : w.equals(l + "ed")) return true;
        // present participle
        if (l.endsWith("ie") && w.equals(l.substring(0, l.length() - 2) + "ying")) return true;
        if (last == 'e' && !l.endsWith("ee") && !l.endsWith("ye") && !l.endsWith("oe") && w.equals(l.substring(0, l.length() - 1) + "ing")) return true;
        if (w.equals(l + "ing")) return true;
        // a doubled final consonant ("stopped", "planning"), and "panicked"
        String doubled = l + last;
        if (!VOWELS.contains(last) && (w.equals(doubled + "ed") || w.equals(doubled + "ing"))) return true;
        return last == 'c' && (w.equals(l + "ked") || w.equals(l + "king"));
    }
}
