package dyad.spark;

import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.StructType;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The job's tables, {@code OUTPUT/events/} and {@code OUTPUT/documents/}, partitioned by date ({@code date=YYYY-MM-DD/}:
 * an event's date, a document's date; documents without one under {@code date=__HIVE_DEFAULT_PARTITION__}), made from
 * the committed per-file results of every input file and written over whatever an earlier run left there. Each run
 * makes them whole from the committed files, so a re-run never duplicates a row.
 */
final class OutputTables {
    private OutputTables() {
    }

    static void write(SparkSession spark, FileSystem fs, WorkDir work, Path output, List<FileResult> results, String format)
            throws IOException {
        List<String> events = new ArrayList<>();
        List<String> documents = new ArrayList<>();
        for (FileResult r : results) {
            events.add(work.eventsFile(r).toString());
            documents.add(work.documentsFile(r).toString());
        }
        table(spark, fs, events, Schemas.EVENTS, new Path(output, "events"), format);
        table(spark, fs, documents, Schemas.DOCUMENTS, new Path(output, "documents"), format);
    }

    private static void table(SparkSession spark, FileSystem fs, List<String> files, StructType schema, Path target,
                              String format) throws IOException {
        String[] paths = files.toArray(String[]::new);
        if (format.equals("parquet")) {
            Dataset<Row> rows = spark.read().schema(schema).json(paths);
            rows.write().mode(SaveMode.Overwrite).partitionBy("date").parquet(target.toString());
        } else {
            // the lines as dyad code writes them, unchanged; the date read from each for its partition
            Dataset<Row> lines = spark.read().text(paths)
                    .withColumn("date", functions.get_json_object(functions.col("value"), "$.date"));
            lines.write().mode(SaveMode.Overwrite).partitionBy("date").text(target.toString());
            renameParts(fs, target);
        }
    }

    /** Spark's text writer names its files .txt; these are JSON lines. */
    private static void renameParts(FileSystem fs, Path dir) throws IOException {
        List<Path> parts = new ArrayList<>();
        RemoteIterator<org.apache.hadoop.fs.LocatedFileStatus> it = fs.listFiles(dir, true);
        while (it.hasNext()) {
            FileStatus s = it.next();
            String n = s.getPath().getName();
            if (n.startsWith("part-") && n.endsWith(".txt")) parts.add(s.getPath());
        }
        for (Path p : parts) {
            String n = p.getName();
            fs.rename(p, new Path(p.getParent(), n.substring(0, n.length() - 4) + ".jsonl"));
        }
    }
}
