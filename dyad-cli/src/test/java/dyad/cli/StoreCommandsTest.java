package dyad.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** dyad code --db, then the commands that read the database, as a user runs them. */
class StoreCommandsTest {
    @TempDir
    Path dir;

    @Test
    void codeIntoADatabaseResumeReportQueryAndExport() throws Exception {
        Path in = dir.resolve("batch.jsonl");
        Files.writeString(in, String.join("\n",
                "{\"id\":\"a\",\"date\":\"2016-03-28\",\"text\":\"The presidents of Russia and Iran agreed on Monday to step up bilateral contacts.\"}",
                "{\"id\":\"b\",\"date\":\"2016-03-28\",\"text\":\"Syrian troops ousted Islamic State militants from Palmyra on Sunday.\"}",
                "{\"id\":\"c\",\"text\":"));
        Path db = dir.resolve("events.duckdb");
        DyadProcess.Run first = DyadProcess.run("code", "--db", db.toString(), in.toString());
        assertEquals(0, first.status(), first.err());
        assertEquals("", first.out(), "with --db and no -o, events go to the database only");
        assertTrue(first.err().contains("3 documents read, 2 coded, 1 skipped"), first.err());

        DyadProcess.Run again = DyadProcess.run("code", "--db", db.toString(), in.toString());
        assertEquals(0, again.status(), again.err());
        assertTrue(again.err().contains("3 documents read, 0 coded, 2 already in the database, 1 skipped"), again.err());

        DyadProcess.Run query = DyadProcess.run("query", "--db", db.toString(), "--format", "csv",
                "SELECT doc_id, status FROM documents ORDER BY doc_id");
        assertEquals(0, query.status(), query.err());
        List<String> rows = query.out().lines().toList();
        assertEquals("doc_id,status", rows.get(0));
        assertTrue(rows.contains("a,coded") && rows.contains("b,coded"), query.out());
        assertTrue(rows.stream().anyMatch(r -> r.endsWith(",skipped")), "the unreadable line is listed: " + query.out());

        DyadProcess.Run report = DyadProcess.run("report", "--db", db.toString(), "dyads", "--format", "csv");
        assertEquals(0, report.status(), report.err());
        assertTrue(report.out().contains("RUSGOV,IRNGOV") && report.out().contains("SYRMIL,IMGRADISI"), report.out());

        Path parquet = dir.resolve("events.parquet");
        DyadProcess.Run export = DyadProcess.run("export", "--db", db.toString(), "--layout", "gdelt", "--format", "parquet", "-o", parquet.toString());
        assertEquals(0, export.status(), export.err());
        assertTrue(Files.size(parquet) > 0);
        assertEquals(2, DyadProcess.run("report", "--db", db.toString(), "no-such-report").status(), "unknown report is a usage error");
    }
}
