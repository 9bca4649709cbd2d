package dyad.ontology;

import dyad.ingest.TextFile;
import dyad.model.DataFileException;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * The country table: ISO 3166 alpha-3 codes with their names, adjectives and demonyms, and capitals, one country a
 * line ({@code ISO3 | names | adjectives | capitals}, lists separated by {@code ;}, {@code #} comments; the built-in
 * table is {@value #BUILT_IN}, format in docs/dictionaries.md). This is the one loader of the format, with file:line
 * errors: the actor dictionary codes these names, the gazetteer places them, the exports name them. A code outside
 * the table (a territory no country line lists) is named by Java's English name for it. Immutable.
 */
public final class Countries {
    /** The built-in table, on the class path. */
    public static final String BUILT_IN = "dyad/actors/countries.txt";

    private static final Pattern ISO3 = Pattern.compile("[A-Z]{3}");
    private static final Pattern FIELDS = Pattern.compile("\\s+\\|\\s*|\\s*\\|\\s+|\\|");

    /**
     * One country line.
     *
     * @param file the file it was read from
     * @param line its line number
     */
    public record Country(String iso3, List<String> names, List<String> adjectives, List<String> capitals, String file, int line) {
        public Country {
            names = List.copyOf(names);
            adjectives = List.copyOf(adjectives);
            capitals = List.copyOf(capitals);
        }

        /** "file:line". */
        public String source() {
            return file + ":" + line;
        }
    }

    private static final class Holder {
        static final Countries BUILT_IN_TABLE = new Countries(read(BUILT_IN, resource(), e -> {
            throw e;
        }));
    }

    private final Map<String, Country> byCode;

    private Countries(List<Country> countries) {
        Map<String, Country> m = new LinkedHashMap<>();
        for (Country c : countries) m.putIfAbsent(c.iso3(), c);
        this.byCode = Collections.unmodifiableMap(m);
    }

    /** The built-in table (read once). */
    public static Countries builtIn() {
        return Holder.BUILT_IN_TABLE;
    }

    /**
     * Reads country lines. A bad line goes to {@code problems} as a file:line error (throw it to stop at the first,
     * or collect them all) and is left out.
     */
    public static List<Country> read(String file, String text, Consumer<DataFileException> problems) {
        List<Country> out = new ArrayList<>();
        for (TextFile.Line l : TextFile.contentLines(text)) {
            String[] f = FIELDS.split(l.text(), -1);
            if (f.length != 4) {
                problems.accept(new DataFileException(file, l.number(), "expected 4 fields separated by ' | ', found " + f.length));
                continue;
            }
            String iso = f[0].strip();
            if (!ISO3.matcher(iso).matches()) {
                problems.accept(new DataFileException(file, l.number(), "country code '" + iso + "' must be ISO 3166 alpha-3"));
                continue;
            }
            out.add(new Country(iso, list(f[1]), list(f[2]), list(f[3]), file, l.number()));
        }
        return out;
    }

    private static List<String> list(String field) {
        List<String> out = new ArrayList<>();
        for (String s : field.split(";")) {
            String t = s.strip();
            if (!t.isEmpty()) out.add(t);
        }
        return out;
    }

    public Optional<Country> get(String iso3) {
        return Optional.ofNullable(byCode.get(iso3));
    }

    /** The countries, in table order. */
    public Collection<Country> all() {
        return byCode.values();
    }

    /** The country's name: the table's first name, else Java's English name for the code, else null. */
    public String name(String iso3) {
        Country c = byCode.get(iso3);
        return c != null && !c.names().isEmpty() ? c.names().get(0) : javaName(iso3);
    }

    /** Every code with a name (the table's and Java's), by code. */
    public Map<String, String> names() {
        Map<String, String> out = new TreeMap<>();
        for (String iso3 : JavaNames.BY_CODE.keySet()) out.put(iso3, name(iso3));
        for (Country c : byCode.values()) out.put(c.iso3(), name(c.iso3()));
        return out;
    }

    /** Java's English name for an alpha-3 code, or null when Java does not know it. */
    public static String javaName(String iso3) {
        return JavaNames.BY_CODE.get(iso3);
    }

    /** Java's English country names by alpha-3 code, read once. */
    private static final class JavaNames {
        static final Map<String, String> BY_CODE = read();

        private static Map<String, String> read() {
            Map<String, String> m = new TreeMap<>();
            for (String iso2 : Locale.getISOCountries()) {
                Locale l = new Locale("", iso2);
                try {
                    m.put(l.getISO3Country(), l.getDisplayCountry(Locale.ENGLISH));
                } catch (MissingResourceException e) {
                    // no alpha-3 code
                }
            }
            return Collections.unmodifiableMap(m);
        }
    }

    private static String resource() {
        try (InputStream in = Countries.class.getClassLoader().getResourceAsStream(BUILT_IN)) {
            if (in == null) throw new IllegalStateException("the built-in country table is missing: " + BUILT_IN);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
