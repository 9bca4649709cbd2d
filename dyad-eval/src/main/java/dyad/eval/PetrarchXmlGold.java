package dyad.eval;

import dyad.model.CameoCode;
import dyad.model.DataFileException;
import dyad.ontology.Ontology;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads PETRARCH / UD-PETRARCH validation records leniently (the files are not well-formed XML): each
 * {@code <Sentence id= date=YYYYMMDD>} with its {@code <EventCoding eventcode= sourcecode= targetcode=/>} elements,
 * {@code <Text>} and {@code <Parse>} (CoNLL-U). Comments are ignored. Records marked {@code evaluate="false"} and records
 * that expect an error ({@code <EventCoding error=.../>}) are skipped; {@code noevents="True"} is a text without events.
 * Codes outside the CAMEO ontology (PETRARCH's internal codes) are skipped with a note; a target coded {@code ---} (no
 * actor) is no target. A record id used again gets a suffix ({@code DEMO-32~2}) so that every document id is unique.
 */
final class PetrarchXmlGold {
    private static final Pattern COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);
    private static final Pattern SENTENCE = Pattern.compile("<Sentence\\b([^>]*)>(.*?)</Sentence>", Pattern.DOTALL);
    private static final Pattern CODING = Pattern.compile("<EventCoding\\b([^>]*?)/?>");
    private static final Pattern ATTRIBUTE = Pattern.compile("([A-Za-z_:-]+)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)')");
    private static final Pattern TEXT = Pattern.compile("<Text>(.*?)</Text>", Pattern.DOTALL);
    private static final Pattern PARSE = Pattern.compile("<Parse>(.*?)</Parse>", Pattern.DOTALL);
    private static final DateTimeFormatter YYYYMMDD = DateTimeFormatter.BASIC_ISO_DATE;

    private final String file;
    private final Ontology ontology;

    PetrarchXmlGold(String file, Ontology ontology) {
        this.file = file;
        this.ontology = ontology;
    }

    GoldSet read(String content) {
        String text = blankComments(content);
        int[] newlines = newlines(text);
        List<String> notes = new ArrayList<>();
        Map<String, GoldRecord> records = new LinkedHashMap<>();
        int notEvaluated = 0;
        int expectErrors = 0;
        Map<String, Integer> unknownCodes = new LinkedHashMap<>();
        Matcher m = SENTENCE.matcher(text);
        while (m.find()) {
            int line = lineOf(newlines, m.start());
            Map<String, String> attrs = attributes(m.group(1));
            String id = attrs.get("id");
            if (id == null || id.isBlank()) throw new DataFileException(file, line, "<Sentence> without an id");
            if ("false".equalsIgnoreCase(attrs.getOrDefault("evaluate", "true"))) {
                notEvaluated++;
                continue;
            }
            String body = m.group(2);
            LocalDate date = date(attrs.get("date"), id, line);
            List<GoldEvent> events = new ArrayList<>();
            boolean expectsError = false;
            boolean coded = false;
            Matcher c = CODING.matcher(body);
            while (c.find()) {
                coded = true;
                Map<String, String> a = attributes(c.group(1));
                if (a.containsKey("error")) {
                    expectsError = true;
                } else if (!"true".equalsIgnoreCase(a.getOrDefault("noevents", "false"))) {
                    int at = lineOf(newlines, m.start(2) + c.start());
                    String code = a.get("eventcode");
                    if (code == null || a.get("sourcecode") == null) {
                        throw new DataFileException(file, at, "record '" + id + "': <EventCoding> needs eventcode and sourcecode (or noevents=\"True\")");
                    }
                    Optional<CameoCode> row = ontology.find(code.strip());
                    if (row.isEmpty()) {
                        unknownCodes.merge(code.strip(), 1, Integer::sum);
                        continue;
                    }
                    String target = a.get("targetcode") == null ? null : a.get("targetcode").strip();
                    if (target != null && (target.isEmpty() || target.equals("---"))) target = null;
                    events.add(new GoldEvent(row.get().ploverEvent(), row.get().code(), a.get("sourcecode").strip(), target, null, null));
                }
            }
            if (expectsError) {
                expectErrors++;
                continue;
            }
            if (!coded) throw new DataFileException(file, line, "record '" + id + "' has no <EventCoding> (use noevents=\"True\" for none)");
            Matcher t = TEXT.matcher(body);
            if (!t.find()) throw new DataFileException(file, line, "record '" + id + "' has no <Text>");
            Matcher p = PARSE.matcher(body);
            String conllu = p.find() ? conllu(p.group(1)) : null;
            if (records.containsKey(id)) {
                String renamed = id;
                for (int k = 2; records.containsKey(renamed); k++) renamed = id + "~" + k;
                notes.add(file + ":" + line + ": record id '" + id + "' used before (at " + records.get(id).origin() + "): this one is '" + renamed + "'");
                id = renamed;
            }
            records.put(id, new GoldRecord(id, unescape(t.group(1)).replaceAll("\\s+", " ").strip(), date, null, null, events, conllu, file + ":" + line));
        }
        if (records.isEmpty()) throw new DataFileException(file, 1, "no <Sentence> records found");
        if (notEvaluated > 0) notes.add(file + ": " + notEvaluated + " records marked evaluate=\"false\" skipped");
        if (expectErrors > 0) notes.add(file + ": " + expectErrors + " records that expect an input error skipped");
        if (!unknownCodes.isEmpty()) {
            int n = unknownCodes.values().stream().mapToInt(Integer::intValue).sum();
            notes.add(file + ": " + n + " gold events with codes outside the CAMEO ontology skipped: " + unknownCodes.keySet());
        }
        return new GoldSet(file, GoldSet.PETRARCH_XML, new ArrayList<>(records.values()), notes);
    }

    private LocalDate date(String value, String id, int line) {
        if (value == null || value.isBlank()) return null;
        try {
            return LocalDate.parse(value.strip(), YYYYMMDD);
        } catch (DateTimeParseException e) {
            throw new DataFileException(file, line, "record '" + id + "': bad date '" + value + "' (want YYYYMMDD)");
        }
    }

    /** Token lines of the parse, each with its ten tab-separated fields. */
    private static String conllu(String parse) {
        StringBuilder b = new StringBuilder();
        for (String l : parse.split("\r?\n")) {
            String s = l.strip();
            if (!s.isEmpty()) b.append(s).append('\n');
        }
        return b.toString();
    }

    /** Comments replaced by blanks of the same lines, so that line numbers stay right. */
    private static String blankComments(String s) {
        Matcher m = COMMENT.matcher(s);
        StringBuilder b = new StringBuilder();
        while (m.find()) m.appendReplacement(b, Matcher.quoteReplacement(m.group().replaceAll("[^\n]", "")));
        m.appendTail(b);
        return b.toString();
    }

    private static Map<String, String> attributes(String s) {
        Map<String, String> out = new HashMap<>();
        Matcher m = ATTRIBUTE.matcher(s);
        while (m.find()) out.put(m.group(1), unescape(m.group(2) != null ? m.group(2) : m.group(3)));
        return out;
    }

    private static String unescape(String s) {
        return s.replace("&quot;", "\"").replace("&apos;", "'").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }

    private static int[] newlines(String s) {
        return java.util.stream.IntStream.range(0, s.length()).filter(i -> s.charAt(i) == '\n').toArray();
    }

    /** 1-based line of a character offset, from the offsets of the newlines. */
    private static int lineOf(int[] newlines, int offset) {
        int i = java.util.Arrays.binarySearch(newlines, offset);
        return (i >= 0 ? i : -i - 1) + 1;
    }
}
