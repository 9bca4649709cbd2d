package dyad.events;

import dyad.dates.EventDater;
import dyad.model.AnnotatedSentence;
import dyad.model.CameoCode;
import dyad.model.Event;
import dyad.model.Modality;
import dyad.model.Span;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/** Turns an {@link EventMatch} into an {@link Event}: ontology row, date, deterministic id, evidence. */
public final class EventAssembler {

    public Event assemble(String docId, AnnotatedSentence s, EventMatch m, CameoCode cameo, EventDater.Dated dated,
                          LocalDate documentDate) {
        Span trigger = s.span(m.trigger(), m.trigger() + 1);
        List<String> notes = new ArrayList<>(m.notes());
        notes.add(0, "source: " + m.source().rule());
        if (m.target() != null) notes.add(1, "target: " + m.target().rule());
        if (m.mode() != null) notes.add("mode '" + m.mode() + "' from the pattern's cue words");
        String conditions = m.pattern().constraints().stream().map(Object::toString).reduce((a, b) -> a + " " + b).orElse("");
        if (!m.contexts().isEmpty()) notes.add("context " + m.contexts() + " from the pattern");
        CameoCode coded = cameo;
        if (m.mode() != null || !m.contexts().isEmpty()) {
            java.util.TreeSet<String> contexts = new java.util.TreeSet<>(cameo.ploverContext());
            contexts.addAll(m.contexts());
            coded = new CameoCode(cameo.code(), cameo.name(), cameo.goldstein(), cameo.quadClass(), cameo.ploverEvent(),
                    m.mode() == null ? cameo.ploverMode() : m.mode(), List.copyOf(contexts));
        }
        Modality modality = m.modality();
        if (documentDate != null && dated.date() != null) {
            // a story recalling a war decades ago; a date after the story's own is an announcement
            if (dated.date().isBefore(documentDate.minusYears(1))
                    || (dated.year() != 0 && dated.year() < documentDate.getYear() - 1)) modality = modality.withHistorical(true);
            if (dated.date().isAfter(documentDate)) modality = modality.withFuture(true);
        }
        for (String mod : modality.names()) notes.add(mod + ": " + modalityReason(mod));
        Event.Evidence evidence = new Event.Evidence(m.pattern().id() + " (" + m.pattern().source() + ")"
                + (conditions.isEmpty() ? "" : ": " + conditions), dated.rule(), notes);
        return new Event(id(docId, s.index(), trigger.start(), m), docId, s.index(), s.text(), dated.date(),
                m.source(), m.target(), coded, trigger, m.negated(), modality, evidence);
    }

    /**
     * A future cooperative event recoded as the statement of intent it is ("will hold talks" -> 036): asserted, no
     * longer future, the original code in the evidence.
     */
    public Event asIntent(Event e, CameoCode intent) {
        List<String> notes = new ArrayList<>(e.evidence().notes());
        notes.removeIf(n -> n.startsWith("future: "));
        notes.add("future " + e.cameo().code() + " (" + e.cameo().name() + ") coded as the intent " + intent.code()
                + ", CAMEO's rule for announced cooperation");
        Event.Evidence ev = new Event.Evidence(e.evidence().pattern(), e.evidence().dateRule(), notes);
        return new Event(e.eventId(), e.docId(), e.sentenceIndex(), e.sentence(), e.date(), e.source(), e.target(), intent,
                e.trigger(), e.negated(), e.modality().withFuture(false), ev, e.location());
    }

    private static String modalityReason(String mode) {
        return switch (mode) {
            case "hypothetical" -> "modal verb, condition or 'consider' in the trigger's clause";
            case "future" -> "'will', a verb of planning or intent, or a date after the story's";
            default -> "the event's date (or year) is more than a year before the story's";
        };
    }

    /** A deterministic id: a hash of the document, trigger position, actors and code. */
    static String id(String docId, int sentence, int triggerStart, EventMatch m) {
        String key = docId + "\u0000" + sentence + "\u0000" + triggerStart + "\u0000" + m.code() + "\u0000"
                + m.source().code().code() + "\u0000" + m.source().span().start() + "\u0000"
                + (m.target() == null ? "-" : m.target().code().code() + "\u0000" + m.target().span().start());
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(h, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
