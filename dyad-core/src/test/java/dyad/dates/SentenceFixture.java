package dyad.dates;

import dyad.model.AnnotatedSentence;
import dyad.model.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds {@link AnnotatedSentence}s for tests from plain strings, without CoreNLP.
 *
 * <p>Tokenizing: the text is split on spaces; from each piece, opening quotes and brackets are split off the front,
 * closing punctuation ({@code . , ; : ! ? " ” ’ )}) off the end, and a possessive {@code 's}/{@code ’s} off the
 * word. A final "." stays on the abbreviations in {@link #ABBREVIATIONS} and on
 * words with inner dots ("Mar.", "Mr.", "U.S.").
 *
 * <p>Tagging (Penn): a piece may force its tag as {@code word/TAG} ({@code march/VB}, {@code May/MD}); the
 * "/TAG" is not part of the text. Otherwise: punctuation tags itself; {@code 's} is POS; then the small
 * {@link #LEXICON}; numbers (digits or number words) are CD; a word after a modal or "to" is VB; a capitalised
 * word is NNP; then by suffix: -ed VBD, -ing VBG, -ly RB, -s NNS; else NN.
 *
 * <p>Lemmas are the lower-cased word, except for the few irregular forms in {@link #LEMMAS}; NER is "O".
 * A parse may be given CoNLL-U style, one {@code head:rel} per token, heads 1-based and 0 for the root.
 */
final class SentenceFixture {

    private SentenceFixture() {
    }

    static final Map<String, String> LEXICON = Map.ofEntries(
            Map.entry("the", "DT"), Map.entry("a", "DT"), Map.entry("an", "DT"), Map.entry("this", "DT"),
            Map.entry("that", "IN"), Map.entry("these", "DT"), Map.entry("those", "DT"), Map.entry("some", "DT"),
            Map.entry("its", "PRP$"), Map.entry("his", "PRP$"), Map.entry("her", "PRP$"), Map.entry("their", "PRP$"),
            Map.entry("of", "IN"), Map.entry("in", "IN"), Map.entry("on", "IN"), Map.entry("at", "IN"),
            Map.entry("for", "IN"), Map.entry("from", "IN"), Map.entry("with", "IN"), Map.entry("by", "IN"),
            Map.entry("after", "IN"), Map.entry("before", "IN"), Map.entry("since", "IN"), Map.entry("until", "IN"),
            Map.entry("during", "IN"), Map.entry("over", "IN"), Map.entry("into", "IN"), Map.entry("than", "IN"),
            Map.entry("between", "IN"), Map.entry("against", "IN"), Map.entry("about", "IN"),
            Map.entry("to", "TO"), Map.entry("and", "CC"), Map.entry("or", "CC"), Map.entry("but", "CC"),
            Map.entry("will", "MD"), Map.entry("would", "MD"), Map.entry("shall", "MD"), Map.entry("should", "MD"),
            Map.entry("may", "MD"), Map.entry("might", "MD"), Map.entry("can", "MD"), Map.entry("could", "MD"),
            Map.entry("must", "MD"),
            Map.entry("he", "PRP"), Map.entry("she", "PRP"), Map.entry("it", "PRP"), Map.entry("they", "PRP"),
            Map.entry("we", "PRP"), Map.entry("who", "WP"), Map.entry("which", "WDT"),
            Map.entry("is", "VBZ"), Map.entry("are", "VBP"), Map.entry("was", "VBD"), Map.entry("were", "VBD"),
            Map.entry("be", "VB"), Map.entry("been", "VBN"), Map.entry("has", "VBZ"), Map.entry("have", "VBP"),
            Map.entry("had", "VBD"), Map.entry("said", "VBD"), Map.entry("says", "VBZ"), Map.entry("met", "VBD"),
            Map.entry("held", "VBN"), Map.entry("plans", "VBZ"), Map.entry("going", "VBG"), Map.entry("set", "VBN"),
            Map.entry("struck", "VBD"), Map.entry("began", "VBD"), Map.entry("took", "VBD"),
            Map.entry("spoke", "VBD"), Map.entry("retook", "VBD"), Map.entry("fell", "VBD"), Map.entry("sent", "VBD"),
            Map.entry("drew", "VBD"), Map.entry("told", "VBD"), Map.entry("hit", "VBN"), Map.entry("arrives", "VBZ"),
            Map.entry("ago", "RB"), Map.entry("not", "RB"), Map.entry("also", "RB"), Map.entry("again", "RB"),
            Map.entry("forward", "RB"), Map.entry("almost", "RB"), Map.entry("nearly", "RB"),
            Map.entry("recently", "RB"), Map.entry("later", "RB"), Map.entry("earlier", "RB"),
            Map.entry("yesterday", "NN"), Map.entry("today", "NN"), Map.entry("tomorrow", "NN"),
            Map.entry("tonight", "NN"), Map.entry("news", "NN"),
            Map.entry("last", "JJ"), Map.entry("next", "JJ"), Map.entry("past", "JJ"), Map.entry("early", "JJ"),
            Map.entry("late", "JJ"), Map.entry("due", "JJ"), Map.entry("upcoming", "JJ"), Map.entry("recent", "JJ"),
            Map.entry("few", "JJ"), Map.entry("several", "JJ"), Map.entry("ancient", "JJ"),
            Map.entry("bilateral", "JJ"), Map.entry("admirable", "JJ"), Map.entry("honorable", "JJ"));

    static final Map<String, String> LEMMAS = Map.ofEntries(
            Map.entry("is", "be"), Map.entry("are", "be"), Map.entry("was", "be"), Map.entry("were", "be"),
            Map.entry("has", "have"), Map.entry("had", "have"), Map.entry("said", "say"), Map.entry("met", "meet"),
            Map.entry("held", "hold"), Map.entry("plans", "plan"), Map.entry("going", "go"),
            Map.entry("days", "day"), Map.entry("years", "year"));

    private static final Pattern FORCED_TAG = Pattern.compile("(.+)/([A-Z$]{2,5})");
    private static final Pattern NUMBER = Pattern.compile("[0-9][0-9,.\\-]*");
    private static final java.util.Set<String> NUMBER_WORDS = java.util.Set.of(
            "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
            "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty");
    private static final String OPENERS = "\"“‘(";
    private static final String CLOSERS = ".,;:!?\"”’)";
    private static final Map<String, String> PUNCTUATION_TAGS = Map.of(
            "“", "``", "\"", "''", "‘", "``", "”", "''", "’", "''", "(", "-LRB-", ")", "-RRB-",
            "!", ".", "?", ".", ";", ":");

    /** An unparsed sentence starting at offset 0. */
    static AnnotatedSentence sentence(String text) {
        return build(text, null, 0);
    }

    /** A parsed sentence; {@code heads} holds one {@code head:rel} per token (1-based heads, 0 = root). */
    static AnnotatedSentence parsed(String text, String heads) {
        return build(text, heads, 0);
    }

    /** An unparsed sentence whose text starts at {@code offset} in its document. */
    static AnnotatedSentence sentenceAt(String text, int offset) {
        return build(text, null, offset);
    }

    private record Piece(String word, int start, String forcedTag) {
    }

    static AnnotatedSentence build(String annotated, String heads, int offset) {
        StringBuilder text = new StringBuilder();
        List<Piece> pieces = new ArrayList<>();
        for (String chunk : annotated.trim().split(" +")) {
            String forced = null;
            Matcher m = FORCED_TAG.matcher(chunk);
            if (m.matches()) {
                chunk = m.group(1);
                forced = m.group(2);
            }
            if (text.length() > 0) text.append(' ');
            int at = text.length();
            text.append(chunk);
            split(chunk, at, forced, pieces);
        }
        String[] arcs = heads == null ? null : heads.trim().split(" +");
        if (arcs != null && arcs.length != pieces.size()) {
            throw new IllegalArgumentException(pieces.size() + " tokens " + words(pieces) + " but " + arcs.length
                    + " heads");
        }
        List<Token> tokens = new ArrayList<>();
        String previousTag = "";
        for (int i = 0; i < pieces.size(); i++) {
            Piece p = pieces.get(i);
            String tag = p.forcedTag != null ? p.forcedTag : tag(p.word, i, previousTag);
            String lower = p.word.toLowerCase(Locale.ROOT);
            String lemma = LEMMAS.getOrDefault(lower, lower);
            int head = Token.UNPARSED;
            String rel = "";
            if (arcs != null) {
                String[] hr = arcs[i].split(":", 2);
                head = Integer.parseInt(hr[0]) - 1;
                rel = hr[1];
            }
            tokens.add(new Token(i, p.word, lemma, tag, "O", offset + p.start,
                    offset + p.start + p.word.length(), head, rel));
            previousTag = tag;
        }
        return new AnnotatedSentence(0, text.toString(), offset, offset + text.length(), tokens, arcs != null);
    }

    private static void split(String chunk, int at, String forced, List<Piece> out) {
        int s = 0;
        int e = chunk.length();
        while (s < e - 1 && OPENERS.indexOf(chunk.charAt(s)) >= 0) {
            out.add(new Piece(chunk.substring(s, s + 1), at + s, null));
            s++;
        }
        List<Piece> tail = new ArrayList<>();
        while (e - 1 > s && CLOSERS.indexOf(chunk.charAt(e - 1)) >= 0 && !isAbbreviation(chunk.substring(s, e))) {
            tail.add(0, new Piece(chunk.substring(e - 1, e), at + e - 1, null));
            e--;
        }
        String core = chunk.substring(s, e);
        String lower = core.toLowerCase(Locale.ROOT);
        if (core.length() > 2 && (lower.endsWith("'s") || lower.endsWith("’s"))) {
            out.add(new Piece(core.substring(0, core.length() - 2), at + s, forced));
            out.add(new Piece(core.substring(core.length() - 2), at + e - 2, "POS"));
        } else {
            out.add(new Piece(core, at + s, forced));
        }
        out.addAll(tail);
    }

    private static final java.util.Set<String> ABBREVIATIONS = java.util.Set.of(
            "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
            "mr", "mrs", "ms", "dr", "st", "gen", "lt", "col", "sgt", "gov", "sen", "rep");

    /** "Mar.", "Mr.", "U.S.": a known abbreviation, or a word with inner dots, ending in ".". */
    private static boolean isAbbreviation(String word) {
        if (!word.endsWith(".") || word.length() < 2) return false;
        String body = word.substring(0, word.length() - 1);
        return body.contains(".") || ABBREVIATIONS.contains(body.toLowerCase(Locale.ROOT));
    }

    private static String tag(String word, int index, String previousTag) {
        if (word.length() == 1 && !Character.isLetterOrDigit(word.charAt(0))) {
            return PUNCTUATION_TAGS.getOrDefault(word, word);
        }
        String lower = word.toLowerCase(Locale.ROOT);
        String known = LEXICON.get(lower);
        if (known != null && (index == 0 || !Character.isUpperCase(word.charAt(0)) || known.equals("DT")
                || known.equals("IN") || known.equals("PRP"))) {
            return known;
        }
        if (NUMBER.matcher(word).matches() || NUMBER_WORDS.contains(lower)) return "CD";
        boolean capitalised = Character.isUpperCase(word.charAt(0));
        if (!capitalised && (previousTag.equals("MD") || previousTag.equals("TO"))) return "VB";
        if (capitalised) return "NNP";
        if (lower.endsWith("ed")) return "VBD";
        if (lower.endsWith("ing")) return "VBG";
        if (lower.endsWith("ly")) return "RB";
        if (lower.endsWith("s")) return "NNS";
        return "NN";
    }

    private static List<String> words(List<Piece> pieces) {
        return pieces.stream().map(Piece::word).toList();
    }
}
