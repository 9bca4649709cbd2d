package dyad.spark;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The job in Spark local mode (2 threads, a task may be tried twice), against the same inputs coded in one JVM as
 * {@code dyad code} codes them: the same events, ids included, and every document accounted for; failed tasks and
 * killed jobs completed by a re-run without a row lost or duplicated.
 */
class SparkJobTest {
    static final Path WIKINEWS = Path.of("../../shared/corpora/wikinews-2019.jsonl");
    static final LocalDate DATE = LocalDate.of(2024, 1, 2);
    static SparkSession spark;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() {
        spark = SparkSession.builder().master("local[2,2]").appName("dyad-test")
                .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "2")
                .config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1")
                .getOrCreate();
        spark.sparkContext().setLogLevel("WARN");
    }

    @AfterAll
    static void stop() {
        if (spark != null) spark.stop();
    }

    // ---- inputs

    /** The first {@code stories} Wikinews 2019 stories in files of {@code perFile} stories each. */
    List<Path> wikinews(int stories, int perFile) throws IOException {
        assumeTrue(Files.isRegularFile(WIKINEWS), "../shared is absent (no ../shared/corpora/wikinews-2019.jsonl): skipped");
        List<String> lines = Files.readAllLines(WIKINEWS).subList(0, stories);
        Path in = Files.createDirectories(dir.resolve("in"));
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < stories; i += perFile) {
            Path f = in.resolve(String.format("wikinews-%03d.jsonl", i));
            Files.write(f, lines.subList(i, Math.min(stories, i + perFile)));
            files.add(f);
        }
        return files;
    }

    static String article(String lang, String title, String... paragraphs) {
        StringBuilder b = new StringBuilder("<!DOCTYPE html><html lang=\"" + lang + "\"><head><title>" + title
                + "</title><meta property=\"article:published_time\" content=\"2024-01-01T10:00:00Z\"></head><body>"
                + "<nav><a href=\"/\">Home</a> <a href=\"/world\">World</a></nav><article><h1>" + title + "</h1>");
        for (String p : paragraphs) b.append("<p>").append(p).append("</p>");
        return b.append("</article><footer>(c) News Site</footer></body></html>").toString();
    }

    static final String[] STORY = {
            "Russian troops attacked Ukrainian positions near the city of Kharkiv on Sunday, the Ukrainian military said.",
            "The government of Ukraine condemned the attack and accused Moscow of violating the ceasefire.",
            "French President Emmanuel Macron met German Chancellor Olaf Scholz in Berlin on Monday to discuss aid to Ukraine.",
            "Police arrested dozens of protesters in Tehran after demonstrations against the Iranian government."};

    static WarcResponse page(String url, int status, String type, String body) throws IOException {
        HttpResponse http = new HttpResponse.Builder(status, status == 200 ? "OK" : "Not Found")
                .body(MediaType.parse(type), body.getBytes(StandardCharsets.UTF_8)).build();
        return new WarcResponse.Builder(url).date(Instant.parse("2024-01-02T03:04:05Z")).body(http).build();
    }

    /** A small crawl written with jwarc: two English pages, a German one, a request, a 404, a PDF; a page, a text file. */
    List<Path> webInputs() throws IOException {
        Path in = Files.createDirectories(dir.resolve("web"));
        Path warc = in.resolve("crawl.warc.gz");
        try (WarcWriter w = new WarcWriter(FileChannel.open(warc, StandardOpenOption.CREATE, StandardOpenOption.WRITE), WarcCompression.GZIP)) {
            w.write(new WarcRequest.Builder("https://news.example/a").body(new HttpRequest.Builder("GET", "/a").build()).build());
            w.write(page("https://news.example/a", 200, "text/html; charset=utf-8", article("en", "Troops attack", STORY[0], STORY[1])));
            w.write(page("https://news.example/b", 200, "text/html; charset=utf-8", article("en", "Leaders meet", STORY[2], STORY[3])));
            w.write(page("https://news.example/de", 200, "text/html; charset=utf-8", article("de", "Angriff",
                    "Die Regierung hat am Sonntag gesagt, dass sie auf den Angriff mit allen Mitteln antworten wird, die sie hat.")));
            w.write(page("https://news.example/gone", 404, "text/html", "<html>not found</html>"));
            w.write(page("https://news.example/r.pdf", 200, "application/pdf", "%PDF-1.4 ..."));
        }
        Path html = in.resolve("saved.html");
        Files.writeString(html, article("en", "Talks", STORY[2], STORY[0]));
        Path text = in.resolve("story.txt");
        Files.writeString(text, STORY[3] + "\n\n" + STORY[1] + "\n");
        return List.of(warc, html, text);
    }

    // ---- outputs

    static JobOptions options(List<Path> inputs, Path out) {
        return JobOptions.defaults(inputs.stream().map(Path::toString).toList(), out.toString()).withDate(DATE);
    }

    static List<String> jsonLines(Path table) throws IOException {
        List<String> lines = new ArrayList<>();
        try (Stream<Path> s = Files.walk(table)) {
            for (Path p : s.filter(p -> p.getFileName().toString().matches("part-.*\\.jsonl")).sorted().toList()) {
                lines.addAll(Files.readAllLines(p));
            }
        }
        return lines;
    }

    static List<String> eventIds(List<String> lines) {
        return lines.stream().map(l -> l.substring(l.indexOf("\"event_id\":\"") + 12, l.indexOf('"', l.indexOf("\"event_id\":\"") + 12))).toList();
    }

    List<String> parquetEventIds(Path out) {
        return spark.read().parquet(out.resolve("events").toString()).select("event_id").collectAsList().stream()
                .map(r -> r.getString(0)).toList();
    }

    /** Every committed per-file result under OUTPUT/_dyad: file URI -> attempt. */
    static Map<String, String> committed(Path out) throws IOException {
        Map<String, String> m = new HashMap<>();
        try (Stream<Path> s = Files.walk(out.resolve("_dyad/files"))) {
            for (Path marker : s.filter(p -> p.getFileName().toString().equals("_COMMITTED")).toList()) {
                String json = Files.readString(marker);
                FileResult r = new com.fasterxml.jackson.databind.ObjectMapper().readValue(json, FileResult.class);
                m.put(r.input(), r.attempt());
            }
        }
        return m;
    }

    static void assertNoDuplicates(List<String> ids) {
        assertEquals(ids.size(), new HashSet<>(ids).size(), "duplicate event ids");
    }

    // ---- tests

    @Test
    void webPagesWarcAndTextGiveTheEventsOfDyadCodeAndEveryDocumentIsAccountedFor() throws IOException {
        List<Path> inputs = webInputs();
        SingleJvm.Output single = SingleJvm.code(inputs, DATE, dir);
        assertFalse(single.lines().isEmpty(), "the reference coded no event: the test inputs say nothing");
        Path out = dir.resolve("out");
        JobSummary s = SparkCoder.run(spark, options(inputs, out).withFormat("jsonl"));
        assertEquals(3, s.files().size());
        assertEquals(new TreeSet<>(single.lines()), new TreeSet<>(jsonLines(out.resolve("events"))));
        assertEquals(single.lines().size(), jsonLines(out.resolve("events")).size());
        assertEquals(single.counts().read(), s.documents());
        assertEquals(single.counts().coded(), s.coded());
        assertEquals(Map.of("request", 1L, "response HTTP 404", 1L, "response application/pdf", 1L), s.counted());

        List<String> docs = jsonLines(out.resolve("documents"));
        assertEquals(s.documents(), docs.size());
        assertTrue(docs.stream().anyMatch(d -> d.contains("\"status\":\"skipped\"") && d.contains("language de")
                && d.contains("\"url\":\"https://news.example/de\"")), docs.toString());
        assertTrue(docs.stream().allMatch(d -> d.contains("\"input_file\":\"file:" + dir.resolve("web").toAbsolutePath())), docs.toString());
        // the origin of a page in the WARC file names the file and the record's offset
        assertTrue(docs.stream().anyMatch(d -> d.contains("crawl.warc.gz@")), docs.toString());

        // the same committed results as Parquet tables: no file coded again, the same event ids, every column
        JobSummary again = SparkCoder.run(spark, options(inputs, out));
        assertEquals(0, again.codedNow());
        assertEquals(new TreeSet<>(eventIds(single.lines())), new TreeSet<>(parquetEventIds(out)));
        Dataset<Row> docTable = spark.read().parquet(out.resolve("documents").toString());
        assertEquals(s.documents(), docTable.count());
    }

    @Test
    void usersActorAndPatternFilesReachTheExecutors() throws IOException {
        Path text = dir.resolve("mine").resolve("story.txt");
        Files.createDirectories(text.getParent());
        Files.writeString(text, "Ali Rezaei hobnobs with Vladimir Putin.\n");
        CoderSettings mine = CoderSettings.DEFAULTS.withFiles(
                List.of(new CoderSettings.UserFile("my-actors.txt", "ALI_REZAEI | IRNGOV | Ali Rezaei\n")),
                List.of(new CoderSettings.UserFile("my-patterns.txt", "hobnob-with | 040 | hobnob | target=obl.with\n")));
        Path out = dir.resolve("out-mine");
        JobOptions o = new JobOptions(List.of(text.toString()), out.toString(), "jsonl", mine,
                dyad.ingest.InputReader.DEFAULT_MAX_CHARS, 120, DATE, null);
        SparkCoder.run(spark, o);
        List<String> events = jsonLines(out.resolve("events"));
        assertTrue(events.stream().anyMatch(e -> e.contains("\"code\":\"IRNGOV\"") && e.contains("my-patterns.txt:1")
                && e.contains("my-actors.txt:1")), events.toString());
        // the output remembers the files by name and digest: changed dictionaries are other settings
        CoderSettings changed = CoderSettings.DEFAULTS.withFiles(
                List.of(new CoderSettings.UserFile("my-actors.txt", "ALI_REZAEI | IRNMIL | Ali Rezaei\n")), mine.patterns());
        JobException e = assertThrows(JobException.class, () -> SparkCoder.run(spark, new JobOptions(List.of(text.toString()),
                out.toString(), "jsonl", changed, dyad.ingest.InputReader.DEFAULT_MAX_CHARS, 120, DATE, null)));
        assertTrue(e.getMessage().contains("other settings"), e.getMessage());
    }

    @Test
    void inputsOnAnotherFileSystemAreCopiedToTheExecutorAndNamedByTheirUri() throws IOException {
        List<Path> inputs = webInputs();
        SingleJvm.Output single = SingleJvm.code(inputs, DATE, dir);
        spark.sparkContext().hadoopConfiguration().set("fs.other.impl", OtherSchemeFileSystem.class.getName());
        spark.sparkContext().hadoopConfiguration().set("fs.other.impl.disable.cache", "true");
        Path out = dir.resolve("out");
        JobSummary s = SparkCoder.run(spark, JobOptions.defaults(List.of("other://" + dir.resolve("web").toAbsolutePath() + "/*"),
                out.toString()).withDate(DATE).withFormat("jsonl"));
        String web = "other:" + dir.resolve("web").toAbsolutePath(); // as Hadoop qualifies it
        assertEquals(3, s.files().size());
        assertEquals(new TreeSet<>(single.lines()), new TreeSet<>(jsonLines(out.resolve("events"))));
        List<String> docs = jsonLines(out.resolve("documents"));
        assertEquals(single.counts().read(), docs.size());
        // a text file's id is its file name, and origins name the input, not the copy
        assertTrue(docs.stream().anyMatch(d -> d.contains("\"doc_id\":\"story.txt\"") && d.contains("\"origin\":\"" + web + "/story.txt\"")), docs.toString());
        assertTrue(docs.stream().anyMatch(d -> d.contains("\"origin\":\"" + web + "/crawl.warc.gz@")), docs.toString());
        assertTrue(docs.stream().noneMatch(d -> d.contains("dyad-input-")), docs.toString());
    }

    @Test
    void eventsTableHasEveryFieldDyadCodeWrites() throws IOException {
        List<Path> inputs = webInputs();
        Path events = Files.writeString(dir.resolve("ref.jsonl"), String.join("\n", SingleJvm.code(inputs, DATE, dir).lines()));
        StructType inferred = spark.read().json(events.toString()).schema();
        Set<String> declared = leaves(Schemas.EVENTS, "");
        for (String f : leaves(inferred, "")) assertTrue(declared.contains(f), "field " + f + " is missing from Schemas.EVENTS");
    }

    private static Set<String> leaves(DataType t, String prefix) {
        Set<String> out = new TreeSet<>();
        if (t instanceof ArrayType a) return leaves(a.elementType(), prefix + "[]");
        if (!(t instanceof StructType s)) return Set.of(prefix);
        for (StructField f : s.fields()) out.addAll(leaves(f.dataType(), prefix.isEmpty() ? f.name() : prefix + "." + f.name()));
        return out;
    }

    @Test
    void wikinewsStoriesGiveTheSameEventsAsTheSingleJvmBatch() throws IOException {
        List<Path> inputs = wikinews(171, 22); // all 171 stories, in 8 files: 8 tasks
        SingleJvm.Output single = SingleJvm.code(inputs, DATE, dir);
        Path out = dir.resolve("out");
        JobSummary s = SparkCoder.run(spark, options(inputs, out));
        assertEquals(8, s.codedNow());
        assertEquals(171, s.documents());
        assertEquals(single.counts().coded(), s.coded());
        assertEquals(single.counts().events(), s.events());
        List<String> ids = parquetEventIds(out);
        assertNoDuplicates(ids);
        assertEquals(new TreeSet<>(eventIds(single.lines())), new TreeSet<>(ids));

        // as JSON lines, from the committed results: byte for byte the lines dyad code writes
        JobSummary again = SparkCoder.run(spark, options(inputs, out).withFormat("jsonl"));
        assertEquals(0, again.codedNow());
        List<String> lines = jsonLines(out.resolve("events"));
        assertEquals(single.lines().size(), lines.size());
        assertEquals(new TreeSet<>(single.lines()), new TreeSet<>(lines));
        // partitioned by the event's date
        try (Stream<Path> parts = Files.list(out.resolve("events"))) {
            Set<String> dates = parts.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("date=")).collect(Collectors.toSet());
            Set<String> expected = lines.stream().map(l -> "date=" + l.substring(l.indexOf("\"date\":\"") + 8, l.indexOf("\"date\":\"") + 18))
                    .collect(Collectors.toSet());
            assertEquals(expected, dates);
        }
    }

    @Test
    void aTaskThatFailsIsTriedAgainAndItsPartialOutputIsNeverRead() throws IOException {
        List<Path> inputs = wikinews(12, 4);
        Path out = dir.resolve("out");
        JobSummary s = SparkCoder.run(spark, options(inputs, out).withFormat("jsonl").withFailure("wikinews-004.jsonl:1"));
        assertEquals(3, s.codedNow());
        List<String> lines = jsonLines(out.resolve("events"));
        assertNoDuplicates(eventIds(lines));
        SingleJvm.Output single = SingleJvm.code(inputs, DATE, dir);
        assertEquals(new TreeSet<>(single.lines()), new TreeSet<>(lines));
        assertEquals(single.lines().size(), lines.size());
        assertEquals(12, jsonLines(out.resolve("documents")).size());
    }

    @Test
    void aKilledJobIsCompletedByARerunThatCodesOnlyTheMissingFile() throws IOException {
        List<Path> inputs = wikinews(12, 4);
        Path out = dir.resolve("out");
        // every attempt on one file dies with part of its output written: the job fails, as if killed
        assertThrows(Exception.class, () -> SparkCoder.run(spark, options(inputs, out).withFailure("wikinews-004.jsonl:2")));
        Map<String, String> before = committed(out);
        assertEquals(2, before.size(), before.toString());
        assertTrue(before.keySet().stream().noneMatch(k -> k.endsWith("wikinews-004.jsonl")));
        try (Stream<Path> left = Files.walk(out.resolve("_dyad/files"))) {
            assertTrue(left.anyMatch(p -> p.toString().contains("wikinews-004.jsonl") && p.getFileName().toString().startsWith("events-")),
                    "the failed attempts left their partial output");
        }

        JobSummary s = SparkCoder.run(spark, options(inputs, out));
        assertEquals(1, s.codedNow());
        Map<String, String> after = committed(out);
        assertEquals(3, after.size());
        before.forEach((file, attempt) -> assertEquals(attempt, after.get(file), "re-coded " + file));
        List<String> ids = parquetEventIds(out);
        assertNoDuplicates(ids);
        SingleJvm.Output single = SingleJvm.code(inputs, DATE, dir);
        assertEquals(new TreeSet<>(eventIds(single.lines())), new TreeSet<>(ids));
        assertEquals(12, spark.read().parquet(out.resolve("documents").toString()).count());
        try (Stream<Path> left = Files.walk(out.resolve("_dyad/files"))) {
            assertEquals(3, left.filter(p -> p.getFileName().toString().matches("events-.*\\.jsonl")).count(),
                    "the failed attempts' files were removed");
        }
    }

    @Test
    void anInputThatMatchesNothingIsAUsageError() {
        JobException e = assertThrows(JobException.class, () -> SparkCoder.run(spark,
                options(List.of(dir.resolve("nothing-*.jsonl")), dir.resolve("out"))));
        assertTrue(e.usage());
        assertTrue(e.getMessage().contains("no input file matches"), e.getMessage());
    }

    @Test
    void anOutputThatIsAFileOrInsideAnInputDirectoryIsAUsageError() throws IOException {
        Path text = Files.writeString(Files.createDirectories(dir.resolve("in")).resolve("story.txt"), STORY[0]);
        JobException file = assertThrows(JobException.class, () -> SparkCoder.run(spark, options(List.of(text), text)));
        assertTrue(file.usage());
        assertTrue(file.getMessage().contains("is a file"), file.getMessage());
        JobException inside = assertThrows(JobException.class, () -> SparkCoder.run(spark,
                options(List.of(dir.resolve("in")), dir.resolve("in/out"))));
        assertTrue(inside.usage());
        assertTrue(inside.getMessage().contains("inside the input directory"), inside.getMessage());
        assertFalse(Files.exists(dir.resolve("in/out")), "nothing written");
    }

    @Test
    void anOutputMadeWithOtherSettingsIsRefused() throws IOException {
        Path text = Files.writeString(dir.resolve("story.txt"), STORY[0]);
        Path out = dir.resolve("out");
        SparkCoder.run(spark, options(List.of(text), out));
        JobException e = assertThrows(JobException.class, () -> SparkCoder.run(spark, options(List.of(text), out)
                .withDate(LocalDate.of(2020, 1, 1))));
        assertTrue(e.usage());
        assertTrue(e.getMessage().contains("other settings"), e.getMessage());
    }
}
