package dyad.ontology;

import dyad.model.CameoCode;
import dyad.model.DataFileException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class OntologyTest {

    /** Reference files of the project workspace, relative to the module directory (Maven's working dir). */
    private static final Path SHARED = Path.of("../../shared/ontology");

    private static Ontology builtIn;

    @BeforeAll
    static void load() {
        builtIn = Ontology.builtIn();
    }

    // ---- the built-in table ----

    @Test
    void builtInHasEveryRootAndAllCodes() {
        for (int r = 1; r <= 20; r++) {
            String root = String.format("%02d", r);
            assertTrue(builtIn.find(root).isPresent(), "missing root " + root);
        }
        assertTrue(builtIn.size() >= 290, "only " + builtIn.size() + " codes");
        assertEquals(builtIn.size(), builtIn.all().size());
    }

    @Test
    void everyRowIsConsistent() {
        for (CameoCode c : builtIn.all()) {
            assertTrue(Ontology.PLOVER_EVENTS.contains(c.ploverEvent()), c.code());
            int root = Integer.parseInt(c.root());
            int quad = root <= 5 ? 1 : root <= 8 ? 2 : root <= 13 ? 3 : 4;
            assertEquals(quad, c.quadClass(), "quad class of " + c.code());
            assertTrue(c.code().length() == 2 || c.code().startsWith(c.root()));
            assertTrue(!c.name().isBlank() && !c.ploverMode().equals("-") && !c.ploverContext().contains("-"),
                    c.code());
            if (c.code().length() == 4) {
                assertTrue(builtIn.find(c.code().substring(0, 3)).isPresent(), "no parent for " + c.code());
            }
        }
    }

    @Test
    void knownFacts() {
        assertRow("036", 4.0, 1, "AGREE");
        assertRow("040", 1.0, 1, "CONSULT");
        assertRow("051", 3.4, 1, "SUPPORT");
        assertRow("057", 8.0, 1, "SUPPORT");
        assertRow("070", 7.0, 2, "AID");
        assertRow("0874", 10.0, 2, "RETREAT");
        assertRow("112", -2.0, 3, "ACCUSE");
        assertRow("130", -4.4, 3, "THREATEN");
        assertRow("141", -6.5, 4, "PROTEST");
        assertRow("163", -8.0, 4, "SANCTION");
        assertRow("173", -5.0, 4, "COERCE");
        assertRow("190", -10.0, 4, "ASSAULT");
        assertRow("2042", -10.0, 4, "ASSAULT");

        assertEquals("phone", builtIn.get("041").ploverMode());
        assertEquals("hunger", builtIn.get("142").ploverMode());
        assertEquals("arrest", builtIn.get("173").ploverMode());
        assertEquals("", builtIn.get("010").ploverMode());
        assertEquals(List.of("economic"), builtIn.get("071").ploverContext());
        assertEquals(List.of("military", "legal"), builtIn.get("094").ploverContext());
        assertEquals(List.of(), builtIn.get("010").ploverContext());
        assertEquals("18", builtIn.get("1823").root());
    }

    private static void assertRow(String code, double goldstein, int quad, String plover) {
        CameoCode c = builtIn.get(code);
        assertEquals(goldstein, c.goldstein(), 1e-9, code + " goldstein");
        assertEquals(quad, c.quadClass(), code + " quad class");
        assertEquals(plover, c.ploverEvent(), code + " PLOVER event");
    }

    @Test
    void lookupAndOrder() {
        assertTrue(builtIn.find("999").isEmpty());
        assertTrue(builtIn.find(null).isEmpty());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> builtIn.get("0999"));
        assertTrue(e.getMessage().contains("0999"), e.getMessage());

        List<String> order = builtIn.all().stream().map(CameoCode::code).toList();
        assertEquals(order.stream().sorted().toList(), order);
        assertEquals("01", order.get(0));
        assertThrows(UnsupportedOperationException.class, () -> builtIn.all().clear());
    }

    // ---- loading user tables ----

    private static final String HEADER = "# a test table\n\n";
    private static final String ROOT = "01\tStatement\t0\t1\tCONSULT\t-\t-\n";

    private static Ontology parse(String text) {
        return Ontology.parse("test.tsv", new StringReader(text));
    }

    @Test
    void parsesAGoodTable() {
        Ontology o = parse(HEADER + ROOT + "010\tStatement\t0.0\t1\tCONSULT\t-\t-\n"
                + "0111\tOdd one\t-0.5\t1\tREJECT\tmeet\t diplomatic , legal \n");
        assertEquals(3, o.size());
        CameoCode c = o.get("0111");
        assertEquals("meet", c.ploverMode());
        assertEquals(List.of("diplomatic", "legal"), c.ploverContext());
        assertEquals(-0.5, c.goldstein());
    }

    @Test
    void loadsFromAFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("mine.tsv");
        Files.writeString(file, HEADER + ROOT + "015\tMine\t1\t1\tAGREE\t-\t-\n", StandardCharsets.UTF_8);
        assertEquals(2, Ontology.load(file).size());

        Files.writeString(file, HEADER + ROOT + "015\tMine\t1\t5\tAGREE\t-\t-\n", StandardCharsets.UTF_8);
        DataFileException e = assertThrows(DataFileException.class, () -> Ontology.load(file));
        assertEquals(file.toString(), e.file());
        assertEquals(4, e.line());
    }

    @Test
    void reportsEachKindOfErrorWithItsLine() {
        // Lines 1-2 are the header, line 3 the root, line 4 the bad row.
        assertError("010\tToo few\t0\t1\tCONSULT\t-\n", 4, "columns");
        assertError("010\tToo many\t0\t1\tCONSULT\t-\t-\textra\n", 4, "columns");
        assertError("0a\tLetters\t0\t1\tCONSULT\t-\t-\n", 4, "2 to 4 digits");
        assertError("1\tShort\t0\t1\tCONSULT\t-\t-\n", 4, "2 to 4 digits");
        assertError("01234\tLong\t0\t1\tCONSULT\t-\t-\n", 4, "2 to 4 digits");
        assertError("01\tAgain\t0\t1\tCONSULT\t-\t-\n", 4, "duplicate code 01");
        assertError("010\tBad score\tlots\t1\tCONSULT\t-\t-\n", 4, "not a number");
        assertError("010\tToo high\t10.5\t1\tCONSULT\t-\t-\n", 4, "-10..10");
        assertError("010\tToo low\t-11\t1\tCONSULT\t-\t-\n", 4, "-10..10");
        assertError("010\tNaN\tNaN\t1\tCONSULT\t-\t-\n", 4, "-10..10");
        assertError("010\tQuad\t0\t5\tCONSULT\t-\t-\n", 4, "quad_class");
        assertError("010\tQuad\t0\tx\tCONSULT\t-\t-\n", 4, "quad_class");
        assertError("010\tPlover\t0\t1\tFIGHT\t-\t-\n", 4, "unknown PLOVER event 'FIGHT'");
        assertError("010\tNo name\t0\t1\tCONSULT\t-\t-\n0201\tOrphan\t0\t1\tREQUEST\t-\t-\n", 5,
                "no root 02");
    }

    private static void assertError(String rows, int line, String messagePart) {
        DataFileException e = assertThrows(DataFileException.class, () -> parse(HEADER + ROOT + rows));
        assertEquals("test.tsv", e.file());
        assertEquals(line, e.line(), e.getMessage());
        assertTrue(e.getMessage().startsWith("test.tsv:" + line + ": "), e.getMessage());
        assertTrue(e.getMessage().contains(messagePart), e.getMessage());
    }

    // ---- cross-check against the reference files of the workspace (skipped when absent) ----

    @Test
    void goldsteinScoresAgreeWithCameoCodesCsv() throws IOException {
        Path csv = SHARED.resolve("cameo-codes.csv");
        assumeTrue(Files.exists(csv), "no " + csv);
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            List<String> f = csvFields(line);
            String code = f.get(0);
            double expected = Double.parseDouble(f.get(2));
            checked++;
            var ours = builtIn.find(code);
            if (ours.isEmpty()) {
                problems.add(code + " missing");
            } else if (Math.abs(ours.get().goldstein() - expected) > 1e-9) {
                problems.add(code + ": ours " + ours.get().goldstein() + ", reference " + expected);
            }
        }
        assertTrue(checked > 290, "read only " + checked + " codes from " + csv);
        assertTrue(problems.isEmpty(), problems.size() + " differences: " + problems);
    }

    @Test
    void ploverEventsMostlyAgreeWithCameo2Plover() throws IOException {
        Path table = SHARED.resolve("CAMEO2PLOVER-2021.txt");
        assumeTrue(Files.exists(table), "no " + table);
        // Lines look like "0841: RETREAT, release,   legal # comment"; a code may be listed twice.
        Pattern row = Pattern.compile("^(\\d{2,4}):\\s*([A-Z]+)");
        Map<String, Set<String>> reference = new TreeMap<>();
        for (String line : Files.readAllLines(table, StandardCharsets.UTF_8)) {
            Matcher m = row.matcher(line);
            if (m.find()) {
                reference.computeIfAbsent(m.group(1), k -> new HashSet<>()).add(m.group(2));
            }
        }
        assertTrue(reference.size() > 250, "read only " + reference.size() + " codes from " + table);
        Map<String, String> disagreements = new LinkedHashMap<>();
        for (var e : reference.entrySet()) {
            String ours = builtIn.find(e.getKey()).map(CameoCode::ploverEvent).orElse("(missing)");
            if (!e.getValue().contains(ours)) {
                disagreements.put(e.getKey(), "ours " + ours + ", reference " + e.getValue());
            }
        }
        double agreement = 1.0 - (double) disagreements.size() / reference.size();
        String report = String.format("%.1f%% of %d codes agree; disagreements: %s",
                100 * agreement, reference.size(), disagreements);
        System.out.println("CAMEO2PLOVER cross-check: " + report);
        assertTrue(agreement >= 0.90, report);
    }

    /** Splits one CSV line, honouring double quotes (enough for cameo-codes.csv). */
    private static List<String> csvFields(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (ch == '"') {
                if (quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cur.append('"');
                    i++;
                } else {
                    quoted = !quoted;
                }
            } else if (ch == ',' && !quoted) {
                fields.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(ch);
            }
        }
        fields.add(cur.toString());
        return fields;
    }
}
