package dyad.clean;

import dyad.model.CleanDocument;
import dyad.model.Dateline;
import dyad.model.Document;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WebJunkCleanerTest {

    private static final String CASES = "/dyad/clean/cases.txt";
    private static final Path SEED = Path.of("..", "examples", "seed-article.txt");

    private final WebJunkCleaner cleaner = new WebJunkCleaner();

    private CleanDocument clean(String text) {
        return cleaner.clean(new Document("test", text, null, null, null, null));
    }

    // ------------------------------------------------------------------ data-driven cases

    /** One case of cases.txt; see the format described at the top of that file. */
    record Case(String name, int line, String input, String expected, String dateline, List<String> removed) {
    }

    @TestFactory
    Stream<DynamicTest> cases() throws IOException {
        List<Case> cases = readCases();
        assertTrue(cases.size() > 50, "cases.txt has " + cases.size() + " cases");
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.name() + " (cases.txt:" + c.line() + ")", () -> {
            CleanDocument doc = clean(c.input());
            assertEquals(c.expected(), doc.text(), "text; removed = " + doc.removed());
            Dateline d = doc.dateline();
            assertEquals(c.dateline(), d == null ? null : d.text() + " | " + orDash(d.place()) + " | " + orDash(d.agency()),
                    "dateline");
            if (c.removed() != null) assertEquals(c.removed(), doc.removed(), "removed");
        }));
    }

    private static String orDash(String s) {
        return s == null ? "-" : s;
    }

    static List<Case> readCases() throws IOException {
        List<String> lines;
        try (InputStream in = WebJunkCleanerTest.class.getResourceAsStream(CASES)) {
            assertNotNull(in, CASES);
            lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
        List<Case> out = new ArrayList<>();
        String name = null;
        int start = 0;
        String section = null;
        List<String> input = new ArrayList<>();
        List<String> expect = new ArrayList<>();
        List<String> dateline = new ArrayList<>();
        List<String> removed = null;
        for (int i = 0; i <= lines.size(); i++) {
            String line = i < lines.size() ? lines.get(i) : "=== end";
            if (line.startsWith("#")) continue;
            if (line.startsWith("=== ")) {
                if (name != null) {
                    out.add(new Case(name, start, join(input), join(expect),
                            dateline.isEmpty() ? null : join(dateline), removed == null ? null : trim(removed)));
                }
                name = line.substring(4).strip();
                start = i + 1;
                section = "input";
                input = new ArrayList<>();
                expect = new ArrayList<>();
                dateline = new ArrayList<>();
                removed = null;
            } else if (line.startsWith("--- ")) {
                section = line.substring(4).strip();
                if (section.equals("removed")) removed = new ArrayList<>();
                if (!List.of("expect", "dateline", "removed").contains(section)) {
                    throw new IllegalStateException("cases.txt:" + (i + 1) + ": unknown section " + section);
                }
            } else if (name != null) {
                String text = unescape(line);
                switch (section) {
                    case "input" -> input.add(text);
                    case "expect" -> expect.add(text);
                    case "dateline" -> dateline.add(text);
                    default -> removed.add(text);
                }
            } else if (!line.isBlank()) {
                throw new IllegalStateException("cases.txt:" + (i + 1) + ": text before the first case");
            }
        }
        return out;
    }

    private static List<String> trim(List<String> lines) {
        int s = 0;
        int e = lines.size();
        while (s < e && lines.get(s).isBlank()) s++;
        while (e > s && lines.get(e - 1).isBlank()) e--;
        return List.copyOf(lines.subList(s, e));
    }

    private static String join(List<String> lines) {
        return String.join("\n", trim(lines));
    }

    static String unescape(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\' || i + 1 >= s.length()) {
                sb.append(c);
                continue;
            }
            char n = s.charAt(++i);
            switch (n) {
                case 't' -> sb.append('\t');
                case 'r' -> sb.append('\r');
                case '\\' -> sb.append('\\');
                case 'u' -> {
                    sb.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
                    i += 4;
                }
                default -> sb.append('\\').append(n);
            }
        }
        return sb.toString();
    }

    // ------------------------------------------------------------------ the seed article

    @Test
    void seedArticleKeepsItsParagraphsAndLosesTheJunk() throws IOException {
        String raw = Files.readString(SEED, StandardCharsets.UTF_8);
        CleanDocument doc = clean(raw);
        List<String> paragraphs = doc.text().lines().toList();
        List<String> rawLines = raw.lines().toList();

        assertEquals(15, paragraphs.size(), doc.text());          // the title and 14 body paragraphs
        assertEquals("Putin, Rowhani agree to cooperate closely on Syria", paragraphs.get(0));
        assertTrue(doc.text().endsWith("almost a year after they had seized it."), doc.text());
        assertEquals(rawLines.subList(0, 15), paragraphs, "real paragraphs are kept unchanged");
        assertFalse(doc.text().contains("wpResize"));
        assertFalse(doc.text().contains("logged in"));
        assertEquals(List.of("shortcode: [wpResize]", "separator: |",
                "comment-prompt: You must be logged in to post a comment."), doc.removed());
        assertNull(doc.dateline());
    }

    @Test
    void seedArticleWithDatelineWindowsLineEndsAndHardWraps() throws IOException {
        String raw = Files.readString(SEED, StandardCharsets.UTF_8);
        List<String> lines = new ArrayList<>(raw.lines().toList());
        lines.set(1, "MOSCOW (Reuters) - " + lines.get(1));
        StringBuilder wrapped = new StringBuilder("\uFEFF");
        for (String line : lines) {
            // hard-wrap every paragraph at about 70 characters, blank line between paragraphs
            int col = 0;
            for (String word : line.split(" ")) {
                if (col > 0 && col + word.length() > 70) {
                    wrapped.append("\r\n");
                    col = 0;
                } else if (col > 0) {
                    wrapped.append(' ');
                    col++;
                }
                wrapped.append(word);
                col += word.length();
            }
            wrapped.append("\r\n\r\n");
        }
        CleanDocument doc = clean(wrapped.toString());
        assertEquals(new Dateline("MOSCOW (Reuters) -", "MOSCOW", "Reuters"), doc.dateline());
        List<String> paragraphs = doc.text().lines().toList();
        assertEquals(15, paragraphs.size(), doc.text());
        assertEquals(raw.lines().toList().subList(0, 15), paragraphs);
    }

    // ------------------------------------------------------------------ robustness

    @Test
    void allJunkDocumentIsEmpty() {
        CleanDocument doc = clean("Share this:\n[wpResize] |\nAdvertisement\n\n");
        assertEquals("", doc.text());
        assertEquals(4, doc.removed().size(), doc.removed().toString());
    }

    @Test
    void cleanerIsThreadSafe() throws Exception {
        String raw = Files.readString(SEED, StandardCharsets.UTF_8);
        String expected = clean(raw).text();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < 64; i++) results.add(pool.submit(() -> clean(raw).text()));
            for (Future<String> f : results) assertEquals(expected, f.get());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void documentIsKeptAndRemovedIsImmutable() {
        Document d = new Document("id1", "Troops left.\nAdvertisement", null, null, null, null);
        CleanDocument doc = cleaner.clean(d);
        assertEquals(d, doc.document());
        assertEquals("Troops left.", doc.text());
        assertEquals(List.of("advertisement: Advertisement"), doc.removed());
    }

    @Test
    void longRemovedPiecesAreShortenedInTheReport() {
        String caption = "[caption id=\"1\"]" + "x".repeat(1000) + "[/caption]";
        CleanDocument doc = clean(caption + "\nTroops left.");
        assertEquals("Troops left.", doc.text());
        assertTrue(doc.removed().get(0).length() < 220, doc.removed().get(0));
    }
}
