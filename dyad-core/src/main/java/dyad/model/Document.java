package dyad.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One input document as read from a file, a JSON line or stdin.
 *
 * @param id     the document id (JSONL {@code id}, or the file name for plain files)
 * @param text   raw text, before cleaning
 * @param date   the story's date, or null when the input gave none
 * @param title  headline, or null
 * @param url    source address, or null
 * @param origin where it was read from, for messages: {@code file:line} or {@code file}
 */
public record Document(String id, String text, LocalDate date, String title, String url, String origin) {
    public Document {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        if (origin == null) origin = id;
    }

    public Document withDate(LocalDate newDate) {
        return new Document(id, text, newDate, title, url, origin);
    }
}
