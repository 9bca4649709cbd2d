package dyad.actors;

import dyad.model.ActorCode;
import dyad.model.ActorMention;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Reads users' TABARI / PETRARCH actor and agent dictionaries (the Phoenix {@code .actors.txt} and
 * {@code agents.txt} formats) into Dyad entries, so that a project's existing dictionaries keep working. Every
 * line is either used or reported with its file:line and the reason; nothing stops the import.
 *
 * <p>Actors: a root line {@code NAME_ [CODE]} or {@code NAME_} starts an entry; {@code +NAME_} lines add synonyms;
 * {@code [CODE]}, {@code [CODE >YYMMDD]}, {@code [CODE <YYMMDD]}, {@code [CODE YYMMDD-YYMMDD]} lines add dated
 * codes (six-digit dates: years up to 30 are 20xx; eight-digit dates are read as they are). Agents:
 * {@code WORD_ {PLURAL} [~CODE]} (or a prefix code, {@code [NGO~]}), with {@code !MACRO! = A, B} substitution sets.
 * Names become words by replacing {@code _} with spaces; TABARI's stems (names without a final {@code _}) are
 * matched as whole words. Names of one or two letters ("US", "UN") stay case-sensitive; longer ones are read as
 * proper names ("Vladimir Putin").
 */
public final class TabariImporter {
    private static final Pattern CODE = Pattern.compile("\\[([^\\]]*)\\]");
    private static final Pattern MACRO = Pattern.compile("!([A-Za-z]+)!");

    private TabariImporter() {
    }

    /**
     * What an import gave.
     *
     * @param entries  the entries read
     * @param problems one "file:line: reason" per line that could not be used (or was used with a caveat)
     * @param lines    lines in the file
     * @param used     numbers of the lines that were used (entries, synonyms, codes, comments, blank lines, macros)
     */
    public record Result(List<Entry> entries, List<String> problems, int lines, java.util.BitSet used) {
        /** Lines that were neither used nor reported: none, by design (tests check it). */
        public int unaccounted() {
            java.util.BitSet seen = (java.util.BitSet) used.clone();
            for (String p : problems) {
                Matcher m = LINE.matcher(p);
                if (m.find()) seen.set(Integer.parseInt(m.group(1)));
            }
            return lines - seen.cardinality();
        }
    }

    private static final Pattern LINE = Pattern.compile(":(\\d+): ");

    public static Result actors(String file, String text, Function<String, ActorCode> codes) {
        List<Entry> out = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        String[] lines = text.split("\r?\n", -1);
        java.util.BitSet used = new java.util.BitSet();
        Builder cur = null;
        Map<String, Integer> ids = new java.util.HashMap<>();
        for (int i = 0; i < lines.length; i++) {
            int no = i + 1;
            String raw = stripComment(lines[i]);
            String t = raw.strip();
            if (t.isEmpty() || isCommentLine(lines[i])) {
                used.set(no);
                continue;
            }
            if (t.startsWith("+")) {
                if (cur == null) {
                    problems.add(file + ":" + no + ": synonym '" + t + "' before any actor");
                    continue;
                }
                String name = name(t.substring(1));
                if (name.isEmpty()) {
                    problems.add(file + ":" + no + ": empty synonym");
                    continue;
                }
                cur.names.add(name);
                codes(t, file, no, cur, problems, codes);
                used.set(no);
            } else if (t.startsWith("[")) {
                if (cur == null) {
                    problems.add(file + ":" + no + ": code line '" + t + "' before any actor");
                    continue;
                }
                if (codes(t, file, no, cur, problems, codes)) used.set(no);
            } else {
                if (cur != null) finish(cur, out, problems, ids);
                String before = t.contains("[") ? t.substring(0, t.indexOf('[')) : t;
                String name = name(before);
                if (name.isEmpty()) {
                    problems.add(file + ":" + no + ": not an actor line: '" + t + "'");
                    cur = null;
                    continue;
                }
                cur = new Builder(before.strip(), file + ":" + no);
                cur.names.add(name);
                codes(t, file, no, cur, problems, codes);
                used.set(no);
            }
        }
        if (cur != null) finish(cur, out, problems, ids);
        return new Result(out, problems, lines.length, used);
    }

    public static Result agents(String file, String text, Function<String, ActorCode> codes) {
        List<Entry> out = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        Map<String, List<String>> macros = new LinkedHashMap<>();
        Map<String, Integer> ids = new java.util.HashMap<>();
        String[] lines = text.split("\r?\n", -1);
        java.util.BitSet used = new java.util.BitSet();
        for (int i = 0; i < lines.length; i++) {
            int no = i + 1;
            String t = stripComment(lines[i]).strip();
            if (t.isEmpty() || isCommentLine(lines[i])) {
                used.set(no);
                continue;
            }
            if (t.startsWith("!") && t.contains("=")) {
                String key = t.substring(0, t.indexOf('=')).strip();
                List<String> values = new ArrayList<>();
                for (String v : t.substring(t.indexOf('=') + 1).split(",")) if (!v.isBlank()) values.add(v.strip());
                macros.put(key, values);
                used.set(no);
                continue;
            }
            Matcher m = CODE.matcher(t);
            if (!m.find()) {
                problems.add(file + ":" + no + ": agent without a [~CODE]: '" + t + "'");
                continue;
            }
            String code = m.group(1).strip();
            boolean prefix = code.endsWith("~") && !code.startsWith("~");
            if (!(code.startsWith("~") || prefix) || code.length() < 4) {
                problems.add(file + ":" + no + ": agent code '" + code + "' should be ~ and a sector code (or a prefix code and ~)");
                continue;
            }
            // a prefix agent ("MSF [NGO~]") keeps its ~: PETRARCH's phrase coding puts it in front ("NGOARN")
            code = prefix ? upper(code.substring(0, code.length() - 1), file, no, problems) + "~" : upper(code.substring(1), file, no, problems);
            String words = t.substring(0, t.indexOf('[')).strip();
            String plural = null;
            int brace = words.indexOf('{');
            if (brace >= 0) {
                int close = words.indexOf('}', brace);
                plural = close > brace ? words.substring(brace + 1, close).strip() : null;
                words = words.substring(0, brace).strip();
            }
            List<String> names = new ArrayList<>();
            for (String form : expand(words, macros, file, no, problems)) names.add(name(form));
            if (plural != null && !plural.isEmpty()) {
                for (String form : expand(plural, macros, file, no, problems)) names.add(name(form));
            } else if (brace < 0 && !MACRO.matcher(words).find() && !words.isEmpty()) {
                names.add(name(plural(words))); // PETRARCH makes the regular plural unless {} gives one (or none)
            }
            names.removeIf(String::isEmpty);
            if (names.isEmpty()) {
                problems.add(file + ":" + no + ": agent without words");
                continue;
            }
            ActorCode sector = new ActorCode(code, null, List.of(code.replace("~", "")));
            out.add(new Entry(unique("AGENT_" + id(words), ids), ActorMention.Kind.AGENT, List.of(new DatedCode(sector, null, null)), names, file + ":" + no));
            used.set(no);
        }
        return new Result(out, problems, lines.length, used);
    }

    /** PETRARCH's regular plural of an agent's last word: CONGRESS -> CONGRESSES, AUTHORITY -> AUTHORITIES. */
    static String plural(String words) {
        String w = words.strip();
        String u = w.toUpperCase(Locale.ROOT);
        if (u.endsWith("Y") && u.length() > 1 && "AEIOU".indexOf(u.charAt(u.length() - 2)) < 0) return w.substring(0, w.length() - 1) + "IES";
        if (u.endsWith("S") || u.endsWith("X") || u.endsWith("Z") || u.endsWith("CH") || u.endsWith("SH")) return w + "ES";
        return w + "S";
    }

    private static List<String> expand(String words, Map<String, List<String>> macros, String file, int no, List<String> problems) {
        Matcher m = MACRO.matcher(words);
        if (!m.find()) return List.of(words);
        List<String> values = macros.get(m.group());
        if (values == null) {
            problems.add(file + ":" + no + ": unknown substitution set " + m.group());
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String v : values) out.addAll(expand(words.substring(0, m.start()) + v + words.substring(m.end()), macros, file, no, problems));
        return out;
    }

    /** Parses the [CODE ...] groups on a line into the entry; false when none could be read. */
    private static boolean codes(String line, String file, int no, Builder cur, List<String> problems,
                                 Function<String, ActorCode> parse) {
        Matcher m = CODE.matcher(line);
        boolean any = false;
        while (m.find()) {
            String[] parts = m.group(1).strip().split("\\s+");
            if (parts[0].isEmpty()) {
                problems.add(file + ":" + no + ": empty code []");
                continue;
            }
            String code = upper(parts[0], file, no, problems);
            // CAMEO letters and digits; PETRARCH's validation suite also writes "+++" and joint codes ("FRO/BIL/SAM")
            if (!code.matches("[A-Z0-9]+(/[A-Z0-9]+)*|\\+\\+\\+") || code.length() < 3) {
                problems.add(file + ":" + no + ": code '" + parts[0] + "' is not a CAMEO actor code");
                continue;
            }
            LocalDate from = null;
            LocalDate to = null;
            if (parts.length > 1) {
                // the date may be spaced out: "[HOB < 950601]", "[HOBGOV 19950601 - 19990815]"
                String d = String.join("", java.util.Arrays.copyOfRange(parts, 1, parts.length));
                try {
                    if (d.startsWith(">")) {
                        from = date(d.substring(1));
                    } else if (d.startsWith("<")) {
                        to = date(d.substring(1));
                    } else if (d.contains("-")) {
                        from = date(d.substring(0, d.indexOf('-')));
                        to = date(d.substring(d.indexOf('-') + 1));
                    } else {
                        throw new DateTimeParseException("no range", d, 0);
                    }
                } catch (DateTimeParseException | NumberFormatException e) {
                    problems.add(file + ":" + no + ": date '" + d + "' is not >YYMMDD, <YYMMDD or YYMMDD-YYMMDD (code skipped)");
                    continue;
                }
                if (from != null && to != null && to.isBefore(from)) {
                    problems.add(file + ":" + no + ": reversed date range '" + d + "' (code skipped)");
                    continue;
                }
            }
            cur.codes.add(new DatedCode(parse.apply(code), from, to));
            any = true;
        }
        return any;
    }

    private static String unique(String id, Map<String, Integer> ids) {
        int n = ids.merge(id, 1, Integer::sum);
        return n == 1 ? id : id + "_" + n;
    }

    private static void finish(Builder b, List<Entry> out, List<String> problems, Map<String, Integer> ids) {
        if (b.codes.isEmpty()) {
            problems.add(b.source + ": actor '" + b.root + "' has no code (not used)");
            return;
        }
        List<DatedCode> undated = b.codes.stream().filter(DatedCode::undated).toList();
        List<DatedCode> codes = new ArrayList<>(b.codes);
        if (undated.size() > 1) { // TABARI lists a default after the dated codes: keep the first undated one
            codes.removeAll(undated.subList(1, undated.size()));
            problems.add(b.source + ": actor '" + b.root + "' has " + undated.size() + " undated codes; the first, "
                    + undated.get(0) + ", is used");
        }
        out.add(new Entry(unique(id(b.root), ids), ActorMention.Kind.ENTITY, codes, b.names, b.source));
    }

    private static String upper(String code, String file, int no, List<String> problems) {
        String up = code.toUpperCase(Locale.ROOT);
        if (!up.equals(code)) problems.add(file + ":" + no + ": lower-case code '" + code + "' read as " + up);
        return up;
    }

    static LocalDate date(String s) {
        if (s.length() == 6) {
            int yy = Integer.parseInt(s.substring(0, 2));
            int year = yy <= 30 ? 2000 + yy : 1900 + yy;
            return LocalDate.of(year, Integer.parseInt(s.substring(2, 4)), Integer.parseInt(s.substring(4, 6)));
        }
        if (s.length() == 8) {
            return LocalDate.of(Integer.parseInt(s.substring(0, 4)), Integer.parseInt(s.substring(4, 6)), Integer.parseInt(s.substring(6, 8)));
        }
        throw new DateTimeParseException("want 6 or 8 digits", s, 0);
    }

    /**
     * "VLADIMIR_PUTIN_" -> "Vladimir Putin" (proper names: a one-word name then matches capitalised words only, as
     * Dyad's own do); one- and two-letter names keep their capitals ("US").
     */
    static String name(String tabari) {
        String s = tabari.strip();
        int code = s.indexOf('[');
        if (code >= 0) s = s.substring(0, code);
        s = s.replace('_', ' ').strip();
        if (s.replaceAll("[^A-Za-z]", "").length() <= 2) return s;
        StringBuilder b = new StringBuilder(s.length());
        boolean start = true;
        for (char c : s.toLowerCase(Locale.ROOT).toCharArray()) {
            b.append(start ? Character.toUpperCase(c) : c);
            start = c == ' ' || c == '-';
        }
        return b.toString();
    }

    private static String id(String root) {
        String id = root.strip().toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_").replaceAll("^_+|_+$", "");
        return id.isEmpty() ? "TABARI" : id;
    }

    private static String stripComment(String line) {
        int hash = line.indexOf('#');
        return hash >= 0 ? line.substring(0, hash) : line;
    }

    private static boolean isCommentLine(String line) {
        String t = line.strip();
        return t.startsWith("#") || t.startsWith("<!--") || t.startsWith("-->") || t.endsWith("-->");
    }

    private static final class Builder {
        final String root;
        final String source;
        final List<String> names = new ArrayList<>();
        final List<DatedCode> codes = new ArrayList<>();

        Builder(String root, String source) {
            this.root = root;
            this.source = source;
        }
    }
}
