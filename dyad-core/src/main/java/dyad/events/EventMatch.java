package dyad.events;

import dyad.model.Actor;
import dyad.model.Modality;

import java.util.List;

/**
 * An event found in a sentence, before dating and ontology lookup.
 *
 * @param trigger  trigger token index
 * @param pattern  the pattern that fired
 * @param source   who acted
 * @param target   to whom, or null
 * @param negated  whether the trigger is negated
 * @param mode     PLOVER mode set by the pattern's cues, or null
 * @param contexts PLOVER contexts added by the pattern's cues
 * @param modality hypothetical / future (historical is decided after dating)
 * @param notes    how the arguments were found (inherited subject, compound pair, position fallback...)
 * @param code     the event's CAMEO code: the pattern's, its paired code for the event back from the target, or the
 *                 code a negation turned it into
 */
public record EventMatch(int trigger, Pattern pattern, Actor source, Actor target, boolean negated, String mode,
                         List<String> contexts, Modality modality, List<String> notes, String code) {
    public EventMatch {
        contexts = List.copyOf(contexts);
        notes = List.copyOf(notes);
    }

    /** An event with the pattern's code. */
    public EventMatch(int trigger, Pattern pattern, Actor source, Actor target, boolean negated, String mode,
                      List<String> contexts, Modality modality, List<String> notes) {
        this(trigger, pattern, source, target, negated, mode, contexts, modality, notes, pattern.code());
    }
}
