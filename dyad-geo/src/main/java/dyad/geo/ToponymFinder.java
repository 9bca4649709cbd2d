package dyad.geo;

import dyad.model.AnnotatedSentence;
import dyad.model.Span;
import dyad.model.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds toponym candidates: the longest runs of proper-noun tokens whose name the gazetteer knows ("New York",
 * "Pandi", "U.S."), with short connecting words inside a name ("Bosnia and Herzegovina", "Rio de Janeiro") and
 * the parts of hyphenated words ("U.S.-led"). Names the gazetteer lists in capitals only ("US") must be written
 * so. Immutable and thread-safe.
 */
public final class ToponymFinder {
    private static final int MAX_TOKENS = 7;
    private static final Set<String> CONNECTORS = Set.of("of", "the", "and", "de", "del", "da", "do", "dos", "das",
            "la", "le", "les", "el", "al", "es", "en", "sur", "am", "an", "der", "di", "upon", "y", "e", "&", "au", "aux",
            "'s", "\u2019s", "-", "\u2013");
    /** Words that make a name a division's ("Suffolk County", "Nyanza Province"): taken into the mention. */
    static final Set<String> DIVISION_WORDS = Set.of("county", "province", "state", "region", "district", "governorate",
            "prefecture", "department", "municipality", "oblast", "territory", "parish");
    private static final Set<String> MARKERS = Set.of("in", "at", "near", "from", "to", "into", "across", "throughout",
            "outside", "inside", "around", "within", "toward", "towards", "through", "between", "of", "on", "off", "via",
            "nearby", "along", "over", "under", "beyond", "by");
    private final Gazetteer gazetteer;

    public ToponymFinder(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    public Gazetteer gazetteer() {
        return gazetteer;
    }

    /** The gazetteer names in a sentence, left to right, longest first, not overlapping. */
    public List<Mention> find(AnnotatedSentence s) {
        List<Mention> out = new ArrayList<>();
        List<Token> tokens = s.tokens();
        int i = 0;
        while (i < tokens.size()) {
            Token t = tokens.get(i);
            if (!startsName(t)) {
                i++;
                continue;
            }
            int bestEnd = -1;
            List<Gazetteer.Candidate> best = List.of();
            String bestKey = null;
            StringBuilder key = new StringBuilder();
            for (int j = i; j < tokens.size() && j < i + MAX_TOKENS; j++) {
                Token u = tokens.get(j);
                String k = PlaceNames.key(u.word());
                boolean connector = j > i && CONNECTORS.contains(u.word().toLowerCase());
                if ((k.isEmpty() && !connector) || (j > i && !connector && !capitalised(u))) break;
                if (!k.isEmpty()) {
                    if (key.length() > 0) key.append(' ');
                    key.append(k);
                }
                String ks = key.toString();
                if (!connector) {
                    List<Gazetteer.Candidate> c = gazetteer.lookup(ks);
                    if (!c.isEmpty() && writtenAsListed(ks, s, i, j + 1)) {
                        bestEnd = j + 1;
                        best = c;
                        bestKey = ks;
                    }
                }
                if (!gazetteer.startsLonger(ks)) break;
            }
            if (bestEnd > 0) {
                int end = bestEnd;
                boolean country = best.stream().anyMatch(c -> c.place().kind() == Place.Kind.COUNTRY);
                if (!country && end < tokens.size() && capitalised(tokens.get(end)) && DIVISION_WORDS.contains(tokens.get(end).word().toLowerCase())
                        && !(end + 1 < tokens.size() && tokens.get(end + 1).word().equals("of"))) end++;
                out.add(mention(s, i, end, s.span(i, end), bestKey, best));
                i = end;
            } else {
                hyphenParts(s, i, out);
                i++;
            }
        }
        return out;
    }

    /** "U.S.-led", "Kenya-based": a known name before or between hyphens of one token. */
    private void hyphenParts(AnnotatedSentence s, int i, List<Mention> out) {
        Token t = s.token(i);
        String w = t.word();
        if (w.indexOf('-') < 0) return;
        int from = 0;
        for (String part : w.split("-", -1)) {
            String k = PlaceNames.key(part);
            if (!part.isEmpty() && Character.isUpperCase(part.charAt(0)) && k.length() >= 2) {
                List<Gazetteer.Candidate> c = gazetteer.lookup(k);
                List<String> forms = gazetteer.capitalsOnlyForms(k);
                if (!c.isEmpty() && (forms.isEmpty() || forms.contains(part))) {
                    int start = t.start() + from;
                    out.add(mention(s, i, i + 1, new Span(part, start, start + part.length()), k, c));
                }
            }
            from += part.length() + 1;
        }
    }

    private Mention mention(AnnotatedSentence s, int first, int end, Span span, String key, List<Gazetteer.Candidate> c) {
        String ner = "O";
        for (int k = first; k < end; k++) {
            String n = s.token(k).ner();
            if (!n.equals("O")) {
                ner = n;
                if (n.equals("LOCATION")) break;
            }
        }
        String marker = "";
        int b = first - 1;
        if (b >= 0 && s.token(b).word().equalsIgnoreCase("the")) b--;
        if (b >= 0 && MARKERS.contains(s.token(b).word().toLowerCase())) marker = s.token(b).word().toLowerCase();
        return new Mention(s.index(), first, end, span, key, c, ner, marker);
    }

    /** Capitals-only names ("US") must be written in capitals. */
    private boolean writtenAsListed(String key, AnnotatedSentence s, int from, int to) {
        List<String> forms = gazetteer.capitalsOnlyForms(key);
        if (forms.isEmpty()) return true;
        StringBuilder written = new StringBuilder();
        for (int k = from; k < to; k++) {
            if (k > from) written.append(' ');
            written.append(s.token(k).word());
        }
        String w = written.toString();
        for (String f : forms) {
            if (f.equals(w) || f.replace(" ", "").equals(w.replace(" ", ""))) return true;
        }
        return false;
    }

    private static boolean startsName(Token t) {
        return capitalised(t) && (t.pos().startsWith("NNP") || t.ner().equals("LOCATION") || t.word().indexOf('-') > 0
                || isAllCaps(t.word()));
    }

    private static boolean capitalised(Token t) {
        String w = t.word();
        if (w.length() > 2 && (w.charAt(0) == 'd' || w.charAt(0) == 'l') && (w.charAt(1) == '\'' || w.charAt(1) == '\u2019')) {
            return Character.isUpperCase(w.codePointAt(2)); // "d'Ivoire", "l'Aquila"
        }
        return !w.isEmpty() && Character.isUpperCase(w.codePointAt(0));
    }

    private static boolean isAllCaps(String w) {
        boolean letter = false;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) return false;
                letter = true;
            }
        }
        return letter;
    }
}
