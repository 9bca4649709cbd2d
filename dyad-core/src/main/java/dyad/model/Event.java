package dyad.model;

import java.time.LocalDate;
import java.util.List;

/**
 * One coded event: who did what to whom, when, and why Dyad thinks so.
 *
 * @param eventId       deterministic id, hashed from the final document id, sentence, trigger, code and actors
 *                      ({@link EventDraft#build()})
 * @param docId         input document id
 * @param sentenceIndex 0-based sentence index in the cleaned text
 * @param sentence      the sentence text
 * @param date          when it happened (resolved time expression, else the document date)
 * @param source        who acted
 * @param target        to whom, or null
 * @param cameo         the CAMEO code with Goldstein, QuadClass and its PLOVER mapping
 * @param trigger       the word(s) that evoked the event
 * @param negated       whether the trigger was negated ("did not agree")
 * @param modality      hypothetical, future or historical (PLOVER's auxiliary modes); {@link Modality#ASSERTED} for a
 *                      reported, actual event
 * @param evidence      why: the rule and dictionary entries used
 * @param location      where it happened, or null when the text does not say
 */
public record Event(String eventId, String docId, int sentenceIndex, String sentence, LocalDate date,
                    Actor source, Actor target, CameoCode cameo, Span trigger, boolean negated,
                    Modality modality, Evidence evidence, Location location) {

    /** An event whose location is not (yet) known. */
    public Event(String eventId, String docId, int sentenceIndex, String sentence, LocalDate date,
                 Actor source, Actor target, CameoCode cameo, Span trigger, boolean negated, Modality modality,
                 Evidence evidence) {
        this(eventId, docId, sentenceIndex, sentence, date, source, target, cameo, trigger, negated, modality, evidence, null);
    }

    /**
     * Why the event was coded.
     *
     * @param pattern   the id of the event pattern that fired, with its file:line
     * @param dateRule  how the date was chosen ("time expression 'on Sunday'", "document date")
     * @param notes     further remarks (compound pairs, inherited subjects...)
     */
    public record Evidence(String pattern, String dateRule, List<String> notes) {
        public Evidence {
            notes = List.copyOf(notes);
        }
    }
}
