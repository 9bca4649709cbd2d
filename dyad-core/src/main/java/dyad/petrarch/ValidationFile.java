package dyad.petrarch;

import dyad.model.DataFileException;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A PETRARCH validation file ({@code PETR_Validate_records_2_02.xml}), read leniently line by line as UD-PETRARCH's own
 * validation does (the files are not strict XML): the {@code <Environment>} names the dictionaries, each
 * {@code <Sentence category= date= id= evaluate=>} record has {@code <EventCoding sourcecode= targetcode= eventcode= />}
 * expectations ({@code noevents="True"}: none), its {@code <Text>} and a CoNLL-U {@code <Parse>}. XML comments are
 * skipped. A record without an id, date or parse is an error naming file:line.
 */
public record ValidationFile(Environment environment, List<Record> records) {
    private static final Pattern ATTR = Pattern.compile("([A-Za-z_]+)\\s*=\\s*\"([^\"]*)\"");
    private static final Pattern TAG = Pattern.compile("<(\\w+)>\\s*([^<]*?)\\s*</\\1>");

    public ValidationFile {
        records = List.copyOf(records);
    }

    /**
     * The dictionaries and the categories to score, as the file names them (paths relative to the file).
     *
     * @param include categories scored (empty: all)
     * @param exclude categories not scored
     */
    public record Environment(String verbs, List<String> actors, List<String> agents, String discards, String pico,
                              Set<String> include, Set<String> exclude) {
        public Environment {
            actors = List.copyOf(actors);
            agents = List.copyOf(agents);
            include = Set.copyOf(include);
            exclude = Set.copyOf(exclude);
        }
    }

    /** An expected event; codes as written ("---" for none). */
    public record Expected(String code, String source, String target) {
        @Override
        public String toString() {
            return code + " " + source + " " + target;
        }
    }

    /**
     * A record.
     *
     * @param expected  the events expected (empty with {@code noEvents})
     * @param errors    PETRARCH error codings expected instead of events ("dateline", "storydiscard"...)
     * @param line      the line of its {@code <Sentence>}
     */
    public record Record(String id, String category, LocalDate date, boolean evaluate, String text,
                         List<Expected> expected, boolean noEvents, List<String> errors, String parse, int line) {
        public Record {
            expected = List.copyOf(expected);
            errors = List.copyOf(errors);
        }
    }

    public static ValidationFile read(String file, String content) {
        String[] lines = content.split("\r?\n", -1);
        Map<String, String> env = new LinkedHashMap<>();
        List<Record> records = new ArrayList<>();
        boolean inComment = false;
        boolean inEnv = false;
        Builder cur = null;
        for (int i = 0; i < lines.length; i++) {
            String raw = lines[i];
            int no = i + 1;
            if (cur != null && cur.inParse) {
                if (raw.strip().startsWith("</Parse")) {
                    cur.inParse = false;
                    if (raw.contains("</Sentence")) {
                        records.add(finish(cur, file));
                        cur = null;
                    }
                } else if (!raw.isBlank()) {
                    cur.parse.append(unescape(raw.strip())).append('\n');
                }
                continue;
            }
            String l = raw;
            if (inComment) {
                int end = l.indexOf("-->");
                if (end < 0) continue;
                inComment = false;
                l = l.substring(end + 3);
            }
            int open = l.indexOf("<!--");
            while (open >= 0) {
                int end = l.indexOf("-->", open);
                if (end < 0) {
                    inComment = true;
                    l = l.substring(0, open);
                    break;
                }
                l = l.substring(0, open) + l.substring(end + 3);
                open = l.indexOf("<!--");
            }
            String t = l.strip();
            if (t.isEmpty()) continue;
            if (t.startsWith("<Environment")) {
                inEnv = true;
                continue;
            }
            if (t.startsWith("</Environment")) {
                inEnv = false;
                continue;
            }
            if (inEnv) {
                Matcher m = TAG.matcher(t);
                if (m.find()) env.put(m.group(1).toLowerCase(), m.group(2).strip());
                continue;
            }
            if (t.startsWith("<Sentence ")) {
                if (cur != null) throw new DataFileException(file, cur.line, "record " + cur.attrs.get("id") + " has no </Sentence> before the next record");
                cur = new Builder(attributes(t), no);
                continue;
            }
            if (cur == null) continue;
            if (t.startsWith("<EventCoding")) {
                Map<String, String> a = attributes(t);
                if ("true".equalsIgnoreCase(a.get("noevents"))) {
                    cur.noEvents = true;
                } else if (a.containsKey("error")) {
                    cur.errors.add(a.get("error"));
                } else {
                    cur.expected.add(new Expected(code(a.get("eventcode")), code(a.get("sourcecode")), code(a.get("targetcode"))));
                }
            } else if (t.startsWith("<Text")) {
                StringBuilder text = new StringBuilder(t.replaceFirst("<Text>", ""));
                while (!text.toString().contains("</Text>") && i + 1 < lines.length) text.append(' ').append(lines[++i].strip());
                cur.text = unescape(text.toString().replace("</Text>", "").replaceAll("\\s+", " ").strip());
            } else if (t.startsWith("<Parse")) {
                cur.inParse = true;
                String rest = t.replaceFirst("<Parse>", "").strip();
                if (!rest.isEmpty()) cur.parse.append(rest).append('\n');
            } else if (t.startsWith("</Sentence")) {
                records.add(finish(cur, file));
                cur = null;
            }
        }
        if (cur != null) throw new DataFileException(file, cur.line, "record " + cur.attrs.get("id") + " is not closed");
        Environment e = new Environment(env.get("verbfile"), list(env.get("actorfile")), list(env.get("agentfile")),
                env.get("discardfile"), env.get("picofile"), words(env.get("include")), words(env.get("exclude")));
        return new ValidationFile(e, records);
    }

    private static String code(String c) {
        if (c == null || c.isBlank()) return "---";
        return c.strip().replace("~", "---");
    }

    private static Record finish(Builder b, String file) {
        String id = b.attrs.get("id");
        if (id == null || id.isBlank()) throw new DataFileException(file, b.line, "record without an id");
        String d = b.attrs.get("date");
        LocalDate date;
        try {
            date = LocalDate.parse(d == null ? "" : d.strip(), DateTimeFormatter.BASIC_ISO_DATE);
        } catch (DateTimeParseException e) {
            throw new DataFileException(file, b.line, "record " + id + ": date '" + d + "' is not YYYYMMDD");
        }
        if (b.parse.length() == 0) throw new DataFileException(file, b.line, "record " + id + " has no <Parse>");
        boolean evaluate = !"false".equalsIgnoreCase(b.attrs.getOrDefault("evaluate", "true"));
        return new Record(id, b.attrs.getOrDefault("category", ""), date, evaluate, b.text, b.expected, b.noEvents,
                b.errors, b.parse.toString(), b.line);
    }

    private static Map<String, String> attributes(String tag) {
        Map<String, String> out = new LinkedHashMap<>();
        Matcher m = ATTR.matcher(tag);
        while (m.find()) out.put(m.group(1).toLowerCase(), unescape(m.group(2)));
        return out;
    }

    /** The XML entities these files use ("&amp;TIETYPE", "&quot;"). */
    static String unescape(String s) {
        if (s.indexOf('&') < 0) return s;
        return s.replace("&quot;", "\"").replace("&apos;", "'").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }

    private static List<String> list(String s) {
        List<String> out = new ArrayList<>();
        if (s == null) return out;
        for (String p : s.split(",")) if (!p.isBlank()) out.add(p.strip());
        return out;
    }

    private static Set<String> words(String s) {
        Set<String> out = new LinkedHashSet<>();
        if (s == null) return out;
        for (String p : s.split("\\s+")) if (!p.isBlank()) out.add(p.strip());
        return out;
    }

    private static final class Builder {
        final Map<String, String> attrs;
        final int line;
        final List<Expected> expected = new ArrayList<>();
        final List<String> errors = new ArrayList<>();
        final StringBuilder parse = new StringBuilder();
        boolean noEvents;
        boolean inParse;
        String text = "";

        Builder(Map<String, String> attrs, int line) {
            this.attrs = attrs;
            this.line = line;
        }
    }
}
