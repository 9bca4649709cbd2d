package dyad.dates;

import dyad.model.Span;

import java.time.LocalDate;

/**
 * A time expression found in a sentence.
 *
 * @param startToken  first token (inclusive)
 * @param endToken    last token (exclusive)
 * @param headToken   the token that carries the expression in a dependency tree ("Monday" in "on Monday")
 * @param span        the words
 * @param date        the day it resolves to, or null when it is not a single day ("last year", "in March")
 * @param granularity "day", "week", "month", "year", or "other"
 */
public record TimeExpression(int startToken, int endToken, int headToken, Span span, LocalDate date, String granularity) {
}
