package dyad.dates;

import dyad.model.AnnotatedSentence;
import dyad.model.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Runs the cases in {@code dyad/dates/cases.txt} (format described at the top of that file), plus a few checks that
 * do not fit there.
 */
class TimeExpressionFinderTest {

    private static final String CASES = "/dyad/dates/cases.txt";
    private final TimeExpressionFinder finder = new TimeExpressionFinder();

    /** One case of cases.txt. */
    record Case(String name, int line, LocalDate dated, String text, String heads, List<String> expected) {
        @Override
        public String toString() {
            return name;
        }
    }

    @ParameterizedTest
    @MethodSource("cases")
    void finds(Case c) {
        AnnotatedSentence sentence = c.heads() == null
                ? SentenceFixture.sentence(c.text())
                : SentenceFixture.parsed(c.text(), c.heads());
        List<TimeExpression> found = finder.find(sentence, c.dated());
        List<String> actual = new ArrayList<>();
        for (TimeExpression t : found) {
            assertEquals(sentence.span(t.startToken(), t.endToken()), t.span(), "span of " + t);
            assertTrue(t.headToken() >= t.startToken() && t.headToken() < t.endToken(), "head inside " + t);
            assertEquals(t.date() != null, t.granularity().equals("day"), "a date exactly for days: " + t);
            actual.add(format(sentence, t));
        }
        assertEquals(String.join("\n", c.expected()), String.join("\n", actual),
                "cases.txt:" + c.line() + " " + c.name() + "\n  " + c.text());
    }

    /** {@code span | date or - | granularity | head word}, as in cases.txt. */
    static String format(AnnotatedSentence s, TimeExpression t) {
        return t.span().text() + " | " + (t.date() == null ? "-" : t.date().toString()) + " | " + t.granularity()
                + " | " + s.token(t.headToken()).word();
    }

    static Stream<Arguments> cases() throws IOException {
        List<Arguments> out = new ArrayList<>();
        try (InputStream in = TimeExpressionFinderTest.class.getResourceAsStream(CASES)) {
            assertNotNull(in, CASES);
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String name = null;
            int start = 0;
            LocalDate dated = null;
            String text = null;
            String heads = null;
            List<String> expected = null;      // non-null once "----" was read
            int lineNumber = 0;
            for (String line = r.readLine(); ; line = r.readLine()) {
                lineNumber++;
                boolean end = line == null || line.isBlank();
                if (end && name != null) {
                    String where = CASES + ":" + start + " ";
                    if (dated == null || text == null || expected == null) {
                        throw new IllegalStateException(where + "needs 'dated', 'text' and '----'");
                    }
                    out.add(Arguments.of(new Case(name, start, dated, text, heads, expected)));
                    name = null;
                    expected = null;
                }
                if (line == null) break;
                if (end || line.startsWith("#")) continue;
                if (expected != null) {
                    expected.add(line.trim());
                } else if (line.startsWith("case ")) {
                    name = line.substring(5).trim();
                    start = lineNumber;
                    dated = null;
                    text = null;
                    heads = null;
                } else if (name == null) {
                    throw new IllegalStateException(CASES + ":" + lineNumber + " expected 'case NAME'");
                } else if (line.startsWith("dated ")) {
                    dated = LocalDate.parse(line.substring(6).trim());
                } else if (line.startsWith("text ")) {
                    text = line.substring(5).trim();
                } else if (line.startsWith("heads ")) {
                    heads = line.substring(6).trim();
                } else if (line.trim().equals("----")) {
                    expected = new ArrayList<>();
                } else {
                    throw new IllegalStateException(CASES + ":" + lineNumber + " unexpected: " + line);
                }
            }
        }
        return out.stream();
    }

    @Test
    void spansCarryDocumentOffsets() {
        AnnotatedSentence s = SentenceFixture.sentenceAt("Clashes resumed on Sunday’s anniversary .", 500);
        List<TimeExpression> found = finder.find(s, LocalDate.of(2016, 3, 28));
        assertEquals(1, found.size());
        assertEquals(new Span("Sunday’s", 519, 527), found.get(0).span());
        assertEquals(3, found.get(0).headToken());
    }

    @Test
    void fixtureSplitsPossessivesQuotesAndFinalPunctuation() {
        AnnotatedSentence s = SentenceFixture.sentence("Putin hailed Sunday’s “admirable” win on Mar. 27, 2016.");
        List<String> words = s.tokens().stream().map(t -> t.word() + "/" + t.pos()).toList();
        assertEquals(List.of("Putin/NNP", "hailed/VBD", "Sunday/NNP", "’s/POS", "“/``", "admirable/JJ", "”/''",
                "win/NN", "on/IN", "Mar./NNP", "27/CD", ",/,", "2016/CD", "./."), words);
        assertEquals("Sunday", s.text().substring(s.token(2).start(), s.token(2).end()));
    }

    @Test
    void documentDateIsRequired() {
        assertThrows(NullPointerException.class, () -> finder.find(SentenceFixture.sentence("Today ."), null));
    }

    @Test
    void emptySentenceHasNoExpressions() {
        AnnotatedSentence empty = new AnnotatedSentence(0, "", 0, 0, List.of(), false);
        assertEquals(List.of(), finder.find(empty, LocalDate.of(2016, 3, 28)));
    }
}
