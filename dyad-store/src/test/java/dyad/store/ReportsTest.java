package dyad.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static dyad.store.TestEvents.coded;
import static dyad.store.TestEvents.doc;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReportsTest {
    static final LocalDate D1 = LocalDate.of(2016, 3, 28); // a Monday
    static final LocalDate D2 = LocalDate.of(2016, 4, 2);  // the Saturday of that week, next month

    @TempDir
    Path dir;
    EventStore store;
    Reports reports;

    @BeforeEach
    void fill() {
        store = EventStore.open(dir.resolve("r.duckdb"));
        store.writeBatch(List.of(
                // 040 consult (quad 1, goldstein 1), 051 praise (1, 3.4), 190 fight (4, -10), 111 criticize (3, -2)
                coded(doc("a", "One. Two. Three.", D1, "https://a.com/1"), "RUSGOV IRN 040", "RUSGOV IRN 190", "IRN RUSGOV 111"),
                coded(doc("b", "One. Two.", D1, "https://b.com/1"), "RUSGOV IRN 040", "USA - 010"),
                coded(doc("c", "One.", D2, "https://c.com/1"), "RUSGOV IRN 051")));
        reports = new Reports(store);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void dyadsCountQuadClassesAndTheCooperationIndex() {
        ResultTable t = reports.dyads(null, null);
        assertEquals(List.of("source_code", "target_code", "events", "goldstein_sum", "goldstein_mean", "q1_verbal_coop",
                "q2_material_coop", "q3_verbal_conflict", "q4_material_conflict", "coop_minus_conflict", "first_date",
                "last_date"), t.columns());
        assertEquals(2, t.size());
        assertEquals("RUSGOV", t.get(0, "source_code"));
        assertEquals(4L, t.get(0, "events"));
        assertEquals(3L, t.get(0, "q1_verbal_coop"));
        assertEquals(1L, t.get(0, "q4_material_conflict"));
        assertEquals(2L, t.get(0, "coop_minus_conflict"));
        double sum = TestEvents.cameo("040").goldstein() * 2 + TestEvents.cameo("190").goldstein()
                + TestEvents.cameo("051").goldstein();
        assertEquals(Math.round(sum * 1000) / 1000.0, (Double) t.get(0, "goldstein_sum"), 1e-9);
        assertEquals(D2, t.get(0, "last_date"));
        assertEquals(-1L, t.get(1, "coop_minus_conflict"));
        // date bounds are inclusive
        assertEquals(3L, reports.dyads(D1, D1).get(0, "events"));
        assertEquals(1L, reports.dyads(D2, null).get(0, "events"));
    }

    @Test
    void periodsAndDimensions() {
        ResultTable weekly = reports.counts(Reports.Period.WEEK, Reports.Dimension.TOTAL, null, null);
        assertEquals(1, weekly.size());
        assertEquals(D1, weekly.get(0, "period"));
        assertEquals(6L, weekly.get(0, "events"));
        ResultTable monthly = reports.counts(Reports.Period.MONTH, Reports.Dimension.TOTAL, null, null);
        assertEquals(List.of(LocalDate.of(2016, 3, 1), LocalDate.of(2016, 4, 1)),
                monthly.rows().stream().map(r -> r.get(0)).toList());
        ResultTable countries = reports.counts(Reports.Period.MONTH, Reports.Dimension.COUNTRY, null, null);
        // March: RUS in 4 events, IRN in 4, USA in 1
        assertEquals(List.of("IRN", "RUS", "USA", "IRN", "RUS"), countries.rows().stream().map(r -> r.get(1)).toList());
        assertEquals(3L, countries.get(1, "as_source"));
        assertEquals(1L, countries.get(1, "as_target"));
        ResultTable roots = reports.counts(Reports.Period.DAY, Reports.Dimension.ROOT, D1, D1);
        assertEquals(List.of("01", "04", "11", "19"), roots.rows().stream().map(r -> r.get(1)).toList());
        ResultTable plover = reports.counts(Reports.Period.YEAR, Reports.Dimension.PLOVER, null, null);
        assertEquals(6L, plover.rows().stream().mapToLong(r -> (Long) r.get(2)).sum());
        ResultTable quad = reports.counts(Reports.Period.YEAR, Reports.Dimension.QUAD, null, null);
        assertEquals(List.of(1L, 3L, 4L), quad.rows().stream().map(r -> r.get(1)).toList());
        // one a day: the two 040 events of RUSGOV -> IRN on D1 count once
        assertEquals(5L, new Reports(store, true).counts(Reports.Period.YEAR, Reports.Dimension.TOTAL, null, null)
                .get(0, "events"));
    }

    @Test
    void countryReportAndNamedReports() {
        ResultTable irn = reports.country("irn", null, null);
        assertEquals(2, irn.size());
        assertEquals(1L, irn.get(0, "as_source"));
        assertEquals(3L, irn.get(0, "as_target"));
        assertEquals(0L, irn.get(0, "domestic"));
        assertThrows(IllegalArgumentException.class, () -> reports.country("IR'N", null, null));
        for (String name : Reports.standardNames()) {
            ResultTable t = reports.named(name.replace("ISO3", "RUS"), null, null);
            assertTrue(t.size() > 0, name);
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> reports.named("nope", null, null));
        assertTrue(e.getMessage().contains("dyad-month"));
    }

    @Test
    void formatters() throws Exception {
        ResultTable t = reports.query("SELECT 'a,b' AS name, 12 AS n, 1.50 AS x, NULL AS z, [1, 2] AS l UNION ALL "
                + "SELECT 'say \"hi\"', 3, -0.25, 'q', [] ORDER BY n DESC");
        assertEquals("""
                name       n      x  z  l
                --------  --  -----  -  ---
                a,b       12    1.5     1;2
                say "hi"   3  -0.25  q
                """, t.toText());
        assertEquals("name,n,x,z,l\r\n\"a,b\",12,1.5,,1;2\r\n\"say \"\"hi\"\"\",3,-0.25,q,\r\n", t.toDelimited(','));
        assertEquals("name\tn\tx\tz\tl\na,b\t12\t1.5\t\t1;2\nsay \"hi\"\t3\t-0.25\tq\t\n", t.format(ResultTable.Format.TSV));
        JsonNode json = new ObjectMapper().readTree(t.toJson(false));
        assertEquals(2, json.size());
        assertEquals("a,b", json.get(0).get("name").asText());
        assertEquals(12, json.get(0).get("n").asInt());
        assertTrue(json.get(0).get("z").isNull());
        assertEquals(2, json.get(0).get("l").size());
        String[] lines = t.toJson(true).split("\n");
        assertEquals(2, lines.length);
        assertEquals("q", new ObjectMapper().readTree(lines[1]).get("z").asText());
        // statements that return no rows report the rows changed
        assertEquals(List.of(List.of(0L)), reports.query("UPDATE events SET negated = negated WHERE false").rows());
    }
}
