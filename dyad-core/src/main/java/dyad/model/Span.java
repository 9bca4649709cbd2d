package dyad.model;

/** A piece of the cleaned text: the words and their character offsets [start, end). */
public record Span(String text, int start, int end) {
}
