package dyad.web;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The benchmark's measure, on cases small enough to count by hand. */
class BodyScoreTest {
    @Test
    void shinglesOfFourTokensAreCountedAndNormalised() {
        BodyScore same = BodyScore.of("One two, three four five.", "one two three four five");
        assertEquals(0.5, same.precision(), 1e-9, "tokens are case-sensitive: 'One' differs, so 1 of 2 shingles is shared");
        BodyScore exact = BodyScore.of("a b c d e", "a b c d e");
        assertEquals(1.0, exact.precision());
        assertEquals(1.0, exact.recall());
        BodyScore extra = BodyScore.of("a b c d e", "a b c d e f g");
        assertEquals(2.0 / 4, extra.precision(), 1e-9);
        assertEquals(1.0, extra.recall());
        assertEquals(1.0, extra.tp() + extra.fp() + extra.fn(), 1e-9, "a page's counts are normalised");
        BodyScore nothing = BodyScore.of("a b c d e", "");
        assertEquals(0.0, nothing.recall());
        assertEquals(1, BodyScore.of("a b", "a b").tp() > 0 ? 1 : 0, "a text shorter than four tokens is one shingle");
    }

    @Test
    void precisionAndRecallAreMeansOverPagesAndF1TheirHarmonicMean() {
        BodyScore.Summary s = BodyScore.summarise(List.of(BodyScore.of("a b c d e", "a b c d e f g"), BodyScore.of("a b c d e", "")));
        assertEquals(0.5, s.precision(), 1e-9, "a page that extracted nothing has no precision");
        assertEquals(0.5, s.recall(), 1e-9);
        assertEquals(0.5, s.f1(), 1e-9);
    }
}
