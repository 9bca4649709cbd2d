package dyad.spark;

import dyad.coder.BatchCounts;
import dyad.coder.BatchRunner;
import dyad.coder.Coder;
import dyad.ingest.InputReader;
import dyad.output.EventSink;
import dyad.model.Document;
import dyad.model.Event;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/**
 * {@code dyad spark-bench}: the figures that size a cluster (docs/spark.md), on one machine and one input: the coder's
 * load time and heap, the single-JVM batch ({@code dyad code}'s path) at 1 and 2 threads, the job in local mode at
 * 1 and 2 task threads, and the job's fixed cost (session start, a job over one small file). Figures to stdout.
 */
@Command(name = "dyad spark-bench", mixinStandardHelpOptions = true,
        description = "Measure the Spark job against the single-JVM batch on the same input (figures to stdout).")
public final class SparkBench implements Callable<Integer> {
    @Option(names = "--corpus", paramLabel = "FILE", description = "JSON lines of stories (default: ${DEFAULT-VALUE}).")
    Path corpus = Path.of("../shared/corpora/wikinews-2019.jsonl");

    @Option(names = "--stories", paramLabel = "N", description = "Stories of the corpus to use (default: ${DEFAULT-VALUE}).")
    int stories = 40;

    @Option(names = "--files", paramLabel = "K", description = "Input files to split them into, the job's tasks (default: ${DEFAULT-VALUE}).")
    int files = 8;

    private static final LocalDate DATE = LocalDate.of(2019, 1, 1);

    @Override
    public Integer call() throws IOException {
        if (!Files.isRegularFile(corpus)) throw new CommandLine.ParameterException(new CommandLine(this), "no such file: " + corpus);
        Path dir = Files.createTempDirectory("dyad-spark-bench-");
        try {
            return bench(dir);
        } finally {
            try (Stream<Path> s = Files.walk(dir)) {
                for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
            }
        }
    }

    private int bench(Path dir) throws IOException {
        List<String> lines = Files.readAllLines(corpus);
        lines = lines.subList(0, Math.min(stories, lines.size()));
        List<Path> inputs = split(lines, dir.resolve("in"));
        System.out.printf("input: %d stories of %s in %d files; %d cores, load average %.1f, max heap %.0f MB%n",
                lines.size(), corpus, inputs.size(), Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), Runtime.getRuntime().maxMemory() / 1e6);

        long before = usedAfterGc();
        long t = System.nanoTime();
        Coder coder = CoderHolder.coder(CoderSettings.DEFAULTS);
        double load = seconds(t);
        System.out.printf("coder: loaded in %.1f s; heap it holds: %.0f MB (models, dictionaries, gazetteer)%n", load,
                (usedAfterGc() - before) / 1e6);

        single(coder, inputs, 1); // warm-up: the JIT, CoreNLP's caches
        for (int threads = 1; threads <= 2; threads++) {
            resetPeaks();
            long base = usedAfterGc();
            long s = System.nanoTime();
            long cpu = cpuNanos();
            BatchCounts c = single(coder, inputs, threads);
            System.out.printf("single JVM, %d thread(s): %s; peak heap above the coder's %.0f MB%n", threads,
                    rate(c.coded(), c.sentences(), seconds(s), cpu), (peakHeap() - base) / 1e6);
        }
        for (int threads = 1; threads <= 2; threads++) {
            t = System.nanoTime();
            SparkSession spark = SparkSession.builder().master("local[" + threads + "]").appName("dyad-bench")
                    .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "2").getOrCreate();
            double start = seconds(t);
            try {
                long cpu = cpuNanos();
                JobSummary s = SparkCoder.run(spark, JobOptions.defaults(inputs.stream().map(Path::toString).toList(),
                        dir.resolve("out-" + threads).toString()).withDate(DATE));
                System.out.printf("spark local[%d]: %s (session start %.1f s more)%n", threads,
                        rate(s.coded(), s.sentences(), s.seconds(), cpu), start);
                if (threads == 2) overhead(spark, dir, lines.get(0));
            } finally {
                spark.stop();
            }
        }
        return 0;
    }

    /** The job's cost beyond coding: one file of one story, coded, then the same job with nothing left to code. */
    private static void overhead(SparkSession spark, Path dir, String story) throws IOException {
        Path one = Files.write(dir.resolve("one.jsonl"), List.of(story));
        JobOptions o = JobOptions.defaults(List.of(one.toString()), dir.resolve("out-one").toString()).withDate(DATE);
        long cpu = cpuNanos();
        JobSummary first = SparkCoder.run(spark, o);
        double firstCpu = (cpuNanos() - cpu) / 1e9;
        cpu = cpuNanos();
        JobSummary again = SparkCoder.run(spark, o);
        System.out.printf("job fixed cost: %.1f s (CPU %.1f s) for one story (coding included), %.1f s (CPU %.1f s) for a "
                + "re-run with nothing to code (listing, the tables written)%n", first.seconds(), firstCpu, again.seconds(),
                (cpuNanos() - cpu) / 1e9);
    }

    private static BatchCounts single(Coder coder, List<Path> inputs, int threads) throws IOException {
        return new BatchRunner(coder, threads, 120, DATE).run(items -> new InputReader(InputReader.DEFAULT_MAX_CHARS,
                InputReader.CODED_LANGUAGES).read(inputs.stream().map(Path::toString).toList(), InputStream.nullInputStream(), items),
                new Discard(), new BatchRunner.Listener() {});
    }

    /** Wall-clock rates, and the CPU time the JVM spent per document (what a busy machine does not change). */
    private static String rate(long docs, long sentences, double s, long cpuStart) {
        double cpu = (cpuNanos() - cpuStart) / 1e9;
        return String.format("%d documents, %d sentences in %.1f s: %.2f documents/s, %.1f sentences/s; CPU %.1f s, "
                + "%.0f ms per document; load average %.1f", docs, sentences, s, docs / s, sentences / s, cpu, 1000 * cpu / docs,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    /** CPU time of this JVM, every thread. */
    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private List<Path> split(List<String> lines, Path in) throws IOException {
        Files.createDirectories(in);
        List<Path> out = new ArrayList<>();
        int per = Math.max(1, (lines.size() + files - 1) / files);
        for (int i = 0; i < lines.size(); i += per) {
            out.add(Files.write(in.resolve(String.format("part-%03d.jsonl", i / per)), lines.subList(i, Math.min(lines.size(), i + per))));
        }
        return out;
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    private static long usedAfterGc() {
        System.gc();
        Runtime r = Runtime.getRuntime();
        return r.totalMemory() - r.freeMemory();
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) p.resetPeakUsage();
    }

    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) sum += p.getPeakUsage().getUsed();
        }
        return sum;
    }

    /** Events nowhere: the batch's speed without the writing. */
    private static final class Discard implements EventSink {
        @Override
        public void coded(Document document, List<String> sentences, List<Event> events) {
        }

        @Override
        public void skipped(Skip skip) {
        }

        @Override
        public void close() {
        }
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new SparkBench()).execute(args));
    }
}
