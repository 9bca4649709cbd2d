package dyad.coder;

import dyad.geo.GeoResult;
import dyad.model.CleanDocument;
import dyad.model.Document;
import dyad.model.Event;

import java.util.List;

/**
 * What coding one document gave.
 *
 * @param document  the input
 * @param clean     the cleaned document, or null when it was skipped before cleaning finished
 * @param events    coded events, in sentence and trigger order
 * @param skipped   why the document was skipped, or null when it was coded
 * @param sentenceTexts the sentences of the cleaned text, in order
 * @param parsed    number of sentences that were parsed (had an actor and a trigger candidate)
 * @param negated   negated events dropped (or kept, when the coder keeps them)
 * @param modal     hypothetical, future and historical events dropped (or kept, when the coder keeps them)
 * @param times     nanoseconds spent per stage
 * @param places    the document's toponyms and how each was resolved ({@link GeoResult#NONE} without a gazetteer)
 */
public record DocumentResult(Document document, CleanDocument clean, List<Event> events, String skipped,
                             List<String> sentenceTexts, int parsed, int negated, int modal, StageTimes times, GeoResult places) {
    public DocumentResult {
        events = List.copyOf(events);
        sentenceTexts = List.copyOf(sentenceTexts);
    }

    /** Number of sentences. */
    public int sentences() {
        return sentenceTexts.size();
    }

    public boolean coded() {
        return skipped == null;
    }

    public static DocumentResult skipped(Document d, String reason) {
        return new DocumentResult(d, null, List.of(), reason, List.of(), 0, 0, 0, StageTimes.ZERO, GeoResult.NONE);
    }

    /** Nanoseconds per stage for one document ({@code geo}: toponyms, their resolution and event locations). */
    public record StageTimes(long clean, long nlp, long actorsEvents, long dates, long geo) {
        public static final StageTimes ZERO = new StageTimes(0, 0, 0, 0, 0);

        public StageTimes plus(StageTimes o) {
            return new StageTimes(clean + o.clean, nlp + o.nlp, actorsEvents + o.actorsEvents, dates + o.dates, geo + o.geo);
        }

        public long total() {
            return clean + nlp + actorsEvents + dates + geo;
        }
    }
}
