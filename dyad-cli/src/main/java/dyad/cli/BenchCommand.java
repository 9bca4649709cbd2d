package dyad.cli;

import dyad.coder.Coder;
import dyad.coder.DocumentResult;
import dyad.ingest.InputItem;
import dyad.ingest.InputReader;
import dyad.model.AnnotatedSentence;
import dyad.model.Document;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * {@code dyad bench}: throughput of the full pipeline and of the event-coding stage alone, time per stage and peak
 * heap, on a corpus (default: ../shared/corpora/wikinews-2019.jsonl). Figures go to stdout.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measure speed and memory: documents/s, sentences/s, events/s, time share per stage, peak heap.",
                "Default INPUT: ../shared/corpora/wikinews-2019.jsonl when present, else examples/."})
public final class BenchCommand implements Callable<Integer> {
    @Parameters(paramLabel = "INPUT", arity = "0..*", description = "Files or directories to code.")
    List<String> inputs = new ArrayList<>();

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: the number of cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Date for undated documents (default: 2019-01-01).")
    LocalDate date = LocalDate.of(2019, 1, 1);

    @Option(names = "--stage-seconds", paramLabel = "S", defaultValue = "5", description = "How long to run the event-coding-stage loop (default: ${DEFAULT-VALUE}).")
    double stageSeconds;

    @Mixin
    CoderOptions coderOptions;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Ranges.atLeast(spec, "--threads", threads, 1);
        Ranges.positive(spec, "--stage-seconds", stageSeconds);
        List<String> in = inputs;
        if (in.isEmpty()) {
            Path wiki = Path.of("../shared/corpora/wikinews-2019.jsonl");
            in = List.of(Files.exists(wiki) ? wiki.toString() : "examples");
        }
        List<Document> docs = new ArrayList<>();
        new InputReader(InputReader.DEFAULT_MAX_CHARS).read(in, System.in, item -> {
            if (item instanceof InputItem.Read r) {
                docs.add(r.document().date() == null ? r.document().withDate(date) : r.document());
            }
        });
        System.out.printf("corpus: %s, %d documents, %d threads%n", String.join(" ", in), docs.size(), threads);

        long l0 = System.nanoTime();
        Coder coder = new Coder(coderOptions.config());
        System.out.printf("load: %.1f s (CoreNLP models, dictionaries, patterns)%n", (System.nanoTime() - l0) / 1e9);

        // warm-up: the JIT and CoreNLP's caches
        for (Document d : docs.subList(0, Math.min(10, docs.size()))) coder.code(d);

        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long t0 = System.nanoTime();
        List<Future<DocumentResult>> fs = new ArrayList<>();
        for (Document d : docs) fs.add(pool.submit(() -> coder.code(d)));
        DocumentResult.StageTimes times = DocumentResult.StageTimes.ZERO;
        long sentences = 0;
        long parsed = 0;
        long events = 0;
        for (Future<DocumentResult> f : fs) {
            DocumentResult r = f.get();
            times = times.plus(r.times());
            sentences += r.sentences();
            parsed += r.parsed();
            events += r.events().size();
        }
        double wall = (System.nanoTime() - t0) / 1e9;
        pool.shutdown();
        System.out.printf("full pipeline: %.1f s wall: %.2f documents/s, %.1f sentences/s, %.1f events/s (%d sentences, %d parsed, %d events)%n",
                wall, docs.size() / wall, sentences / wall, events / wall, sentences, parsed, events);
        System.out.printf("events per 1,000 sentences: %.1f (the default output: negated, hypothetical, future and historical events left out)%n",
                sentences == 0 ? 0.0 : 1000.0 * events / sentences);
        double total = times.total();
        System.out.printf("time share per stage: clean %.1f%%, linguistics %.1f%%, actors+events %.1f%%, dates %.1f%%, geolocation %.1f%%%n",
                100 * times.clean() / total, 100 * times.nlp() / total, 100 * times.actorsEvents() / total, 100 * times.dates() / total,
                100 * times.geo() / total);
        if (coder.places() != null) geoFigures(coder, docs, times);

        // the event-coding stage alone, on the annotated sentences (parsed where the pipeline would parse)
        List<List<AnnotatedSentence>> annotated = new ArrayList<>();
        for (Document d : docs) {
            annotated.add(coder.annotate(d));
        }
        long stageSentences = 0;
        long stageEvents = 0;
        long s0 = System.nanoTime();
        long deadline = s0 + (long) (stageSeconds * 1e9);
        while (System.nanoTime() < deadline) {
            for (int i = 0; i < docs.size(); i++) {
                stageEvents += coder.codeAnnotated(docs.get(i).id(), annotated.get(i), docs.get(i).date()).size();
                stageSentences += annotated.get(i).size();
            }
        }
        double stageWall = (System.nanoTime() - s0) / 1e9;
        System.out.printf("event-coding stage alone (actors, events, dates; given annotated sentences; 1 thread): %.0f sentences/s, %.0f events/s%n",
                stageSentences / stageWall, stageEvents / stageWall);
        System.out.printf("peak heap: %.0f MB (max heap %.0f MB)%n", peakHeap() / 1e6, Runtime.getRuntime().maxMemory() / 1e6);
        return 0;
    }

    /**
     * Geolocation's cost: the gazetteer load, the resolution stage (toponyms, resolution, event locations), and the NER
     * it adds on sentences that are not parsed (measured by annotating the corpus both ways, one thread).
     */
    private static void geoFigures(Coder coder, List<Document> docs, DocumentResult.StageTimes times) {
        dyad.geo.Gazetteer g = coder.places().gazetteer();
        System.out.printf("gazetteer: loaded in %.0f ms (%d places, %d names)%n", g.loadNanos() / 1e6, g.size(), g.nameCount());
        long with = 0;
        long without = 0;
        for (int round = 0; round < 2; round++) {
            for (Document d : docs) {
                boolean nerFirst = (d.id().hashCode() & 1) == 0; // alternate the order: the second run finds warmer caches
                long a = System.nanoTime();
                coder.annotate(d, nerFirst);
                long b = System.nanoTime();
                coder.annotate(d, !nerFirst);
                long c = System.nanoTime();
                if (round == 1) {
                    with += nerFirst ? b - a : c - b;
                    without += nerFirst ? c - b : b - a;
                }
            }
        }
        double nerShare = Math.max(0, (double) (with - without) / with);
        double pipeline = times.total();
        double extraNer = nerShare * times.nlp();
        System.out.printf("geolocation: resolution %.1f%% of pipeline time; NER on unparsed sentences %.1f%% more (annotation %.1f s with it,"
                        + " %.1f s without, 1 thread); together %.1f%%%n", 100 * times.geo() / pipeline, 100 * extraNer / pipeline,
                with / 1e9, without / 1e9, 100 * (times.geo() + extraNer) / pipeline);
    }

    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) sum += p.getPeakUsage().getUsed();
        }
        return sum;
    }
}
