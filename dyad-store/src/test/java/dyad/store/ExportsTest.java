package dyad.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static dyad.store.TestEvents.coded;
import static dyad.store.TestEvents.doc;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExportsTest {
    static final LocalDate DAY = LocalDate.of(2016, 3, 28);

    /** Documented column counts (docs/exports.md). */
    static final Map<Exports.Layout, Integer> COLUMNS = Map.of(Exports.Layout.EVENTS, 50, Exports.Layout.GDELT, 61,
            Exports.Layout.ICEWS, 20, Exports.Layout.PHOENIX, 26, Exports.Layout.POLECAT, 40, Exports.Layout.PLOVER, 14);

    @TempDir
    Path dir;

    private EventStore filled() {
        EventStore s = EventStore.open(dir.resolve("x.duckdb"));
        s.writeBatch(List.of(
                coded(doc("a", "Russia met Iran. Iran thanked Russia.", DAY, "https://www.reuters.com/a"),
                        "RUSGOVMIL IRNGOV 040", "IRN RUSGOV 051", "RUSGOVMIL IRNGOV 040"),
                coded(doc("b", "Russia met Iran.", DAY, "https://apnews.com/b"), "RUSGOVMIL IRNGOV 040", "IGOUNO - 010"),
                coded(doc("c", "Protest.", DAY.plusDays(1), null), "USACVL USAGOV 141")));
        return s;
    }

    private static List<List<String>> rows(Connection c, String sql) throws Exception {
        List<List<String>> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            int n = r.getMetaData().getColumnCount();
            while (r.next()) {
                List<String> row = new ArrayList<>();
                for (int i = 1; i <= n; i++) row.add(r.getString(i));
                out.add(row);
            }
        }
        return out;
    }

    private static List<String> columns(Connection c, String source) throws Exception {
        List<String> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("DESCRIBE SELECT * FROM " + source)) {
            while (r.next()) out.add(r.getString(1));
        }
        return out;
    }

    @Test
    void everyLayoutInEveryFormatReadsBackWithItsColumns() throws Exception {
        try (EventStore s = filled(); Connection c = DriverManager.getConnection("jdbc:duckdb:")) {
            Exports x = new Exports(s);
            for (Exports.Layout layout : Exports.Layout.values()) {
                long expectedRows = switch (layout) {
                    case GDELT -> 4;      // dedup_events: RUSGOVMIL->IRNGOV 040 x3 is one
                    case PHOENIX -> 4;    // one a day by default
                    default -> 6;
                };
                for (Exports.Format f : Exports.Format.values()) {
                    Path out = dir.resolve(layout + "." + f.name().toLowerCase());
                    long n = x.export(layout, f, out);
                    assertEquals(expectedRows, n, layout + " " + f);
                    String p = out.toString().replace("'", "''");
                    String source = switch (f) {
                        case PARQUET -> "read_parquet('" + p + "')";
                        case JSONL -> "read_json('" + p + "', format = 'newline_delimited')";
                        case CSV -> "read_csv('" + p + "', header = " + (layout != Exports.Layout.GDELT) + ", all_varchar = true)";
                        case TSV -> "read_csv('" + p + "', delim = '\t', header = " + (layout != Exports.Layout.GDELT)
                                + ", all_varchar = true)";
                    };
                    List<String> cols = columns(c, source);
                    assertEquals(COLUMNS.get(layout), cols.size(), layout + " " + f + ": " + cols);
                    assertEquals(expectedRows, Long.parseLong(rows(c, "SELECT count(*) FROM " + source).get(0).get(0)),
                            layout + " " + f);
                }
            }
        }
    }

    @Test
    void columnsAreFilledAsDocumented() throws Exception {
        try (EventStore s = filled(); Connection c = DriverManager.getConnection("jdbc:duckdb:")) {
            Exports x = new Exports(s);
            Path icews = dir.resolve("icews.tsv");
            x.export(Exports.Layout.ICEWS, Exports.Format.TSV, icews);
            List<String> header = List.of(Files.readAllLines(icews).get(0).split("\t"));
            assertEquals(List.of("Event ID", "Event Date", "Source Name", "Source Sectors", "Source Country", "Event Text",
                    "CAMEO Code", "Intensity", "Target Name", "Target Sectors", "Target Country", "Story ID",
                    "Sentence Number", "Publisher", "City", "District", "Province", "Country", "Latitude", "Longitude"), header);
            List<List<String>> r = rows(c, "SELECT \"Source Country\", \"Source Sectors\", \"Target Country\", \"CAMEO Code\", "
                    + "\"Publisher\", \"Sentence Number\" FROM read_csv('" + icews + "', delim = '\t', all_varchar = true) "
                    + "WHERE \"Story ID\" = 'a' ORDER BY \"CAMEO Code\", \"Sentence Number\"");
            assertEquals(List.of("Russia", "GOV,MIL", "Iran", "040", "reuters.com", "1"), r.get(0));

            Path gdelt = dir.resolve("gdelt.parquet");
            x.export(Exports.Layout.GDELT, Exports.Format.PARQUET, gdelt);
            List<List<String>> g = rows(c, "SELECT SQLDATE, Actor1Code, Actor1CountryCode, Actor1Type1Code, Actor1Type2Code, "
                    + "Actor2Code, EventCode, EventBaseCode, EventRootCode, QuadClass, NumMentions, NumArticles, NumSources, "
                    + "IsRootEvent, SOURCEURL, GLOBALEVENTID IS NOT NULL FROM read_parquet('" + gdelt + "') "
                    + "WHERE EventCode = '040' AND Actor1Code = 'RUSGOVMIL'");
            assertEquals(List.of(List.of("20160328", "RUSGOVMIL", "RUS", "GOV", "MIL", "IRNGOV", "040", "040", "04", "1",
                    "3", "2", "2", "1", "https://www.reuters.com/a", "true")), g);

            Path phoenix = dir.resolve("phoenix.csv");
            x.export(Exports.Layout.PHOENIX, Exports.Format.CSV, phoenix);
            List<List<String>> ph = rows(c, "SELECT SourceActorFull, SourceActorEntity, SourceActorRole, SourceActorAttribute, "
                    + "PentaClass, SentenceID FROM read_csv('" + phoenix + "', all_varchar = true) ORDER BY EventCode, SentenceID");
            assertEquals(List.of("IGOUNO", "IGOUNO", "IGO", "UNO", "0", "b_1"), ph.get(0));
            assertEquals(List.of("RUSGOVMIL", "RUS", "GOV", "MIL", "1", "a_1"), ph.get(1));

            Path plover = dir.resolve("plover.jsonl");
            x.export(Exports.Layout.PLOVER, Exports.Format.JSONL, plover);
            JsonNode first = new ObjectMapper().readTree(Files.readAllLines(plover).get(0));
            assertEquals("RUSGOVMIL", first.get("actor").get("code").asText());
            assertEquals(2, first.get("actor").get("sectors").size());
            assertTrue(first.get("context").isArray());
            assertEquals("2016-03-28", first.get("date").asText());
        }
    }

    @Test
    void anExportNeverWritesOverTheDatabaseAndLeavesNoPartialFile() throws Exception {
        Path db = dir.resolve("e.duckdb");
        try (EventStore store = EventStore.open(db)) {
            TestEvents.storeSample(store);
            Exports x = new Exports(store);
            assertThrows(IllegalArgumentException.class, () -> x.export(Exports.Layout.EVENTS, Exports.Format.CSV, db));
            assertThrows(IllegalArgumentException.class, () -> x.export(Exports.Layout.EVENTS, Exports.Format.CSV, dir.resolve(".").resolve("e.duckdb")));
            Path csv = Files.writeString(dir.resolve("old.csv"), "old");
            assertThrows(StoreException.class, () -> x.export(Exports.Layout.EVENTS, Exports.Format.CSV, dir.resolve("no/such/dir/x.csv")));
            x.export(Exports.Layout.EVENTS, Exports.Format.CSV, csv);
            assertTrue(Files.readString(csv).startsWith("event_id,"), "replaced in full");
        }
        try (var files = Files.list(dir)) {
            assertTrue(files.noneMatch(f -> f.getFileName().toString().endsWith(".partial")));
        }
    }

    @Test
    void icewsCountryNamesComeFromTheCountryTable() {
        String values = Exports.countryNames();
        assertTrue(values.contains("('MMR', 'Myanmar')") && values.contains("('TUR', 'Türkiye')"), "the table's names");
        assertTrue(values.contains("('ABW', 'Aruba')"), "Java's name for a code outside the table");
    }
}
