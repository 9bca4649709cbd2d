package dyad.spark;

import dyad.coder.BatchCounts;
import dyad.coder.BatchRunner;
import dyad.ingest.InputReader;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.Path;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.FlatMapFunction;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The partition function: codes each input file of its partition (one, as the job partitions them) with the
 * executor's shared coder ({@link CoderHolder}) through the library's {@link BatchRunner} and {@link InputReader},
 * as {@code dyad code} does, writes the file's events and documents and commits them ({@link WorkDir}). A file
 * already committed (a re-run, a speculative twin) is not coded again.
 */
final class FileTask implements FlatMapFunction<Iterator<String>, FileResult> {
    private final TaskSettings settings;

    FileTask(TaskSettings settings) {
        this.settings = settings;
    }

    @Override
    public Iterator<FileResult> call(Iterator<String> inputs) throws IOException {
        List<FileResult> out = new ArrayList<>();
        while (inputs.hasNext()) out.add(code(inputs.next()));
        return out.iterator();
    }

    FileResult code(String input) throws IOException {
        Configuration conf = HadoopConf.of(settings.hadoop());
        Path out = new Path(settings.output());
        WorkDir work = new WorkDir(out.getFileSystem(conf), out);
        Optional<FileResult> done = work.committed(input);
        if (done.isPresent()) return done.get();

        TaskContext task = TaskContext.get();
        String attempt = (task == null ? "local" : task.stageId() + "." + task.taskAttemptId()) + "-"
                + UUID.randomUUID().toString().substring(0, 8);
        Path in = new Path(input);
        Map<String, Long> counted = new TreeMap<>();
        BatchCounts counts;
        FileResult result;
        try (LocalInput local = LocalInput.of(in.getFileSystem(conf), in)) {
            FileResult names = new FileResult(input, attempt, 0, 0, 0, 0, 0, Map.of());
            try (FSDataOutputStream ev = work.create(work.eventsFile(names));
                 FSDataOutputStream docs = work.create(work.documentsFile(names));
                 OutputStream evBuf = new BufferedOutputStream(ev, 1 << 16);
                 OutputStream docBuf = new BufferedOutputStream(docs, 1 << 16)) {
                FileResultSink sink = new FileResultSink(evBuf, docBuf, input, local::origin);
                BatchRunner runner = new BatchRunner(CoderHolder.coder(settings.coder()), settings.threads(),
                        settings.timeLimit(), settings.defaultDate());
                counts = runner.run(items -> new InputReader(settings.maxChars(), InputReader.CODED_LANGUAGES)
                                .read(List.of(local.path().toString()), InputStream.nullInputStream(), items),
                        sink, new BatchRunner.Listener() {
                            @Override
                            public void counted(String kind) {
                                counted.merge(kind, 1L, Long::sum);
                            }
                        });
                injectFailure(in, task, evBuf);
                sink.finish();
            }
            result = new FileResult(input, attempt, counts.read(), counts.coded(), counts.skipped(), counts.sentences(),
                    counts.events(), counted);
        }
        if (work.commit(result)) return result;
        return work.committed(input).orElseThrow(() -> new IOException("no commit marker for " + input + " after a commit"));
    }

    /**
     * Fault injection for the tests of re-runs ({@code spark.dyad.test.failure=NAME:N}): the first N attempts on the
     * file named NAME die with part of their output written, as a killed executor would leave it.
     */
    private void injectFailure(Path in, TaskContext task, OutputStream events) throws IOException {
        String f = settings.failure();
        if (f == null) return;
        int colon = f.lastIndexOf(':');
        if (!in.getName().equals(f.substring(0, colon))) return;
        int attempt = task == null ? 0 : task.attemptNumber();
        if (attempt >= Integer.parseInt(f.substring(colon + 1))) return;
        events.flush();
        throw new IOException("injected failure on attempt " + attempt + " of " + in.getName() + " (spark.dyad.test.failure)");
    }
}
