package dyad.model;

import java.util.List;

/**
 * A document after cleaning: the text that all output offsets refer to, plus what cleaning removed.
 *
 * @param document the input document (raw text included)
 * @param text     cleaned text
 * @param dateline the dateline found at the start of the story, or null
 * @param removed  the pieces of junk removed, each labelled by the rule that removed it ("shortcode: [wpResize]")
 */
public record CleanDocument(Document document, String text, Dateline dateline, List<String> removed) {
    public CleanDocument {
        removed = List.copyOf(removed);
    }
}
