package dyad.spark;

import dyad.coder.BatchCounts;
import dyad.coder.BatchRunner;
import dyad.ingest.InputReader;
import dyad.output.EventFileSink;
import dyad.output.EventSink;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/** The reference: the same inputs through the path {@code dyad code} takes, in one JVM (InputReader, BatchRunner, EventFileSink). */
final class SingleJvm {
    record Output(List<String> lines, BatchCounts counts) {
    }

    private SingleJvm() {
    }

    static Output code(List<Path> inputs, LocalDate date, Path dir) throws IOException {
        Path events = dir.resolve("single-jvm-" + System.nanoTime() + ".jsonl");
        BatchCounts counts;
        // the executor's coder when the job ran in this JVM first: a Coder holds no per-call state
        try (EventSink sink = EventFileSink.file(events, "jsonl", true)) {
            counts = new BatchRunner(CoderHolder.coder(CoderSettings.DEFAULTS), 2, 120, date)
                    .run(items -> new InputReader(InputReader.DEFAULT_MAX_CHARS, InputReader.CODED_LANGUAGES)
                            .read(inputs.stream().map(Path::toString).toList(), InputStream.nullInputStream(), items),
                            sink, new BatchRunner.Listener() {});
            sink.finish();
        }
        return new Output(Files.readAllLines(events), counts);
    }
}
