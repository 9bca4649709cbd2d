package dyad.clean;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Word-level checks shared by the credit and byline rules: does a piece of text consist only of names
 * (capitalized words, initials, name particles) and a few connecting words, with no verb or other lowercase prose?
 */
final class Names {

    /** Lowercase parts of personal names: "Bashar al-Assad", "Ursula von der Leyen". */
    static final Set<String> PARTICLES = Set.of("de", "da", "del", "della", "der", "den", "van", "von", "al", "el",
            "bin", "ibn", "bint", "ben", "abu", "la", "le", "du", "dos", "das", "di", "y", "e", "ter", "ten", "zu");

    /** Words that join names in credit lines: "Reporting by A in Moscow and B; Editing by C". */
    static final Set<String> CONNECTORS = Set.of("and", "in", "via", "for", "from", "of", "at", "by", "the", "with",
            "to", "on");

    /** The trade words of credit lines. */
    static final Set<String> CREDIT_WORDS = Set.of("reporting", "additional", "further", "writing", "editing",
            "compiled", "research", "translated", "translation", "produced", "edited", "written", "graphics",
            "photo", "photos", "picture", "pictures", "file", "staff", "video", "images", "image");

    private static final Pattern SPLIT = Pattern.compile("[\\s,;/&()\\[\\]|]+");
    private static final Pattern PREFIXED_PARTICLE = Pattern.compile("(?:al|el|bin|ibn|abu|ben|ad|as|an|ash|at|az)[-‐'’]\\p{L}.*");

    private Names() {
    }

    /** Strips quotes, dots and other punctuation from both ends of a token. */
    static String bare(String token) {
        int s = 0;
        int e = token.length();
        while (s < e && !Character.isLetterOrDigit(token.charAt(s))) s++;
        while (e > s && !Character.isLetterOrDigit(token.charAt(e - 1))) e--;
        return token.substring(s, e);
    }

    static boolean isCapitalized(String bareToken) {
        return !bareToken.isEmpty() && Character.isUpperCase(bareToken.charAt(0));
    }

    static boolean isParticle(String bareToken) {
        String lower = bareToken.toLowerCase(Locale.ROOT);
        return PARTICLES.contains(lower) || PREFIXED_PARTICLE.matcher(lower).matches();
    }

    /**
     * True when {@code text} is a list of names as found in credit lines: every word is capitalized, an initial,
     * a name particle, a connector, a credit trade word or a number, and at least one word is capitalized.
     * "Maria Tsvetkova in Moscow; Editing by Dominic Evans" passes, "the BBC showed that" does not.
     */
    static boolean isCreditList(String text) {
        int capitalized = 0;
        for (String raw : SPLIT.split(text)) {
            String t = bare(raw);
            if (t.isEmpty()) continue;
            if (isCapitalized(t)) {
                capitalized++;
                continue;
            }
            String lower = t.toLowerCase(Locale.ROOT);
            if (CONNECTORS.contains(lower) || CREDIT_WORDS.contains(lower) || isParticle(lower)) continue;
            if (t.chars().allMatch(Character::isDigit)) continue;
            return false;
        }
        return capitalized > 0;
    }
}
