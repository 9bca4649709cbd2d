package dyad.model;

/**
 * A wire-story dateline such as {@code MOSCOW (Reuters) -}, removed from the text and kept as metadata.
 *
 * @param text   the dateline as it stood
 * @param place  the place name ("MOSCOW"), or null
 * @param agency the news agency ("Reuters"), or null
 */
public record Dateline(String text, String place, String agency) {
}
