package dyad.spark;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The job, on the driver: lists the input files, codes each one not yet committed in a task of its own (one
 * partition per file, the largest first), then writes the output tables from every file's committed results.
 * Run it again after a failure: the files committed stay as they are, only the others are coded.
 */
public final class SparkCoder {
    private SparkCoder() {
    }

    public static JobSummary run(SparkSession spark, JobOptions o) throws IOException {
        long start = System.nanoTime();
        Configuration conf = spark.sparkContext().hadoopConfiguration();
        Path out = new Path(o.output());
        FileSystem fs = out.getFileSystem(conf);
        out = fs.makeQualified(out);
        if (fs.exists(out) && !fs.getFileStatus(out).isDirectory()) {
            throw new JobException(true, "--output " + o.output() + " is a file; give a directory (new, or a run's output to complete)");
        }
        List<InputFiles.InputFile> files = InputFiles.list(conf, o.inputs(), out);
        WorkDir work = new WorkDir(fs, out);
        LocalDate date = defaultDate(work, o);
        int threads = Integer.parseInt(spark.conf().get("spark.task.cpus", "1"));
        TaskSettings settings = new TaskSettings(o.coder(), o.maxChars(), o.timeLimit(), threads, date, out.toString(),
                HadoopConf.toMap(conf), o.failure());

        Map<String, FileResult> results = new HashMap<>();
        List<InputFiles.InputFile> todo = new ArrayList<>();
        for (InputFiles.InputFile f : files) {
            Optional<FileResult> done = work.committed(f.uri());
            if (done.isPresent()) {
                results.put(f.uri(), done.get());
            } else {
                work.removeLeftovers(f.uri());
                todo.add(f);
            }
        }
        todo.sort(Comparator.comparingLong(InputFiles.InputFile::length).reversed().thenComparing(InputFiles.InputFile::uri));
        if (!todo.isEmpty()) {
            JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
            List<String> uris = todo.stream().map(InputFiles.InputFile::uri).toList();
            jsc.setJobDescription("dyad: code " + uris.size() + " input files");
            for (FileResult r : jsc.parallelize(uris, uris.size()).mapPartitions(new FileTask(settings)).collect()) {
                results.put(r.input(), r);
            }
        }
        List<FileResult> ordered = files.stream().map(f -> results.get(f.uri())).toList();
        spark.sparkContext().setJobDescription("dyad: write " + o.format() + " tables");
        OutputTables.write(spark, fs, work, out, ordered, o.format());
        return new JobSummary(ordered, todo.size(), (System.nanoTime() - start) / 1e9);
    }

    /**
     * The date of undated documents: {@code --date}, else the day of the output's first run, kept in the output so
     * that a re-run on another day codes the rest alike. An output made with other settings is refused.
     */
    private static LocalDate defaultDate(WorkDir work, JobOptions o) throws IOException {
        String fingerprint = "coder=" + o.coder() + " maxChars=" + o.maxChars() + " timeLimit=" + o.timeLimit();
        Optional<String> saved = work.settings();
        if (saved.isEmpty()) {
            LocalDate d = o.date() != null ? o.date() : LocalDate.now();
            work.writeSettings(fingerprint + "\ndate=" + d + "\n");
            return d;
        }
        String[] lines = saved.get().split("\n");
        LocalDate d = LocalDate.parse(lines[1].substring("date=".length()));
        if (!lines[0].equals(fingerprint) || (o.date() != null && !o.date().equals(d))) {
            throw new JobException(true, "the output " + work.root().getParent() + " was written with other settings ("
                    + lines[0] + ", date of undated documents " + d + "); re-run with the same options or give a new --output");
        }
        return d;
    }
}
