package dyad.events;

import dyad.model.DataFileException;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The event patterns, indexed by trigger lemma. Loaded from text files in the format of {@code docs/patterns.md};
 * every line is validated (file:line errors). Immutable; thread-safe.
 */
public final class PatternSet {
    private static final Set<String> RELS = Set.of("obj", "iobj", "obl", "nmod", "xcomp", "ccomp", "prt", "advmod",
            "amod", "compound", "nsubj", "nsubjpass", "advcl", "acl", "aux", "cop", "mark", "det", "nummod", "conj", "appos", "csubj", "dep", "parataxis");

    private final List<Pattern> all;
    private final Map<String, List<Pattern>> byLemma;
    private final Map<String, List<Pattern>> byForm;

    /** Indexes patterns given in preference order (among equally specific patterns, the earlier wins). */
    private PatternSet(List<Pattern> all) {
        this.all = List.copyOf(all);
        this.byLemma = index(all, Pattern::lemmas);
        this.byForm = index(all, Pattern::forms);
    }

    /** Conditions that name words rather than accept any ("obj=talks", not "obj=*"; PETRARCH's named words). */
    static int namedConditions(Pattern p) {
        return (int) p.constraints().stream().filter(c -> !c.negative() && !c.lemmas().isEmpty()).count()
                + (p.words() == null ? 0 : p.words().words());
    }

    private static Map<String, List<Pattern>> index(List<Pattern> patterns, java.util.function.Function<Pattern, Set<String>> keys) {
        Map<String, List<Pattern>> index = new HashMap<>();
        for (Pattern p : patterns) {
            for (String l : keys.apply(p)) index.computeIfAbsent(l, k -> new ArrayList<>()).add(p);
        }
        index.replaceAll((k, v) -> {
            List<Pattern> sorted = new ArrayList<>(v);
            // most specific first; among equals, the one naming more words ("hand | obj=ultimatum" over "hand | obj=*")
            sorted.sort(java.util.Comparator.comparingInt(Pattern::specificity).reversed()
                    .thenComparing(java.util.Comparator.comparingInt(PatternSet::namedConditions).reversed()));
            return Collections.unmodifiableList(sorted);
        });
        return Collections.unmodifiableMap(index);
    }

    /** Patterns made elsewhere (imported PETRARCH verb dictionaries), in preference order. */
    public static PatternSet of(List<Pattern> patterns) {
        return new PatternSet(patterns);
    }

    /** These patterns and {@code preferred}'s; where equally specific patterns of both match, {@code preferred}'s wins. */
    public PatternSet plus(PatternSet preferred) {
        List<Pattern> merged = new ArrayList<>(preferred.all);
        merged.addAll(all);
        return new PatternSet(merged);
    }

    /** Where the built-in pattern files are listed, in load order. */
    static final String BUILT_IN_INDEX = "dyad/events/patterns/index.txt";

    public static PatternSet builtIn() {
        List<Text> texts = builtInTexts();
        requireUniqueIds(texts);
        return parse(texts, code -> true);
    }

    /** Built-in patterns plus users' files (later patterns with the same id replace earlier ones). */
    public static PatternSet load(List<Path> extra, Predicate<String> knownCode) {
        List<Text> texts = new ArrayList<>(builtInTexts());
        requireUniqueIds(texts);
        for (Path p : extra) texts.add(new Text(p.toString(), dyad.ingest.TextFile.read(p, "pattern file")));
        return parse(texts, knownCode);
    }

    /** The built-in pattern files named by the index, as texts named after their resource paths. */
    public static List<Text> builtInTexts() {
        List<Text> texts = new ArrayList<>();
        String index = resource(BUILT_IN_INDEX);
        String dir = BUILT_IN_INDEX.substring(0, BUILT_IN_INDEX.lastIndexOf('/') + 1);
        for (String line : index.split("\n")) {
            String name = line.strip();
            if (name.isEmpty() || name.startsWith("#")) continue;
            texts.add(new Text(name, resource(dir + name)));
        }
        return texts;
    }

    /** Pattern ids must be unique across the built-in files (users' files may replace them on purpose). */
    private static void requireUniqueIds(List<Text> texts) {
        Map<String, String> first = new HashMap<>();
        for (Text t : texts) {
            String[] lines = t.content().split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i].strip();
                if (line.isEmpty() || line.startsWith("#") || line.indexOf('|') < 0) continue;
                String id = line.substring(0, line.indexOf('|')).strip();
                String prev = first.putIfAbsent(id, t.name() + ":" + (i + 1));
                if (prev != null) throw new DataFileException(t.name(), i + 1, "pattern id " + id + " is already used at " + prev);
            }
        }
    }

    private static String resource(String path) {
        try (InputStream in = PatternSet.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) throw new IllegalStateException("built-in patterns missing: " + path);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A named text of pattern lines. */
    public record Text(String name, String content) {
    }

    /** A line without its comment and surrounding blanks ("" for a comment or blank line). */
    static String content(String line) {
        int hash = line.indexOf('#');
        return (hash >= 0 ? line.substring(0, hash) : line).strip();
    }

    public static PatternSet parse(List<Text> texts, Predicate<String> knownCode) {
        Map<String, Pattern> byId = new java.util.LinkedHashMap<>();
        for (Text t : texts) {
            Set<String> seen = new HashSet<>();
            String[] lines = t.content().split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                String line = content(lines[i]);
                if (line.isEmpty()) continue;
                Pattern p = parseLine(t.name(), i + 1, line, knownCode);
                if (!seen.add(p.id())) throw new DataFileException(t.name(), i + 1, "duplicate pattern id " + p.id());
                byId.put(p.id(), p);
            }
        }
        return new PatternSet(new ArrayList<>(byId.values()));
    }

    static Pattern parseLine(String file, int no, String line, Predicate<String> knownCode) {
        String[] f = line.split("\\s*\\|\\s*", -1);
        if (f.length < 3 || f.length > 4) {
            throw new DataFileException(file, no, "expected 'id | code | trigger | conditions', found " + f.length + " fields");
        }
        String id = f[0];
        if (!id.matches("[a-z0-9][a-z0-9.\\-_]*")) throw new DataFileException(file, no, "pattern id '" + id + "' must be lower-case words joined by - . or _");
        String code = f[1];
        if (!code.matches("\\d{2,4}") && !code.equals(Pattern.NULL_CODE)) {
            throw new DataFileException(file, no, "CAMEO code '" + code + "' must be 2-4 digits (or --- for a pattern that codes nothing)");
        }
        if (!code.equals(Pattern.NULL_CODE) && !knownCode.test(code)) throw new DataFileException(file, no, "CAMEO code " + code + " is not in the ontology");
        String trig = f[2];
        Pattern.Kind kind = Pattern.Kind.VERB;
        if (trig.endsWith(":n")) kind = Pattern.Kind.NOUN;
        else if (trig.endsWith(":a")) kind = Pattern.Kind.ADJECTIVE;
        if (trig.matches(".*:[nva]")) trig = trig.substring(0, trig.length() - 2);
        Set<String> lemmas = new LinkedHashSet<>();
        for (String l : trig.split(",")) {
            String s = l.strip().toLowerCase();
            if (!s.matches("[a-z][a-z\\-']*")) throw new DataFileException(file, no, "trigger lemma '" + l + "' is not a word");
            lemmas.add(s);
        }
        List<Constraint> constraints = new ArrayList<>();
        List<String> targets = new ArrayList<>();
        String mode = null;
        Set<String> cues = new HashSet<>();
        Map<String, Set<String>> contexts = new java.util.TreeMap<>();
        String sourceRel = null;
        Pattern.Need need = null;
        String agentless = null;
        if (f.length == 4 && !f[3].isEmpty()) {
            for (String part : f[3].split("\\s+")) {
                int eq = part.indexOf('=');
                if (eq <= 0 || eq == part.length() - 1) throw new DataFileException(file, no, "condition '" + part + "' should be REL=LEMMAS, target=REL or mode=MODE[:CUES]");
                String key = part.substring(0, eq);
                String value = part.substring(eq + 1);
                switch (key) {
                    case "target" -> {
                        for (String r : value.split(",")) {
                            if (r.equals("required")) need = Pattern.Need.REQUIRED;
                            else if (r.equals("optional")) need = Pattern.Need.OPTIONAL;
                            else if (r.equals("none")) targets.add(r);
                            else {
                                relationPath(file, no, r);
                                targets.add(r);
                            }
                        }
                    }
                    case "source" -> {
                        if (!value.equals(Pattern.RECEIVER)) relationPath(file, no, value);
                        sourceRel = value;
                    }
                    case "agentless" -> {
                        if (!value.matches("[A-Z]{3}|unknown|no")) throw new DataFileException(file, no, "agentless must be a sector code (COP, JUD...), 'unknown' or 'no': '" + value + "'");
                        agentless = value;
                    }
                    case "mode" -> {
                        int colon = value.indexOf(':');
                        mode = colon < 0 ? value : value.substring(0, colon);
                        if (colon >= 0) cues.addAll(List.of(value.substring(colon + 1).split(",")));
                        if (!mode.matches("[a-z][a-z_\\-]*")) throw new DataFileException(file, no, "mode '" + mode + "' must be a lower-case PLOVER mode name");
                    }
                    case "context" -> {
                        int colon = value.indexOf(':');
                        String ctx = colon < 0 ? value : value.substring(0, colon);
                        if (!ctx.matches("[a-z][a-z_\\-]*")) throw new DataFileException(file, no, "context '" + ctx + "' must be a lower-case PLOVER context name");
                        Set<String> ctxCues = contexts.computeIfAbsent(ctx, k -> new HashSet<>());
                        if (colon >= 0) ctxCues.addAll(List.of(value.substring(colon + 1).toLowerCase().split(",")));
                    }
                    default -> {
                        boolean neg = key.startsWith("!");
                        if (neg) key = key.substring(1);
                        List<String> steps = relationPath(file, no, key);
                        String last = steps.get(steps.size() - 1);
                        int dot = last.indexOf('.');
                        String rel = dot < 0 ? last : last.substring(0, dot);
                        String caseWord = dot < 0 ? null : last.substring(dot + 1);
                        Set<String> ls = value.equals("*") ? Set.of() : new LinkedHashSet<>(List.of(value.toLowerCase().split(",")));
                        constraints.add(new Constraint(steps.subList(0, steps.size() - 1), rel, caseWord, ls, neg));
                    }
                }
            }
        }
        return new Pattern(id, code, lemmas, kind, constraints, targets, mode, cues, file + ":" + no, contexts,
                new Pattern.ArgumentOptions(sourceRel, need, agentless));
    }

    /** The steps of {@code rel[.case]>rel[.case]...}, each relation checked. */
    static List<String> relationPath(String file, int no, String spec) {
        List<String> steps = List.of(spec.split(">", -1));
        for (String step : steps) {
            int dot = step.indexOf('.');
            String rel = dot < 0 ? step : step.substring(0, dot);
            if (!RELS.contains(rel)) {
                throw new DataFileException(file, no, "unknown relation '" + rel + "'" + (spec.equals(rel) ? "" : " in '" + spec + "'") + " (known: " + String.join(", ", new java.util.TreeSet<>(RELS)) + ")");
            }
            if (dot >= 0 && !step.substring(dot + 1).matches("[a-z]+")) throw new DataFileException(file, no, "case word in '" + step + "' must be a lower-case word");
        }
        return steps;
    }

    /** Patterns whose trigger is this lemma (most specific first), or an empty list. */
    public List<Pattern> forLemma(String lemma) {
        return byLemma.getOrDefault(lemma, List.of());
    }

    /** Patterns triggered by this written form (lower case), whatever its lemma; most specific first. */
    public List<Pattern> forForm(String word) {
        return byForm.getOrDefault(word, List.of());
    }

    public boolean isTrigger(String lemma) {
        return byLemma.containsKey(lemma);
    }

    /** Whether a written form (lower case) triggers a pattern by itself ("left", "said"). */
    public boolean isTriggerForm(String word) {
        return byForm.containsKey(word);
    }

    /** All patterns, in preference order. */
    public List<Pattern> all() {
        return all;
    }

    public int size() {
        return all.size();
    }
}
