package dyad.petrarch;

import dyad.events.WordPattern;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the element syntax of PETRARCH verb patterns and synonym sets into {@link WordPattern} elements:
 * words ({@code TIES}, {@code CLOSURE_}, {@code DEBT_RELIEF}), synonym sets ({@code &CURRENCY}), noun phrases
 * ({@code {NEW &TIETYPES RELATIONS}}), prepositional phrases ({@code (WITH +)}) and roles ({@code $ + ^ %}).
 * Errors are {@link IllegalArgumentException}s whose message is the reason, for the caller to report with file:line.
 */
final class PatternText {
    private PatternText() {
    }

    /** Splits a pattern into tokens, keeping {@code {...}} and {@code (...)} groups whole. */
    static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            if (c == '{' || c == '(') {
                int depth = 0;
                int j = i;
                for (; j < n; j++) {
                    char d = text.charAt(j);
                    if (d == '{' || d == '(') depth++;
                    if (d == '}' || d == ')') depth--;
                    if (depth == 0) break;
                }
                if (j >= n) throw new IllegalArgumentException("unbalanced '" + c + "'");
                out.add(text.substring(i, j + 1));
                i = j + 1;
                continue;
            }
            if (c == '}' || c == ')') throw new IllegalArgumentException("unbalanced '" + c + "'");
            if (c == '*') { // the verb, also when TABARI glued it to a word ("*SCEPTICAL", "SPY_*_DEAL")
                out.add("*");
                i++;
                while (i < n && text.charAt(i) == '_') i++;
                continue;
            }
            int j = i;
            while (j < n && !Character.isWhitespace(text.charAt(j)) && "{(})*".indexOf(text.charAt(j)) < 0) j++;
            String w = text.substring(i, j);
            if (j < n && text.charAt(j) == '*') w = w.replaceAll("_+$", "");
            if (!w.isEmpty()) out.add(w);
            i = j;
        }
        return out;
    }

    /** Resolves synonym sets by name ("&CURRENCY"); null when undefined. */
    interface Synsets {
        WordPattern.Element get(String name);
    }

    /** The elements of a token list (one side of a pattern, or the inside of a group). */
    static List<WordPattern.Element> elements(List<String> tokens, Synsets synsets) {
        List<WordPattern.Element> out = new ArrayList<>();
        for (String t : tokens) out.add(element(t, synsets));
        return out;
    }

    static WordPattern.Element element(String t, Synsets synsets) {
        switch (t) {
            case "$": return new WordPattern.Role(WordPattern.Role.Kind.SOURCE);
            case "+": return new WordPattern.Role(WordPattern.Role.Kind.TARGET);
            case "^": return new WordPattern.Role(WordPattern.Role.Kind.SKIP);
            case "%": return new WordPattern.Role(WordPattern.Role.Kind.COMPOUND);
            default: break;
        }
        if (t.startsWith("{")) {
            List<WordPattern.Element> inside = elements(tokens(t.substring(1, t.length() - 1)), synsets);
            if (inside.isEmpty()) throw new IllegalArgumentException("empty {}");
            if (inside.stream().anyMatch(e -> e instanceof WordPattern.Role || e instanceof WordPattern.Prep)) {
                throw new IllegalArgumentException("a noun phrase {" + t.substring(1, t.length() - 1) + "} may hold words and synonym sets only");
            }
            return phrase(inside);
        }
        if (t.startsWith("(")) {
            List<String> inside = tokens(t.substring(1, t.length() - 1));
            if (inside.isEmpty()) throw new IllegalArgumentException("empty ()");
            String prep = inside.get(0);
            if (!prep.matches("[A-Za-z]+(/[A-Za-z]+)*")) throw new IllegalArgumentException("'" + prep + "' is not a preposition");
            return new WordPattern.Prep(List.of(prep.split("/")), elements(inside.subList(1, inside.size()), synsets));
        }
        if (t.startsWith("&")) {
            WordPattern.Element set = synsets.get(t);
            if (set == null) throw new IllegalArgumentException("undefined synonym set " + t);
            return set;
        }
        return words(t, false, synsets);
    }

    /** A word or an underscore-joined phrase ("DEBT_RELIEF"); a final "_" asks for the exact form. */
    static WordPattern.Element words(String t, boolean noPlural, Synsets synsets) {
        boolean exact = noPlural || t.endsWith("_");
        String w = t.replaceAll("^_+|_+$", "");
        String[] parts = w.split("_+");
        List<WordPattern.Element> ws = new ArrayList<>();
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i];
            if (part.startsWith("&")) {
                ws.add(element(part, synsets));
            } else {
                ws.add(word(part, exact && i == parts.length - 1, t));
            }
        }
        if (ws.isEmpty()) throw new IllegalArgumentException("'" + t + "' is not a word");
        return phrase(ws);
    }

    /** One word; "FAVOUR/FAVOR" gives either word ("F/A-18", with parts that are not words, is one word). */
    private static WordPattern.Element word(String w, boolean exact, String whole) {
        if (!w.matches("[A-Za-z0-9'][A-Za-z0-9'.\\-/]*")) {
            throw new IllegalArgumentException("'" + whole + "' is not a word (TABARI connectors are not supported)");
        }
        String[] alts = w.split("/");
        boolean alternatives = alts.length > 1;
        for (String a : alts) alternatives &= a.matches("[A-Za-z]{2,}");
        if (!alternatives) return new WordPattern.Word(w.toLowerCase(Locale.ROOT), exact);
        List<WordPattern.Element> choices = new ArrayList<>();
        for (String a : alts) choices.add(new WordPattern.Word(a.toLowerCase(Locale.ROOT), exact));
        return new WordPattern.AnyOf(w.toUpperCase(Locale.ROOT), choices);
    }

    static WordPattern.Element phrase(List<WordPattern.Element> inside) {
        if (inside.size() == 1) return inside.get(0);
        return new WordPattern.Phrase(inside.subList(0, inside.size() - 1), inside.get(inside.size() - 1));
    }

    /** A synonym-set member line ("+DOLLAR", "+SWISS FRANCS", "+(TO THE END)", "+&TIETYPES"). */
    static WordPattern.Element member(String text, boolean noPlural, Synsets synsets) {
        String t = text.strip();
        if (t.startsWith("(") || t.startsWith("&") || t.startsWith("{")) return element(t, synsets);
        List<String> parts = tokens(t);
        if (parts.size() == 1) return words(parts.get(0), noPlural, synsets);
        List<WordPattern.Element> ws = new ArrayList<>();
        for (String p : parts) ws.add(words(p, noPlural, synsets));
        return phrase(ws);
    }

    /** Synonym sets resolved on demand from their member lines, with a guard against sets that contain themselves. */
    static final class LazySynsets implements Synsets {
        private final Map<String, Def> defs;
        private final Map<String, WordPattern.Element> done = new java.util.HashMap<>();
        private final java.util.Set<String> resolving = new java.util.HashSet<>();

        /** A set's member lines. */
        record Def(String name, boolean noPlural, List<String> members) {
        }

        LazySynsets(Map<String, Def> defs) {
            this.defs = defs;
        }

        @Override
        public WordPattern.Element get(String name) {
            String key = name.endsWith("_") ? name.substring(0, name.length() - 1) : name;
            WordPattern.Element e = done.get(key);
            if (e != null) return e;
            Def d = defs.get(key);
            if (d == null) return null;
            if (!resolving.add(key)) throw new IllegalArgumentException("synonym set " + key + " contains itself");
            try {
                List<WordPattern.Element> choices = new ArrayList<>();
                for (String m : d.members()) {
                    try {
                        choices.add(member(m, d.noPlural(), this));
                    } catch (IllegalArgumentException ex) {
                        // reported where the member line is read; the set keeps its other members
                    }
                }
                if (choices.isEmpty()) return null;
                WordPattern.Element set = new WordPattern.AnyOf(key, choices);
                done.put(key, set);
                return set;
            } finally {
                resolving.remove(key);
            }
        }
    }
}
