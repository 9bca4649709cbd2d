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
 */
public record GoldRecord(String id, String text, LocalDate date, String split, String url, List<GoldEvent> events,
                         String conllu, String origin) {
    public GoldRecord {
        events = List.copyOf(events);
    }
}
