package dyad.petrarch;

import dyad.events.Pattern;
import dyad.events.PatternSet;
import dyad.events.WordPattern;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;

/**
 * Reads a PETRARCH-2 verb dictionary ({@code CAMEO.2.0.txt} format) into Dyad {@link Pattern}s, so a project's own
 * verb dictionary keeps working. Every line is either used or reported with its file:line and the reason; nothing
 * stops the import (docs/petrarch.md lists what is supported).
 *
 * <ul>
 * <li>{@code --- NAME [CODE] ---} starts a verb block; {@code [CODE]} (default {@code ---}, no event) is the code of its
 * verbs alone.</li>
 * <li>Verb lines: {@code VERB {FORMS} [CODE]}; the optional code overrides the block's for that verb alone.
 * Multi-word verbs mark the verb with {@code +}: {@code +CORDON_OFF}, {@code WIRE_+TAP}; their other words must
 * stand next to the verb.</li>
 * <li>Pattern lines {@code - BEFORE * AFTER [CODE]} apply to every verb of the block (see {@link WordPattern});
 * {@code [042:043]} adds an event from the target back to the source; {@code [---]} codes nothing.</li>
 * <li>{@code &NAME} and its {@code +MEMBER} lines define a synonym set (a final {@code _} on the name: no plurals).</li>
 * <li>Reported: verb transformations ({@code ~ a (a b ATTACK) SAY = a b 015}), codes the ontology lacks, undefined
 * synonym sets, lines of no known form.</li>
 * </ul>
 */
public final class VerbDictionary {
    private static final java.util.regex.Pattern BLOCK = java.util.regex.Pattern.compile("^-{3}\\s*(\\S+)\\s*(?:\\[([^\\]]*)\\])?.*$");
    private static final java.util.regex.Pattern CODE = java.util.regex.Pattern.compile("\\[([^\\]]*)\\]\\s*$");
    private static final java.util.regex.Pattern TABARI_COMMENT = java.util.regex.Pattern.compile("[\\s}];");
    private static final java.util.regex.Pattern LINE = java.util.regex.Pattern.compile(":(\\d+): ");

    private VerbDictionary() {
    }

    /**
     * What an import gave.
     *
     * @param file     the file's name, as given
     * @param patterns the patterns, in file order
     * @param problems one "file:line: reason" per line that could not be used, or was used with a caveat
     * @param lines    lines in the file
     * @param used     numbers of the lines that were used (verbs, patterns, synonym sets, comments, blank lines)
     */
    public record Result(String file, List<Pattern> patterns, List<String> problems, int lines, BitSet used) {
        public Result {
            patterns = List.copyOf(patterns);
            problems = List.copyOf(problems);
        }

        /** Lines that were neither used nor reported: none, by design (tests check it). */
        public int unaccounted() {
            BitSet seen = (BitSet) used.clone();
            for (String p : problems) {
                Matcher m = LINE.matcher(p);
                if (m.find()) seen.set(Integer.parseInt(m.group(1)));
            }
            return lines - seen.get(1, lines + 1).cardinality();
        }

        /** Lines used (comments and blank lines included). */
        public int usedLines() {
            return used.get(1, lines + 1).cardinality();
        }

        /** Lines reported as not used (a line used with a caveat is not counted). */
        public int unusedLines() {
            BitSet reported = new BitSet();
            for (String p : problems) {
                Matcher m = LINE.matcher(p);
                if (m.find()) reported.set(Integer.parseInt(m.group(1)));
            }
            reported.andNot(used);
            return reported.cardinality();
        }

        public PatternSet patternSet() {
            return PatternSet.of(patterns);
        }
    }

    /**
     * Reads a dictionary.
     *
     * @param file      name for ids and messages
     * @param knownCode whether an event code may be used (e.g. it is in the ontology)
     */
    public static Result read(String file, String text, Predicate<String> knownCode) {
        String[] lines = text.split("\r?\n", -1);
        int count = lines.length > 0 && lines[lines.length - 1].isEmpty() ? lines.length - 1 : lines.length;
        String[] clean = new String[count];
        BitSet used = new BitSet();
        List<String> problems = new ArrayList<>();
        stripComments(lines, clean, used);
        Map<String, PatternText.LazySynsets.Def> defs = synsetDefs(clean);
        PatternText.LazySynsets synsets = new PatternText.LazySynsets(defs);
        Reader r = new Reader(file, knownCode, synsets, used, problems);
        for (int i = 0; i < count; i++) {
            if (clean[i] == null) continue;
            r.line(i + 1, clean[i]);
        }
        r.finish();
        return new Result(file, r.patterns, problems, count, used);
    }

    /** Comments ("#" to the end of the line, XML comments) and blank lines are used; {@code clean[i]} is null for them. */
    private static void stripComments(String[] lines, String[] clean, BitSet used) {
        boolean inXml = false;
        for (int i = 0; i < clean.length; i++) {
            String l = lines[i];
            if (inXml) {
                used.set(i + 1);
                int end = l.indexOf("-->");
                if (end < 0) continue;
                inXml = false;
                l = l.substring(end + 3);
            }
            int xml = l.indexOf("<!--");
            while (xml >= 0) {
                int end = l.indexOf("-->", xml);
                if (end < 0) {
                    inXml = true;
                    l = l.substring(0, xml);
                    break;
                }
                l = l.substring(0, xml) + l.substring(end + 3);
                xml = l.indexOf("<!--");
            }
            int hash = l.indexOf('#');
            if (hash >= 0) l = l.substring(0, hash);
            java.util.regex.Matcher semi = TABARI_COMMENT.matcher(l); // "; tony 3/9/91"
            if (semi.find()) l = l.substring(0, semi.start() + 1);
            l = l.strip();
            if (l.isEmpty()) {
                used.set(i + 1);
            } else {
                clean[i] = l;
            }
        }
    }

    /** Synonym sets are collected first, so a pattern may use a set defined further down. */
    private static Map<String, PatternText.LazySynsets.Def> synsetDefs(String[] clean) {
        Map<String, PatternText.LazySynsets.Def> defs = new LinkedHashMap<>();
        PatternText.LazySynsets.Def cur = null;
        for (int i = 0; i < clean.length; i++) {
            String l = clean[i];
            if (l == null) continue;
            if (l.startsWith("&")) {
                String name = l.split("\\s+")[0];
                boolean noPlural = name.endsWith("_");
                String key = noPlural ? name.substring(0, name.length() - 1) : name;
                PatternText.LazySynsets.Def old = defs.get(key);
                cur = old != null ? old : new PatternText.LazySynsets.Def(key, noPlural, new ArrayList<>());
                defs.put(key, cur);
            } else if (l.startsWith("+") && cur != null) {
                cur.members().add(l.substring(1));
            } else {
                cur = null;
            }
        }
        return defs;
    }

    /** A verb of a block: its shape (multi-word parts), lemma, written forms and own code. */
    private record Verb(List<String> joinedBefore, List<String> joinedAfter, String lemma, Set<String> forms, String code,
                        String paired, int line) {
        String shape() {
            return String.join("_", joinedBefore) + "+" + String.join("_", joinedAfter);
        }
    }

    /** A pattern line of a block, before it is joined to the block's verbs. */
    private record PatternLine(int line, String text, WordPattern words, String code, String paired) {
    }

    private static final class Reader {
        final String file;
        final String idFile;
        final Predicate<String> knownCode;
        final PatternText.Synsets synsets;
        final BitSet used;
        final List<String> problems;
        final List<Pattern> patterns = new ArrayList<>();
        final Map<String, Integer> ids = new java.util.HashMap<>();

        enum Context { NONE, SYNSET, BLOCK }

        Context context = Context.NONE;
        String blockName;
        String blockCode;
        String blockPaired;
        int blockLine;
        List<Verb> verbs = new ArrayList<>();
        List<PatternLine> lines = new ArrayList<>();

        Reader(String file, Predicate<String> knownCode, PatternText.Synsets synsets, BitSet used, List<String> problems) {
            this.file = file;
            this.idFile = java.nio.file.Path.of(file).getFileName().toString().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
            this.knownCode = knownCode;
            this.synsets = synsets;
            this.used = used;
            this.problems = problems;
        }

        void report(int no, String reason) {
            problems.add(file + ":" + no + ": " + reason);
        }

        void line(int no, String l) {
            if (l.startsWith("&")) {
                context = Context.SYNSET;
                used.set(no);
            } else if (l.startsWith("+") && context == Context.SYNSET) {
                try {
                    PatternText.member(l.substring(1), false, synsets);
                    used.set(no);
                } catch (IllegalArgumentException e) {
                    report(no, "synonym set member not used: " + e.getMessage());
                }
            } else if (l.startsWith("---")) {
                finish();
                Matcher m = BLOCK.matcher(l);
                if (!m.matches()) {
                    report(no, "not a verb block header '--- NAME [CODE] ---'");
                    context = Context.NONE;
                    return;
                }
                context = Context.BLOCK;
                blockName = m.group(1);
                blockLine = no;
                String[] code = codes(m.group(2) == null ? Pattern.NULL_CODE : m.group(2).strip());
                if (code == null) {
                    report(no, "block code [" + m.group(2).strip() + "] is not a known event code; its verbs code nothing alone");
                    code = new String[] {Pattern.NULL_CODE, null};
                }
                blockCode = code[0];
                blockPaired = code[1];
                used.set(no);
            } else if (l.startsWith("~")) {
                report(no, "verb transformations ('~ ... = ...') are not supported");
            } else if (context != Context.BLOCK) {
                report(no, "outside a verb block or synonym set: not used");
            } else if (l.startsWith("-") || l.startsWith("*")) {
                pattern(no, l);
            } else {
                verb(no, l);
            }
        }

        /** "042:043" -> {"042", "043"}; "050" -> {"050", null}; null when a part is not a known code. */
        String[] codes(String text) {
            String code = text;
            String paired = null;
            if (text.contains(":")) {
                code = text.substring(0, text.indexOf(':')).strip();
                paired = text.substring(text.indexOf(':') + 1).strip();
                if (paired.equals(Pattern.NULL_CODE)) paired = null;
                if (code.isEmpty()) code = Pattern.NULL_CODE; // "[:173]": only the event back from the target
            }
            if (!codeOk(code) || (paired != null && !codeOk(paired))) return null;
            return new String[] {code, paired};
        }

        boolean codeOk(String code) {
            return code.equals(Pattern.NULL_CODE) || (code.matches("[0-9]{2,4}[A-Za-z]?") && knownCode.test(code));
        }

        void verb(int no, String l) {
            String[] code = {blockCode, blockPaired};
            String body = l;
            Matcher cm = CODE.matcher(l);
            if (cm.find()) {
                code = codes(cm.group(1).strip());
                body = l.substring(0, cm.start()).strip();
                if (code == null) {
                    report(no, "verb code [" + cm.group(1).strip() + "] is not a known event code (verb not used)");
                    return;
                }
            }
            String main = body;
            List<String> listed = new ArrayList<>();
            int brace = body.indexOf('{');
            if (brace >= 0) {
                int close = body.indexOf('}', brace);
                if (close < 0) {
                    report(no, "unbalanced '{' in verb forms (verb not used)");
                    return;
                }
                main = body.substring(0, brace).strip();
                for (String f : body.substring(brace + 1, close).split("[\\s,]+")) if (!f.isBlank()) listed.add(f.strip());
                if (!body.substring(close + 1).isBlank()) {
                    report(no, "text after the verb forms '" + body.substring(close + 1).strip() + "' (verb not used)");
                    return;
                }
            }
            if (main.isEmpty() || main.contains(" ")) {
                report(no, "not a verb line 'VERB {FORMS} [CODE]': '" + l + "'");
                return;
            }
            Verb v;
            try {
                v = verbOf(main, listed, code[0], code[1], no);
            } catch (IllegalArgumentException e) {
                report(no, e.getMessage() + " (verb not used)");
                return;
            }
            verbs.add(v);
            used.set(no);
        }

        Verb verbOf(String main, List<String> listed, String code, String paired, int no) {
            Shape s = shape(main);
            Set<String> forms = new LinkedHashSet<>();
            forms.add(s.verb);
            for (String f : listed) {
                Shape fs = shape(f);
                if (!fs.before.equals(s.before) || !fs.after.equals(s.after)) {
                    throw new IllegalArgumentException("form '" + f + "' is not a form of '" + main + "'");
                }
                forms.add(fs.verb);
            }
            return new Verb(s.before, s.after, s.verb, forms, code, paired, no);
        }

        private record Shape(List<String> before, String verb, List<String> after) {
        }

        /** "+CORDON_OFF" -> verb cordon, after [off]; "WIRE_+TAP" -> before [wire], verb tap; "SAY" -> say. */
        static Shape shape(String w) {
            String t = w.strip();
            if (t.endsWith("_")) t = t.substring(0, t.length() - 1);
            if (!t.contains("_") && !t.contains("+")) {
                if (!t.matches("[A-Za-z][A-Za-z'\\-]*")) throw new IllegalArgumentException("'" + w + "' is not a verb");
                return new Shape(List.of(), t.toLowerCase(Locale.ROOT), List.of());
            }
            String[] parts = t.split("_");
            int verb = -1;
            for (int i = 0; i < parts.length; i++) {
                if (parts[i].startsWith("+")) {
                    if (verb >= 0) throw new IllegalArgumentException("'" + w + "' marks two verbs with +");
                    verb = i;
                }
            }
            if (verb < 0) throw new IllegalArgumentException("multi-word verb '" + w + "' does not mark its verb with +");
            List<String> before = new ArrayList<>();
            List<String> after = new ArrayList<>();
            for (int i = 0; i < parts.length; i++) {
                String p = (i == verb ? parts[i].substring(1) : parts[i]).toLowerCase(Locale.ROOT);
                if (!p.matches("[a-z][a-z'\\-]*")) throw new IllegalArgumentException("'" + w + "' is not a verb");
                if (i < verb) before.add(p);
                if (i > verb) after.add(p);
            }
            return new Shape(before, parts[verb].substring(1).toLowerCase(Locale.ROOT), after);
        }

        void pattern(int no, String l) {
            boolean dash = l.startsWith("-");
            String body = dash ? l.substring(1) : l;
            Matcher cm = CODE.matcher(body);
            if (!cm.find()) {
                report(no, "pattern without a [CODE] (not used)");
                return;
            }
            String[] code = codes(cm.group(1).strip());
            if (code == null) {
                report(no, "code [" + cm.group(1).strip() + "] is not a known event code (pattern not used)");
                return;
            }
            body = body.substring(0, cm.start());
            WordPattern words;
            try {
                List<String> tokens = PatternText.tokens(body);
                int star = tokens.indexOf("*");
                if (star < 0 || tokens.lastIndexOf("*") != star) throw new IllegalArgumentException("a pattern needs one '*' for the verb");
                words = new WordPattern(PatternText.elements(tokens.subList(0, star), synsets),
                        PatternText.elements(tokens.subList(star + 1, tokens.size()), synsets), List.of(), List.of());
            } catch (IllegalArgumentException e) {
                report(no, e.getMessage() + " (pattern not used)");
                return;
            }
            if (!dash) report(no, "pattern line without its leading '-': read as a pattern");
            lines.add(new PatternLine(no, l, words, code[0], code[1]));
            used.set(no);
        }

        /** Joins the block's patterns to its verbs: one pattern per pattern line and verb shape, plus the verbs' own codes. */
        void finish() {
            if (context == Context.BLOCK && verbs.isEmpty()) {
                if (!lines.isEmpty()) {
                    for (PatternLine pl : lines) report(pl.line(), "block " + blockName + " (line " + blockLine + ") has no verbs: pattern not used");
                    for (PatternLine pl : lines) used.clear(pl.line());
                }
            }
            Map<String, List<Verb>> byShape = new LinkedHashMap<>();
            for (Verb v : verbs) byShape.computeIfAbsent(v.shape(), k -> new ArrayList<>()).add(v);
            for (List<Verb> group : byShape.values()) {
                Verb first = group.get(0);
                Set<String> lemmas = new LinkedHashSet<>();
                Set<String> forms = new LinkedHashSet<>();
                for (Verb v : group) {
                    lemmas.add(v.lemma());
                    forms.addAll(v.forms());
                }
                String shapeId = first.joinedBefore().isEmpty() && first.joinedAfter().isEmpty() ? "" : "." + first.shape().replace('+', '-').replaceAll("^-|-$", "");
                for (PatternLine pl : lines) {
                    WordPattern w = new WordPattern(pl.words().before(), pl.words().after(), first.joinedBefore(), first.joinedAfter());
                    patterns.add(pattern(id(pl.line(), shapeId), pl.code(), lemmas, forms, w, pl.paired(), pl.line()));
                }
                Map<String, List<Verb>> byCode = new LinkedHashMap<>();
                for (Verb v : group) byCode.computeIfAbsent(v.code() + ":" + v.paired(), k -> new ArrayList<>()).add(v);
                for (Map.Entry<String, List<Verb>> e : byCode.entrySet()) {
                    Set<String> ls = new LinkedHashSet<>();
                    Set<String> fs = new LinkedHashSet<>();
                    for (Verb v : e.getValue()) {
                        ls.add(v.lemma());
                        fs.addAll(v.forms());
                    }
                    Verb v0 = e.getValue().get(0);
                    String code = v0.code();
                    String paired = v0.paired();
                    int line = v0.line();
                    // a verb that codes nothing alone needs no pattern: it would only hide other dictionaries' patterns
                    if (code.equals(Pattern.NULL_CODE) && paired == null) continue;
                    WordPattern w = new WordPattern(List.of(), List.of(), first.joinedBefore(), first.joinedAfter());
                    patterns.add(pattern(id(line, shapeId), code, ls, fs, w, paired, line));
                }
            }
            verbs = new ArrayList<>();
            lines = new ArrayList<>();
            blockPaired = null;
        }

        Pattern pattern(String id, String code, Set<String> lemmas, Set<String> forms, WordPattern words, String paired, int line) {
            return new Pattern(id, code, lemmas, false, List.of(), List.of(), null, Set.of(), file + ":" + line,
                    forms, words, paired);
        }

        String id(int line, String shape) {
            String base = idFile + "." + blockName.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-") + "." + line + shape;
            int n = ids.merge(base, 1, Integer::sum);
            return n == 1 ? base : base + "." + n;
        }
    }
}
