package dyad.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dyad.ingest.InputItem;
import dyad.ingest.InputReader;
import dyad.model.Document;
import dyad.model.PageInfo;
import dyad.web.BodyScore;
import dyad.web.GroundTruth;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;

/** {@code dyad extract}: what Dyad reads from web pages and WARC files, without coding it. */
@Command(name = "extract", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Show what Dyad reads from web pages: title, publication date, URL, site, language, how the body was found, "
                + "and the article text. Every language is kept.",
                "INPUT as for 'dyad code': .html/.htm files (gzipped too), WARC files (.warc, .warc.gz), directories, "
                        + ".jsonl files whose text is markup; docs/input.md.",
                "The speed (pages per second of one core's CPU time) goes to stderr; --eval scores the bodies against "
                        + "true ones with the article-extraction benchmark's measure."})
public final class ExtractCommand implements Callable<Integer> {
    @Option(names = "--format", paramLabel = "text|jsonl", defaultValue = "text",
            description = "text (a header of fields, then the body) or jsonl (one object per page: id, url, title, date, language, "
                    + "site, status, text; skipped pages with their reason). Default: ${DEFAULT-VALUE}.")
    String format;

    @Option(names = "--eval", paramLabel = "GROUND_TRUTH.json", description = "Score the bodies against the true ones "
            + "(the benchmark's ground-truth.json: {\"page\": {\"articleBody\": ..., \"url\": ...}}): token precision, recall and F1.")
    Path eval;

    @Option(names = "--quiet", description = "Print no pages (with --eval: only the scores).")
    boolean quiet;

    @Option(names = "--passes", paramLabel = "N", defaultValue = "1", description = "Read the inputs N times and report the "
            + "speed of the last pass (the first includes the JVM compiling the extractor). Default: ${DEFAULT-VALUE}.")
    int passes;

    @Parameters(paramLabel = "INPUT", description = "Files or directories; '-' for stdin.")
    List<String> inputs = new ArrayList<>();

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    private final ObjectMapper json = new ObjectMapper();

    @Override
    public Integer call() throws Exception {
        if (!format.equals("text") && !format.equals("jsonl")) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--format must be text or jsonl, not '" + format + "'");
        }
        Ranges.atLeast(spec, "--passes", passes, 1);
        List<String> in = CodeCommand.existingInputs(spec, inputs);
        GroundTruth truth = eval == null ? null : GroundTruth.read(eval);
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), false, StandardCharsets.UTF_8);
        PrintStream err = System.err;
        Pass last = null;
        for (int p = 1; p <= passes; p++) last = pass(in, p == 1 && !quiet ? out : null, p == 1 ? err : null, truth);
        out.flush();
        Map<String, Long> tallies = new TreeMap<>();
        last.tallies.forEach((k, v) -> tallies.put(k, v));
        Summary.printTallies(err, tallies, last.records);
        double seconds = last.cpuNanos / 1e9;
        err.printf("dyad: %,d pages extracted (%s), %,d skipped; %.2f s of CPU on one thread: %.0f pages/s per core%s%n",
                last.pages, kinds(last.kinds), last.skipped, seconds, last.pages / Math.max(seconds, 1e-9),
                passes > 1 ? " (pass " + passes + " of " + passes + ")" : "");
        if (truth != null) {
            BodyScore.Summary s = truth.score(last.bodies);
            err.printf("dyad: body F1 %.3f (precision %.3f, recall %.3f) over the %,d pages of %s (%,d of them extracted); "
                            + "4-token shingles, averaged as the article-extraction benchmark does (docs/input.md)%n",
                    s.f1(), s.precision(), s.recall(), s.pages(), eval, last.bodies.size());
        }
        return 0;
    }

    /** One reading of the inputs. */
    private static final class Pass {
        long pages;
        long skipped;
        long cpuNanos;
        final Map<String, Long> kinds = new TreeMap<>();
        final Map<String, Long> tallies = new TreeMap<>();
        final Map<String, Long> records = new TreeMap<>();
        final Map<String, String> bodies = new LinkedHashMap<>();
    }

    /** Reads the inputs once; the CPU time spent printing is left out of the speed. */
    private Pass pass(List<String> in, PrintStream out, PrintStream err, GroundTruth truth) {
        Pass pass = new Pass();
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        long[] printing = {0};
        long start = cpu.getCurrentThreadCpuTime();
        new InputReader(InputReader.DEFAULT_MAX_CHARS).read(in, System.in, item -> {
            long t0 = cpu.getCurrentThreadCpuTime();
            if (item instanceof InputItem.Read r) {
                Document d = r.document();
                pass.pages++;
                pass.kinds.merge(d.page() == null ? "not a page" : d.page().extraction(), 1L, Long::sum);
                if (truth != null) {
                    String key = truth.keyOf(d.id(), d.url());
                    if (key != null) pass.bodies.put(key, d.text());
                }
                if (out != null) print(out, d);
            } else if (item instanceof InputItem.Skipped s) {
                pass.skipped++;
                if (s.tally() != null) {
                    pass.tallies.merge(s.tally(), 1L, Long::sum);
                } else if (err != null) {
                    err.println("dyad: skipped " + s.origin() + (s.id().equals(s.origin()) ? "" : " (id " + s.id() + ")") + ": " + s.reason());
                }
                if (out != null && format.equals("jsonl")) out.println(skippedJson(s));
            } else if (item instanceof InputItem.Counted c) {
                pass.records.merge(c.kind(), 1L, Long::sum);
            }
            printing[0] += cpu.getCurrentThreadCpuTime() - t0;
        });
        pass.cpuNanos = cpu.getCurrentThreadCpuTime() - start - printing[0];
        return pass;
    }

    private void print(PrintStream out, Document d) {
        PageInfo p = d.page();
        if (format.equals("jsonl")) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("id", d.id());
            o.put("url", d.url());
            o.put("canonical_url", p == null ? null : p.canonicalUrl());
            o.put("title", d.title());
            o.put("date", d.date() == null ? null : d.date().toString());
            o.put("date_source", p == null ? null : p.dateSource());
            o.put("site", p == null ? null : p.site());
            o.put("language", p == null ? null : p.language());
            o.put("status", p == null ? "text" : p.extraction());
            o.put("origin", d.origin());
            o.put("text", d.text());
            out.println(write(o));
            return;
        }
        out.println("== " + d.id());
        line(out, "url", d.url());
        if (p != null && p.canonicalUrl() != null && !p.canonicalUrl().equals(d.url())) line(out, "canonical url", p.canonicalUrl());
        line(out, "title", d.title());
        line(out, "date", d.date() == null ? null : d.date() + (p != null && p.dateSource() != null ? " (" + p.dateSource() + ")" : ""));
        if (p != null) {
            line(out, "site", p.site());
            line(out, "language", p.language());
            line(out, "extraction", p.extraction());
        }
        out.println();
        out.println(d.text());
        out.println();
    }

    private static void line(PrintStream out, String field, String value) {
        if (value != null) out.println(field + ": " + value);
    }

    private String skippedJson(InputItem.Skipped s) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("id", s.id());
        o.put("url", s.document() == null ? null : s.document().url());
        o.put("status", "skipped");
        o.put("reason", s.reason());
        o.put("origin", s.origin());
        return write(o);
    }

    private String write(Map<String, Object> o) {
        try {
            return json.writeValueAsString(o);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String kinds(Map<String, Long> kinds) {
        if (kinds.isEmpty()) return "none";
        List<String> parts = new ArrayList<>();
        kinds.forEach((k, n) -> parts.add(String.format("%,d %s", n, k)));
        return String.join(", ", parts);
    }
}
