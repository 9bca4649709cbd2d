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
 * @param page   what was read from the web page it came from (site, language, extraction), or null when it was
 *               not a page
 */
public record Document(String id, String text, LocalDate date, String title, String url, String origin, PageInfo page) {
    public Document {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        if (origin == null) origin = id;
    }

    /** A document that is not a web page. */
    public Document(String id, String text, LocalDate date, String title, String url, String origin) {
        this(id, text, date, title, url, origin, null);
    }

    public Document withDate(LocalDate newDate) {
        return new Document(id, text, newDate, title, url, origin, page);
    }
}
