package dyad.eval;

import java.time.LocalDate;
import java.util.List;

/**
 * One gold document: the text given to {@code dyad code} under {@code id}, and every event a coder found in it (none
 * for a text without political events).
 *
 * @param id     the document id: Dyad's events link to the record through their {@code doc_id}
 * @param text   the text
 * @param date   the document date, or null
 * @param split  "dev", "test" or another name, or null
 * @param url    where the text comes from, or null
 * @param events the dyadic gold events, in file order
 * @param conllu the record's dependency parse as CoNLL-U token lines where the gold gives one (PETRARCH XML), else null
 * @param origin file:line of the record
 * @param story  the story the text is a sentence of ({@code source_doc}), or null: {@code --make-input} gives the
 *               coder a story's sentences as one document, and its events are scored by the sentence they are in
 * @param set    the part of the gold the record belongs to ({@code set}: "stories", "sentences", "written"), or null
 */
public record GoldRecord(String id, String text, LocalDate date, String split, String url, List<GoldEvent> events,
                         String conllu, String origin, String story, String set) {
    public GoldRecord {
        events = List.copyOf(events);
    }

    /** A record that belongs to no story and no named set. */
    public GoldRecord(String id, String text, LocalDate date, String split, String url, List<GoldEvent> events,
                      String conllu, String origin) {
        this(id, text, date, split, url, events, conllu, origin, null, null);
    }
}
