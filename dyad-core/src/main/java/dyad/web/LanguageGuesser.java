package dyad.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The language of a text, cheaply (a few microseconds a page: the first {@value #WORDS} words are looked at). Texts
 * in scripts that few languages share are told by their letters (Hangul is Korean, kana Japanese, Han Chinese,
 * Hebrew, Thai, Devanagari, Bengali, Tamil, Georgian, Armenian...); texts in the Latin, Cyrillic, Greek and Arabic
 * scripts by their most frequent function words ({@code dyad/web/languages.txt}). A text too short or too mixed to
 * tell is {@link #UNKNOWN}. Immutable and thread-safe.
 */
public final class LanguageGuesser {
    /** The code of a text whose language cannot be told. */
    public static final String UNKNOWN = "und";

    static final int WORDS = 400;
    private static final int MIN_HITS = 3;

    private final Map<String, List<Integer>> wordLanguages;
    private final List<String> codes;

    private LanguageGuesser(Map<String, List<Integer>> wordLanguages, List<String> codes) {
        this.wordLanguages = wordLanguages;
        this.codes = codes;
    }

    private static final class Holder {
        static final LanguageGuesser BUILT_IN = load();
    }

    /** The guesser with Dyad's word lists. */
    public static LanguageGuesser builtIn() {
        return Holder.BUILT_IN;
    }

    private static LanguageGuesser load() {
        Map<String, List<Integer>> words = new HashMap<>();
        List<String> codes = new ArrayList<>();
        for (WordLists.Entry e : WordLists.read("/dyad/web/languages.txt")) {
            int lang = codes.size();
            codes.add(e.key());
            for (String w : e.value().split("\\s+")) {
                List<Integer> langs = words.computeIfAbsent(w, k -> new ArrayList<>(2));
                if (!langs.contains(lang)) langs.add(lang);
            }
        }
        return new LanguageGuesser(Map.copyOf(words), List.copyOf(codes));
    }

    /** The language of {@code text}: an ISO 639-1 code ("en", "de", "ko"), or {@link #UNKNOWN}. */
    public String guess(CharSequence text) {
        int[] hits = new int[codes.size()];
        int[] scripts = new int[SCRIPTS.length];
        int words = 0;
        int letters = 0;
        int i = 0;
        int n = text.length();
        StringBuilder w = new StringBuilder(24);
        while (i < n && words < WORDS) {
            int c = Character.codePointAt(text, i);
            i += Character.charCount(c);
            if (Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK
                    || Character.getType(c) == Character.COMBINING_SPACING_MARK || c == '\u200C') {
                w.appendCodePoint(c);
                if (Character.isLetter(c)) {
                    letters++;
                    scripts[c < 0x80 ? Character.UnicodeScript.LATIN.ordinal() : Character.UnicodeScript.of(c).ordinal()]++;
                }
                continue;
            }
            if (w.length() > 0) {
                words++;
                List<Integer> langs = wordLanguages.get(w.toString().toLowerCase(Locale.ROOT));
                if (langs != null) for (int l : langs) hits[l]++;
                w.setLength(0);
            }
        }
        if (w.length() > 0) {
            List<Integer> langs = wordLanguages.get(w.toString().toLowerCase(Locale.ROOT));
            if (langs != null) for (int l : langs) hits[l]++;
        }
        if (letters == 0) return UNKNOWN;
        String byScript = byScript(scripts, letters);
        if (byScript != null) return byScript;
        int best = -1;
        int second = 0;
        for (int l = 0; l < hits.length; l++) {
            if (best < 0 || hits[l] > hits[best]) {
                if (best >= 0) second = Math.max(second, hits[best]);
                best = l;
            } else {
                second = Math.max(second, hits[l]);
            }
        }
        if (best < 0 || hits[best] < MIN_HITS || hits[best] == second) return UNKNOWN;
        return codes.get(best);
    }

    private static final Character.UnicodeScript[] SCRIPTS = Character.UnicodeScript.values();

    /** The language that a script alone tells, when a third of the letters are in it; else null. */
    private static String byScript(int[] scripts, int letters) {
        int kana = scripts[Character.UnicodeScript.HIRAGANA.ordinal()] + scripts[Character.UnicodeScript.KATAKANA.ordinal()];
        if (kana * 10 >= letters) return "ja";
        Character.UnicodeScript top = null;
        int most = 0;
        for (int i = 0; i < scripts.length; i++) {
            if (scripts[i] > most) {
                top = SCRIPTS[i];
                most = scripts[i];
            }
        }
        if (top == null || most * 3 < letters) return null;
        return switch (top) {
            case HANGUL -> "ko";
            case HAN -> "zh";
            case HEBREW -> "he";
            case THAI -> "th";
            case DEVANAGARI -> "hi";
            case BENGALI -> "bn";
            case TAMIL -> "ta";
            case TELUGU -> "te";
            case KANNADA -> "kn";
            case MALAYALAM -> "ml";
            case GUJARATI -> "gu";
            case GURMUKHI -> "pa";
            case GEORGIAN -> "ka";
            case ARMENIAN -> "hy";
            case KHMER -> "km";
            case LAO -> "lo";
            case MYANMAR -> "my";
            case SINHALA -> "si";
            case ETHIOPIC -> "am";
            default -> null;
        };
    }
}
