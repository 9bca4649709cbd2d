package dyad.ontology;

import dyad.model.CameoCode;
import dyad.model.DataFileException;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The event ontology: every CAMEO event code with its Goldstein score, QuadClass and PLOVER event,
 * mode and context. Immutable and thread-safe; load it once and share the instance.
 *
 * <p>The table is a tab-separated text file with seven columns per line,
 * {@code code name goldstein quad_class plover_event plover_mode plover_context}; {@code -} stands for
 * "no mode" / "no context", contexts are comma-separated, and lines starting with {@code #} (and blank
 * lines) are ignored. The built-in table lives at {@value #RESOURCE} on the class path.
 *
 * <p>In the loaded {@link CameoCode}s "no mode" is the empty string and "no context" the empty list.
 */
public final class Ontology {

    /** Class-path location of the built-in table. */
    public static final String RESOURCE = "/dyad/ontology/cameo-plover.tsv";

    /** The PLOVER event categories a row may map to, in the PLOVER manual's order (cooperation to conflict). */
    public static final List<String> PLOVER_ORDER = List.of(
            "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
            "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT");

    /** The PLOVER event categories a row may map to. */
    public static final Set<String> PLOVER_EVENTS = Set.copyOf(PLOVER_ORDER);

    /** PLOVER's mode names (manual 2.0 and its structured codebook), across all categories. */
    public static final Set<String> PLOVER_MODES = Set.of("abduct", "access", "aerial", "allege", "arrest",
            "assassinate", "assist", "ban", "beat", "boycott", "ceasefire", "censor", "change", "cleansing", "convict",
            "crowd-control", "curfew", "cyber", "demo", "deport", "destroy", "disapprove", "disarm", "discontinue", "drone",
            "execute", "expel", "explosives", "firearms", "heavy-weapons", "hunger", "investigate", "massacre", "meet",
            "militia", "misinformation", "multilateral", "obstruct", "phone", "police", "primitive", "relations", "release",
            "resign", "restrict", "return", "rights", "riot", "seize", "sexual", "strike", "suicide-attack", "territory",
            "third-party", "torture", "troops", "unconventional", "violence", "visit", "weapons", "withdraw", "withhold", "yield");

    /** PLOVER's general contexts (manual 2.0), usable with any category. */
    public static final Set<String> PLOVER_CONTEXTS = Set.of("military", "intelligence", "executive", "legislative",
            "election", "political_institutions", "pro_democracy", "pro_autocracy", "economic", "legal", "human_rights",
            "rights_freedoms", "repression", "human_security", "lgbt", "religion_ethnicity", "inequality", "diplomatic",
            "territory", "health", "asylum", "migration", "disasters", "natural_resource", "environment", "technology",
            "terrorism", "cbrn", "cyber", "misinformation", "crime", "corruption", "peacekeeping", "cooperative");

    private static final int COLUMNS = 7;
    private static final int WITH_CONVENTIONS = 13;
    private static final String NONE = "-";

    /** Codes in code order (lexicographic, so "01" precedes "010" precedes "0211" precedes "02"). */
    private final Map<String, CameoCode> codes;
    private final Map<String, CodingConventions> conventions;

    private Ontology(Map<String, CameoCode> codes, Map<String, CodingConventions> conventions) {
        this.codes = Collections.unmodifiableMap(new TreeMap<>(codes));
        this.conventions = Collections.unmodifiableMap(new TreeMap<>(conventions));
    }

    /**
     * CAMEO's coding conventions for a code (the table's last six columns).
     *
     * @param targetRequired whether the event is coded only with a target
     * @param agentless      who did it when the clause names nobody: a sector code ("COP", "JUD"), "unknown", or null
     * @param reciprocal     whether the parties of a compound subject do it to each other
     * @param intent         the code an announced cooperative event is coded as, or null
     * @param threat         the code a conflict event announced under a condition is coded as, or null
     * @param refusal        the code an announced refusal of it is coded as, or null
     */
    public record CodingConventions(boolean targetRequired, String agentless, boolean reciprocal, String intent,
                                    String threat, String refusal) {
        /** What a table without the convention columns gives every code. */
        public static final CodingConventions DEFAULT = new CodingConventions(false, null, false, null, null, null);
    }

    /** The coding conventions of {@code code} ({@link CodingConventions#DEFAULT} for a code the table lacks). */
    public CodingConventions conventions(String code) {
        return code == null ? CodingConventions.DEFAULT : conventions.getOrDefault(code, CodingConventions.DEFAULT);
    }

    /**
     * Loads the table that ships with Dyad.
     *
     * @throws DataFileException if the resource is malformed (a build error)
     * @throws IllegalStateException if the resource is missing from the class path
     */
    public static Ontology builtIn() {
        InputStream in = Ontology.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("built-in ontology not on the class path: " + RESOURCE);
        }
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return parse(RESOURCE, reader);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /**
     * Loads a user-supplied table (UTF-8) in the same format as the built-in one.
     *
     * @throws DataFileException if a line is malformed
     * @throws UncheckedIOException if the file cannot be read
     */
    public static Ontology load(Path file) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return parse(file.toString(), reader);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /**
     * Parses and validates a table.
     *
     * @param fileName name used in error messages
     * @param reader   the table text; not closed by this method
     * @throws DataFileException naming the file and 1-based line of the first malformed line
     * @throws UncheckedIOException if reading fails
     */
    public static Ontology parse(String fileName, Reader reader) {
        Map<String, CameoCode> codes = new TreeMap<>();
        Map<String, CodingConventions> conventions = new TreeMap<>();
        Map<String, Integer> lineOf = new TreeMap<>();
        BufferedReader lines = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
        int lineNo = 0;
        try {
            for (String line; (line = lines.readLine()) != null; ) {
                lineNo++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                CameoCode row = parseRow(fileName, lineNo, line);
                Integer previous = lineOf.putIfAbsent(row.code(), lineNo);
                if (previous != null) {
                    throw new DataFileException(fileName, lineNo,
                            "duplicate code " + row.code() + " (first defined on line " + previous + ")");
                }
                codes.put(row.code(), row);
                conventions.put(row.code(), parseConventions(fileName, lineNo, line.split("\t", -1)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + fileName, e);
        }
        for (CameoCode c : codes.values()) {
            if (c.code().length() > 2 && !codes.containsKey(c.root())) {
                throw new DataFileException(fileName, lineOf.get(c.code()),
                        "code " + c.code() + " has no root " + c.root() + " in the table");
            }
        }
        for (Map.Entry<String, CodingConventions> e : conventions.entrySet()) {
            CodingConventions c = e.getValue();
            for (String other : java.util.Arrays.asList(c.intent(), c.threat(), c.refusal())) {
                if (other != null && !codes.containsKey(other)) {
                    throw new DataFileException(fileName, lineOf.get(e.getKey()), "code " + other + " (intent, threat or refusal of "
                            + e.getKey() + ") is not in the table");
                }
            }
        }
        return new Ontology(codes, conventions);
    }

    private static CodingConventions parseConventions(String file, int lineNo, String[] f) {
        if (f.length == COLUMNS) return CodingConventions.DEFAULT;
        String target = f[7].strip();
        if (!target.equals("required") && !target.equals("optional")) {
            throw new DataFileException(file, lineNo, "target must be 'required' or 'optional': '" + target + "'");
        }
        String agentless = f[8].strip();
        if (!agentless.equals(NONE) && !agentless.equals("unknown") && !agentless.matches("[A-Z]{3}")) {
            throw new DataFileException(file, lineNo, "agentless must be a sector code (COP, JUD...), 'unknown' or '-': '" + agentless + "'");
        }
        String reciprocal = f[9].strip();
        if (!reciprocal.equals("yes") && !reciprocal.equals(NONE)) {
            throw new DataFileException(file, lineNo, "reciprocal must be 'yes' or '-': '" + reciprocal + "'");
        }
        String[] codes = new String[3];
        for (int i = 0; i < 3; i++) {
            String v = f[10 + i].strip();
            if (!v.equals(NONE) && !v.matches("[0-9]{2,4}")) {
                throw new DataFileException(file, lineNo, List.of("intent", "threat", "refusal").get(i) + " must be a CAMEO code or '-': '" + v + "'");
            }
            codes[i] = v.equals(NONE) ? null : v;
        }
        return new CodingConventions(target.equals("required"), agentless.equals(NONE) ? null : agentless,
                reciprocal.equals("yes"), codes[0], codes[1], codes[2]);
    }

    private static CameoCode parseRow(String file, int lineNo, String line) {
        String[] f = line.split("\t", -1);
        if (f.length != COLUMNS && f.length != WITH_CONVENTIONS) {
            throw new DataFileException(file, lineNo,
                    "expected " + COLUMNS + " or " + WITH_CONVENTIONS + " tab-separated columns, found " + f.length);
        }
        for (int i = 0; i < f.length; i++) {
            f[i] = f[i].strip();
        }
        String code = f[0];
        if (!code.matches("[0-9]{2,4}")) {
            throw new DataFileException(file, lineNo, "code must be 2 to 4 digits: '" + code + "'");
        }
        if (f[1].isEmpty()) {
            throw new DataFileException(file, lineNo, "empty name for code " + code);
        }
        double goldstein;
        try {
            goldstein = Double.parseDouble(f[2]);
        } catch (NumberFormatException e) {
            throw new DataFileException(file, lineNo, "goldstein is not a number: '" + f[2] + "'");
        }
        if (!(goldstein >= -10 && goldstein <= 10)) {
            throw new DataFileException(file, lineNo, "goldstein must be within -10..10: '" + f[2] + "'");
        }
        int quad;
        try {
            quad = Integer.parseInt(f[3]);
        } catch (NumberFormatException e) {
            quad = 0;
        }
        if (quad < 1 || quad > 4) {
            throw new DataFileException(file, lineNo, "quad_class must be 1, 2, 3 or 4: '" + f[3] + "'");
        }
        if (!PLOVER_EVENTS.contains(f[4])) {
            throw new DataFileException(file, lineNo, "unknown PLOVER event '" + f[4] + "'");
        }
        String mode = f[5].equals(NONE) ? "" : f[5];
        List<String> context = new ArrayList<>();
        if (!f[6].isEmpty() && !f[6].equals(NONE)) {
            Arrays.stream(f[6].split(",")).map(String::strip).filter(s -> !s.isEmpty()).forEach(context::add);
        }
        return new CameoCode(code, f[1], goldstein, quad, f[4], mode, context);
    }

    /** The row for {@code code}, if the table has it. */
    public Optional<CameoCode> find(String code) {
        return Optional.ofNullable(code == null ? null : codes.get(code));
    }

    /**
     * The row for {@code code}.
     *
     * @throws IllegalArgumentException naming the code if the table does not have it
     */
    public CameoCode get(String code) {
        return find(code).orElseThrow(() -> new IllegalArgumentException("unknown CAMEO code: " + code));
    }

    /**
     * This table with rows for the codes it lacks, which users' dictionaries may use (PETRARCH's validation suite
     * codes "802", "212"): named as such, Goldstein 0, and the quad class and PLOVER event of their root where the table
     * has it (no PLOVER event otherwise).
     *
     * @param origin where the codes come from, for the rows' names
     */
    public Ontology withUnlisted(Collection<String> extra, String origin) {
        Map<String, CameoCode> all = new TreeMap<>(codes);
        for (String c : extra) {
            if (all.containsKey(c)) continue;
            CameoCode root = c.length() >= 2 ? codes.get(c.substring(0, 2)) : null;
            all.put(c, new CameoCode(c, "code " + c + " of " + origin + " (not in the CAMEO table)", 0,
                    root == null ? 1 : root.quadClass(), root == null ? null : root.ploverEvent(), "", List.of()));
        }
        return new Ontology(all, conventions);
    }

    /** All rows in code order (an unmodifiable view). */
    public Collection<CameoCode> all() {
        return codes.values();
    }

    /** Number of codes in the table. */
    public int size() {
        return codes.size();
    }
}
