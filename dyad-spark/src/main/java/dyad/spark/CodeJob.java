package dyad.spark;

import dyad.ingest.InputReader;
import dyad.model.DataFileException;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code dyad spark} and {@code spark-submit --class dyad.spark.CodeJob}: the coder as a Spark job (docs/spark.md).
 * Exit status 0 when the job completed (skipped documents included), 1 on a failure, 2 on a usage error.
 */
@Command(name = "dyad spark", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Code news documents into CAMEO + PLOVER events as an Apache Spark job, one task per input file.",
                "Inputs are read as by 'dyad code' (JSON lines, text, web pages, WARC files), from any Hadoop file system "
                        + "(file:, hdfs:, s3a:); a directory is read whole, a glob is expanded.",
                "Writes OUTPUT/events/ and OUTPUT/documents/ (one row per input document: coded or skipped, and why), "
                        + "partitioned by date=YYYY-MM-DD. Run it again after a failure: files already done are not coded again.",
                "Exit status: 0 when the job completed (skipped documents included), 1 on failure, 2 on a usage error."})
public final class CodeJob implements Callable<Integer> {
    @Option(names = "--input", paramLabel = "PATH", required = true, arity = "1..*",
            description = "Input files, directories or globs (repeatable), e.g. s3a://bucket/cc-news/2024/01/*.warc.gz.")
    List<String> inputs = new ArrayList<>();

    @Option(names = "--output", paramLabel = "DIR", required = true, description = "Output directory (kept between runs: a re-run completes it).")
    String output;

    @Option(names = "--output-format", paramLabel = "parquet|jsonl", defaultValue = "parquet",
            description = "Parquet tables, or JSON lines in dyad code's schema (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--master", paramLabel = "URL", description = "Spark master, e.g. local[2] (default: spark-submit's, else local[*]).")
    String master;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Date for documents that carry none (default: the day of the first run).")
    LocalDate date;

    @Option(names = "--max-chars", paramLabel = "N", defaultValue = "" + InputReader.DEFAULT_MAX_CHARS,
            description = "Skip documents longer than this many characters (default: ${DEFAULT-VALUE}).")
    int maxChars;

    @Option(names = "--time-limit", paramLabel = "SECONDS", defaultValue = "120",
            description = "Give up on a document after this long (default: ${DEFAULT-VALUE}).")
    int timeLimit;

    @Option(names = "--no-ner", description = "Skip CoreNLP's 3-class NER on parsed sentences.")
    boolean noNer;

    @Option(names = "--no-geo", description = "Skip geolocation: events get no location.")
    boolean noGeo;

    @Option(names = "--keep-negated", description = "Emit negated events, flagged, instead of dropping them.")
    boolean keepNegated;

    @Option(names = "--keep-modal", description = "Emit hypothetical, future and historical events, flagged, instead of dropping them.")
    boolean keepModal;

    @Option(names = "--actors", paramLabel = "FILE", description = "An extra actor dictionary file (repeatable; format: docs/dictionaries.md), "
            + "read by the driver (a local path, or one its Hadoop configuration reaches) and shipped to the executors.")
    List<String> actorFiles = new ArrayList<>();

    @Option(names = "--patterns", paramLabel = "FILE", description = "An extra event pattern file (repeatable; format: docs/patterns.md), "
            + "read and shipped as --actors is.")
    List<String> patternFiles = new ArrayList<>();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** The options, checked; a usage error otherwise. */
    JobOptions options() {
        if (!format.equals("parquet") && !format.equals("jsonl")) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--output-format must be parquet or jsonl, not '" + format + "'");
        }
        if (maxChars < 1) throw new CommandLine.ParameterException(spec.commandLine(), "--max-chars must be at least 1, not " + maxChars);
        if (timeLimit < 1) throw new CommandLine.ParameterException(spec.commandLine(), "--time-limit must be at least 1, not " + timeLimit);
        CoderSettings coder = new CoderSettings(!noNer, !noGeo, keepNegated, keepModal,
                read(actorFiles, "--actors", "actor dictionary"), read(patternFiles, "--patterns", "pattern file"));
        try {
            coder.check();
        } catch (DataFileException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        return new JobOptions(inputs, output, format, coder, maxChars, timeLimit, date, null);
    }

    /** Users' files, read on the driver through Hadoop's file systems (a plain path is a local file). */
    private List<CoderSettings.UserFile> read(List<String> paths, String option, String what) {
        List<CoderSettings.UserFile> out = new ArrayList<>();
        for (String p : paths) {
            try {
                org.apache.hadoop.fs.Path path = new org.apache.hadoop.fs.Path(p);
                org.apache.hadoop.fs.FileSystem fs = path.getFileSystem(new org.apache.hadoop.conf.Configuration());
                if (!fs.exists(path) || fs.getFileStatus(path).isDirectory()) {
                    throw new CommandLine.ParameterException(spec.commandLine(), option + " " + p + ": no such " + what);
                }
                try (java.io.InputStream in = fs.open(path)) {
                    out.add(new CoderSettings.UserFile(p, new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)));
                }
            } catch (java.io.IOException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), "cannot read " + option + " " + p + ": " + e.getMessage());
            }
        }
        return out;
    }

    @Override
    public Integer call() throws Exception {
        JobOptions o = options();
        SparkConf conf = new SparkConf().setAppName("dyad");
        if (master != null) conf.setMaster(master);
        else if (!conf.contains("spark.master")) conf.setMaster("local[*]");
        o = o.withFailure(conf.get("spark.dyad.test.failure", null));
        SparkSession spark = SparkSession.builder().config(conf).getOrCreate();
        try {
            JobSummary s = SparkCoder.run(spark, o);
            System.err.print(s.text());
            System.err.println("output: " + output + " (events/, documents/)");
            return 0;
        } finally {
            spark.stop();
        }
    }

    /** Runs the command; returns the exit status. Failures are one line on stderr ({@code DYAD_DEBUG=1}: the stack trace too). */
    public static int execute(String... args) {
        return execute(new java.io.PrintWriter(System.err, true), args);
    }

    /** As {@link #execute(String...)}, with messages to {@code err}. */
    static int execute(java.io.PrintWriter err, String... args) {
        CommandLine cl = new CommandLine(new CodeJob());
        cl.setErr(err);
        cl.setExecutionExceptionHandler((e, cmd, parsed) -> {
            if (System.getenv("DYAD_DEBUG") != null) e.printStackTrace();
            if (e instanceof JobException j) {
                cmd.getErr().println("dyad spark: " + j.getMessage());
                return j.usage() ? 2 : 1;
            }
            cmd.getErr().println("dyad spark: " + message(e));
            return 1;
        });
        cl.setParameterExceptionHandler((e, a) -> {
            e.getCommandLine().getErr().println("dyad spark: " + e.getMessage());
            e.getCommandLine().getErr().println("Try 'dyad spark --help' for the options.");
            return 2;
        });
        return cl.execute(args);
    }

    private static String message(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) root = root.getCause();
        String m = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return m.lines().findFirst().orElse(m);
    }

    public static void main(String[] args) {
        System.exit(execute(args));
    }
}
