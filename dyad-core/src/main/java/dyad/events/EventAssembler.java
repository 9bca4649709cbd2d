package dyad.events;

import dyad.dates.EventDater;
import dyad.model.AnnotatedSentence;
import dyad.model.CameoCode;
import dyad.model.EventDraft;
import dyad.model.Modality;
import dyad.model.Span;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns an {@link EventMatch} into an {@link EventDraft}: ontology row, date, modality, evidence. The later stages
 * complete the draft; its id is computed when it is built ({@link EventDraft#build()}).
 */
public final class EventAssembler {

    public EventDraft assemble(String docId, AnnotatedSentence s, EventMatch m, CameoCode cameo, EventDater.Dated dated,
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
                    || (dated.year() != 0 && dated.year() < documentDate.getYear() - 1)
                    // "last year", "in 2018": news names recent events by day, week or month; a past year as a whole
                    // is background
                    || (dated.wholeYear() && dated.year() < documentDate.getYear())) modality = modality.withHistorical(true);
            if (dated.date().isAfter(documentDate)) modality = modality.withFuture(true);
        }
        // "a UN rapporteur who had investigated the case": a past perfect in a relative clause describes whom the story
        // speaks of, unless a time expression dates it ("who had attacked a convoy on Monday")
        if (!dated.timed() && pluperfectRelative(s, m.trigger())) modality = modality.withHistorical(true);
        for (String mod : modality.names()) notes.add(mod + ": " + modalityReason(mod));
        return new EventDraft(docId, s.index(), s.text(), dated.date(), m.source(), m.target(), coded, trigger, m.negated(),
                modality, m.pattern().id() + " (" + m.pattern().source() + ")" + (conditions.isEmpty() ? "" : ": " + conditions),
                dated.rule(), notes);
    }

    /**
     * A future cooperative event recoded as the statement of intent it is ("will hold talks" -> 036): asserted, no
     * longer future, the original code in the evidence.
     */
    public void asIntent(EventDraft e, CameoCode intent) {
        e.dropNotes("future: ");
        e.recode(intent, e.modality().withFuture(false), "future " + e.cameo().code() + " (" + e.cameo().name()
                + ") coded as the intent " + intent.code() + ", CAMEO's rule for announced cooperation");
    }

    /** Whether the trigger (or the verb its complement chain leads to) is a past perfect relative clause. */
    private static boolean pluperfectRelative(AnnotatedSentence s, int trigger) {
        int cur = trigger;
        for (int hop = 0; hop < 3 && cur >= 0; hop++) {
            boolean pluperfect = s.children(cur).stream().anyMatch(c -> c.rel().equals("aux") && c.word().equalsIgnoreCase("had"));
            if (pluperfect && s.token(cur).rel().equals("acl:relcl")) return true;
            if (!s.token(cur).rel().equals("xcomp")) break;
            cur = s.token(cur).head();
        }
        return false;
    }

    private static String modalityReason(String mode) {
        return switch (mode) {
            case "hypothetical" -> "modal verb, condition or 'consider' in the trigger's clause";
            case "future" -> "'will', a verb of planning or intent, or a date after the story's";
            default -> "the event's date (or year) is more than a year before the story's, a past year is named as a whole ('last year', 'in 2018'), or its clause tells background "
                    + "('previously', 'before', 'in the history of', a past perfect in a relative clause)";
        };
    }
}
