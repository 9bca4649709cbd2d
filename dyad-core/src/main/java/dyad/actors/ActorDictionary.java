package dyad.actors;

import dyad.model.ActorCode;
import dyad.model.ActorMention;
import dyad.model.DataFileException;
import dyad.ontology.Countries;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The actor knowledge: countries, named entities, agent words and sector codes, loaded from the text files
 * described in {@code docs/dictionaries.md} and compiled into a {@link NameMatcher}. Immutable once built.
 */
public final class ActorDictionary {
    private static final String BUILT_IN = "dyad/actors/";
    private static final Pattern ID = Pattern.compile("[A-Z0-9_]+");

    private final Map<String, Entry> entries;
    private final NameMatcher matcher;
    private final SectorTable codes;
    private final Set<String> countries;

    private final List<String> importProblems;

    private ActorDictionary(Map<String, Entry> entries, SectorTable codes, Set<String> countries, List<String> importProblems) {
        this.importProblems = List.copyOf(importProblems);
        this.entries = Collections.unmodifiableMap(entries);
        this.codes = codes;
        this.countries = Collections.unmodifiableSet(countries);
        this.matcher = new NameMatcher(entries.values());
    }

    /** The dictionaries shipped with Dyad. */
    public static ActorDictionary builtIn() {
        return builder().addBuiltIn().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public NameMatcher matcher() {
        return matcher;
    }

    public Entry entry(String id) {
        return entries.get(id);
    }

    public Collection<Entry> entries() {
        return entries.values();
    }

    public boolean isCountry(String iso3) {
        return countries.contains(iso3);
    }

    /**
     * Splits a code into country and sectors. Codes built from Dyad's own tables are checked on load; codes from
     * imported TABARI dictionaries may use parts Dyad does not know, and are split by position.
     */
    public ActorCode code(String code) {
        ActorCode c = codes.parse(code, new StringBuilder());
        return c != null ? c : lenient(code, countries);
    }

    /** True for a three-letter part listed in a {@code sectors*.txt} file: a role, an international prefix, an organisation or a region. */
    public boolean isSector(String part) {
        return codes.isSector(part);
    }

    /**
     * Why {@code code} is not built from Dyad's own tables (a country of {@code countries.txt}, or an international prefix,
     * then parts of {@code sectors*.txt}), or empty when it is; for checking hand-written codes such as gold annotations.
     */
    public Optional<String> codeProblem(String code) {
        StringBuilder problem = new StringBuilder();
        return codes.parse(code, problem) == null ? Optional.of(problem.toString()) : Optional.empty();
    }

    static ActorCode lenient(String code, Set<String> countries) {
        String first = code.length() >= 3 ? code.substring(0, 3) : code;
        String country = countries.contains(first) ? first : null;
        List<String> parts = new ArrayList<>();
        for (int i = country == null ? 0 : 3; i < code.length(); i += 3) parts.add(code.substring(i, Math.min(code.length(), i + 3)));
        return new ActorCode(code, country, parts);
    }

    /** Lines of imported TABARI/PETRARCH dictionaries that could not be used, "file:line: reason". */
    public List<String> importProblems() {
        return importProblems;
    }

    /** A country or entity code joined with a sector ("IRN" + "MIL" = "IRNMIL"). */
    public ActorCode withSector(ActorCode owner, String sector) {
        if (owner.sectors().contains(sector)) return owner;
        return code(owner.code() + sector);
    }

    /** Collects dictionary files; kinds follow the file names (countries*, agents*, sectors*, anything else = entities). */
    public static final class Builder {
        private final List<Source> sources = new ArrayList<>();
        private final Set<String> builtInNames = new java.util.HashSet<>();
        /** Where {@link #problems()} collects every bad line; null: the first one is thrown. */
        private List<DataFileException> problems;

        public Builder addBuiltIn() {
            for (String name : readText("index.txt").split("\n")) {
                String file = name.strip();
                if (!file.isEmpty() && !file.startsWith("#")) {
                    sources.add(new Source(file, readText(file)));
                    builtInNames.add(file);
                }
            }
            return this;
        }

        public Builder addFile(Path file) {
            sources.add(new Source(file.toString(), read(file)));
            return this;
        }

        public Builder addText(String name, String text) {
            sources.add(new Source(name, text));
            return this;
        }

        /** A TABARI/PETRARCH actor dictionary (e.g. Phoenix.Countries.actors.txt). */
        public Builder addTabariActors(Path file) {
            sources.add(new Source(file.toString(), read(file), Kind.TABARI_ACTORS));
            return this;
        }

        /** A TABARI/PETRARCH agents dictionary (e.g. Phoenix.agents.txt). */
        public Builder addTabariAgents(Path file) {
            sources.add(new Source(file.toString(), read(file), Kind.TABARI_AGENTS));
            return this;
        }

        private static String read(Path file) {
            return dyad.ingest.TextFile.read(file, "dictionary");
        }

        /** A text held to the rules of the built-in files (names unique across entries); for tests. */
        Builder addAsBuiltIn(String name, String text) {
            builtInNames.add(name);
            return addText(name, text);
        }

        /**
         * Every bad line of the files added (not only the first, which {@link #build()} throws), in load order;
         * empty when the dictionaries build.
         */
        public List<DataFileException> problems() {
            problems = new ArrayList<>();
            try {
                build();
                return List.copyOf(problems);
            } finally {
                problems = null;
            }
        }

        /** Runs {@code body} on each line, throwing its error or, for {@link #problems()}, collecting it. */
        private void eachLine(Source s, java.util.function.Consumer<Line> body) {
            for (Line l : s.lines()) {
                try {
                    body.accept(l);
                } catch (DataFileException e) {
                    fail(e);
                }
            }
        }

        private void fail(DataFileException e) {
            if (problems == null) throw e;
            problems.add(e);
        }

        public ActorDictionary build() {
            Map<String, String> sectors = new LinkedHashMap<>();
            Set<String> countries = new LinkedHashSet<>();
            for (Source s : sources) {
                if (s.kind() == Kind.SECTORS) readSectors(s, sectors);
            }
            for (Source s : sources) {
                if (s.kind() == Kind.COUNTRIES) {
                    for (Countries.Country c : Countries.read(s.name(), s.text(), e -> { })) countries.add(c.iso3());
                }
            }
            SectorTable table = new SectorTable(sectors, countries);
            Map<String, Entry> entries = new LinkedHashMap<>();
            for (Source s : sources) {
                switch (s.kind()) {
                    case COUNTRIES -> readCountries(s, table, entries);
                    case AGENTS -> readAgents(s, table, entries);
                    case ENTITIES -> readEntities(s, table, entries);
                    case SECTORS, TABARI_ACTORS, TABARI_AGENTS -> { }
                }
            }
            checkNames(entries);
            List<String> problems = new ArrayList<>();
            for (Source s : sources) {
                if (s.kind() != Kind.TABARI_ACTORS && s.kind() != Kind.TABARI_AGENTS) continue;
                TabariImporter.Result r = s.kind() == Kind.TABARI_ACTORS
                        ? TabariImporter.actors(s.name(), s.text(), c -> lenient(c, countries))
                        : TabariImporter.agents(s.name(), s.text(), c -> lenient(c, countries));
                for (Entry e : r.entries()) entries.put(e.id(), e); // imported dictionaries override built-in entries
                problems.addAll(r.problems());
            }
            return new ActorDictionary(entries, table, countries, problems);
        }

        /**
         * A name may belong to one entry only, unless a later file overrides on purpose (users' files) or both
         * entries give the same codes. Built-in files are held to this; the error names both places.
         */
        private void checkNames(Map<String, Entry> entries) {
            Map<String, Entry> byName = new java.util.HashMap<>();
            for (Entry e : entries.values()) {
                if (!isBuiltIn(e.source())) continue;
                for (String name : e.names()) {
                    String key = String.join(" ", Names.pieces(name)) + (Names.capitalsOnly(name) ? " [caps]" : "");
                    Entry other = byName.putIfAbsent(key, e);
                    if (other != null && other != e && !other.codes().equals(e.codes()) && other.kind() == e.kind()) {
                        String[] where = e.source().split(":(?=\\d+$)");
                        fail(new DataFileException(where[0], Integer.parseInt(where[1]), "name '" + name + "' of " + e.id()
                                + " is also a name of " + other.id() + " (" + other.source() + ") with other codes"));
                    }
                }
            }
        }

        private boolean isBuiltIn(String source) {
            return builtInNames.contains(source.substring(0, source.lastIndexOf(':')));
        }

        private static String readText(String name) {
            try (InputStream in = ActorDictionary.class.getClassLoader().getResourceAsStream(BUILT_IN + name)) {
                if (in == null) throw new IllegalStateException("built-in dictionary missing: " + BUILT_IN + name);
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private void readSectors(Source s, Map<String, String> sectors) {
            eachLine(s, l -> {
                String[] f = l.fields(2, 3);
                if (!f[0].matches("[A-Z]{3}")) throw l.error("sector code '" + f[0] + "' must be three capital letters");
                String old = sectors.put(f[0], f[1]);
                if (old != null && !old.equals(f[1])) throw l.error("sector " + f[0] + " defined twice");
            });
        }

        /** Country lines, through the one loader of the country table's format ({@link Countries}). */
        private void readCountries(Source s, SectorTable table, Map<String, Entry> entries) {
            for (Countries.Country c : Countries.read(s.name(), s.text(), this::fail)) {
                Line l = new Line(c.file(), c.line(), "");
                try {
                    String iso = c.iso3();
                    ActorCode country = new ActorCode(iso, iso, List.of());
                    put(entries, new Entry(iso, ActorMention.Kind.COUNTRY, List.of(new DatedCode(country, null, null)),
                            c.names(), l.where()), l);
                    if (!c.adjectives().isEmpty()) {
                        put(entries, new Entry(iso + "_ADJ", ActorMention.Kind.ADJECTIVE,
                                List.of(new DatedCode(country, null, null)), c.adjectives(), l.where()), l);
                    }
                    if (!c.capitals().isEmpty()) {
                        ActorCode gov = parse(table, iso + "GOV", l);
                        put(entries, new Entry(iso + "_CAPITAL", ActorMention.Kind.ENTITY,
                                List.of(new DatedCode(gov, null, null)), c.capitals(), l.where()), l);
                    }
                } catch (DataFileException e) {
                    fail(e);
                }
            }
        }

        private void readAgents(Source s, SectorTable table, Map<String, Entry> entries) {
            eachLine(s, l -> {
                String[] f = l.fields(2, 2);
                List<String> words = l.list(f[0]);
                if (words.isEmpty()) throw l.error("no agent words");
                List<DatedCode> codes = new ArrayList<>();
                if (!f[1].equals("*")) {
                    if (!table.isSector(f[1])) throw l.error("unknown sector '" + f[1] + "' (not in sectors.txt)");
                    codes.add(new DatedCode(new ActorCode(f[1], null, List.of(f[1])), null, null));
                }
                String id = "AGENT_" + String.join("_", Names.pieces(words.get(0))).toUpperCase();
                put(entries, new Entry(id, ActorMention.Kind.AGENT, codes, words, l.where()), l);
            });
        }

        private void readEntities(Source s, SectorTable table, Map<String, Entry> entries) {
            eachLine(s, l -> {
                String[] f = l.fields(3, 3);
                if (!ID.matcher(f[0]).matches()) throw l.error("entry id '" + f[0] + "' must be upper-case letters, digits and _");
                List<DatedCode> codes = new ArrayList<>();
                for (String c : l.list(f[1])) codes.add(datedCode(table, c, l));
                if (codes.isEmpty()) throw l.error("entry " + f[0] + " has no code");
                checkRanges(codes, l);
                List<String> names = l.list(f[2]);
                if (names.isEmpty()) throw l.error("entry " + f[0] + " has no names");
                put(entries, new Entry(f[0], ActorMention.Kind.ENTITY, codes, names, l.where()), l);
            });
        }

        private static DatedCode datedCode(SectorTable table, String text, Line l) {
            String[] parts = text.trim().split("\\s+");
            if (parts.length > 2) throw l.error("code '" + text + "' should be CODE or CODE FROM..TO");
            ActorCode code = parse(table, parts[0], l);
            if (parts.length == 1) return new DatedCode(code, null, null);
            int dots = parts[1].indexOf("..");
            if (dots < 0) throw l.error("date range '" + parts[1] + "' should be FROM..TO (either end may be empty)");
            LocalDate from = date(parts[1].substring(0, dots), l);
            LocalDate to = date(parts[1].substring(dots + 2), l);
            if (from != null && to != null && to.isBefore(from)) throw l.error("reversed date range " + parts[1]);
            return new DatedCode(code, from, to);
        }

        private static LocalDate date(String s, Line l) {
            if (s.isEmpty()) return null;
            try {
                return LocalDate.parse(s);
            } catch (DateTimeParseException e) {
                throw l.error("bad date '" + s + "' (want YYYY-MM-DD)");
            }
        }

        private static void checkRanges(List<DatedCode> codes, Line l) {
            for (int i = 0; i < codes.size(); i++) {
                for (int j = i + 1; j < codes.size(); j++) {
                    DatedCode a = codes.get(i);
                    DatedCode b = codes.get(j);
                    if (a.undated() && b.undated()) throw l.error("two undated codes: " + a + ", " + b);
                    if (a.undated() || b.undated()) continue;
                    boolean apart = (a.to() != null && b.from() != null && a.to().isBefore(b.from()))
                            || (b.to() != null && a.from() != null && b.to().isBefore(a.from()));
                    if (!apart) throw l.error("overlapping date ranges: " + a + " and " + b);
                }
            }
        }

        private static ActorCode parse(SectorTable table, String code, Line l) {
            StringBuilder problem = new StringBuilder();
            ActorCode c = table.parse(code, problem);
            if (c == null) throw l.error(problem.toString());
            return c;
        }

        private void put(Map<String, Entry> entries, Entry e, Line l) {
            Entry old = entries.get(e.id());
            if (old != null && (old.source().startsWith(l.file() + ":")
                    || (builtInNames.contains(l.file()) && isBuiltIn(old.source())))) {
                throw l.error("duplicate entry " + e.id() + " (first defined at " + old.source() + ")");
            }
            entries.put(e.id(), e); // a user's file overrides on purpose
        }
    }

    private enum Kind { SECTORS, COUNTRIES, AGENTS, ENTITIES, TABARI_ACTORS, TABARI_AGENTS }

    private record Source(String name, String text, Kind given) {
        Source(String name, String text) {
            this(name, text, null);
        }

        Kind kind() {
            if (given != null) return given;
            String base = Path.of(name).getFileName().toString().toLowerCase();
            if (base.startsWith("sectors")) return Kind.SECTORS;
            if (base.startsWith("countries")) return Kind.COUNTRIES;
            if (base.startsWith("agents")) return Kind.AGENTS;
            return Kind.ENTITIES;
        }

        List<Line> lines() {
            List<Line> out = new ArrayList<>();
            for (dyad.ingest.TextFile.Line l : dyad.ingest.TextFile.contentLines(text)) out.add(new Line(name, l.number(), l.text()));
            return out;
        }
    }

    private record Line(String file, int number, String text) {
        String where() {
            return file + ":" + number;
        }

        DataFileException error(String message) {
            return new DataFileException(file, number, message);
        }

        String[] fields(int min, int max) {
            String[] f = text.split("\\s+\\|\\s*|\\s*\\|\\s+|\\|", -1);
            if (f.length < min || f.length > max) {
                throw error("expected " + (min == max ? min : min + " to " + max) + " fields separated by ' | ', found " + f.length);
            }
            for (int i = 0; i < f.length; i++) f[i] = f[i].strip();
            return f;
        }

        List<String> list(String field) {
            List<String> out = new ArrayList<>();
            for (String s : field.split(";")) {
                String t = s.strip();
                if (!t.isEmpty()) out.add(t);
            }
            return out;
        }
    }
}
