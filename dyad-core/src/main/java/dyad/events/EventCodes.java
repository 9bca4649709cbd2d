package dyad.events;

import dyad.model.Actor;
import dyad.model.Modality;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The event codes of a fired pattern: its code, its paired code for the event back from the target (PETRARCH's
 * {@code [042:043]}), or what a negation turns them into; {@link #emit} makes the events, each once.
 */
record EventCodes(int trigger, Pattern pattern, boolean negated, String mode, List<String> contexts, Modality modality,
                  List<String> notes, String code, String paired) {

    /** With {@code negatedCode} (PETRARCH's PICO table) a negated pattern codes "not X" instead of being marked negated. */
    static EventCodes of(int trigger, Pattern p, String code, boolean negated, String mode, List<String> contexts, Modality modality,
                         List<String> notes, UnaryOperator<String> negatedCode) {
        String paired = p.pairedCode();
        if (negated && negatedCode != null) {
            String nc = p.codesNothing() ? null : negatedCode.apply(code);
            String np = paired == null ? null : negatedCode.apply(paired);
            if (nc != null || np != null) {
                notes.add("negated: code " + code + " becomes " + (nc == null ? "nothing" : nc));
                return new EventCodes(trigger, p, false, mode, contexts, modality, notes, nc == null ? Pattern.NULL_CODE : nc, np);
            }
        }
        return new EventCodes(trigger, p, negated, mode, contexts, modality, notes, code, paired);
    }

    /**
     * The event a to b, and its paired event b to a; none from an actor to itself. Two actors of the same code are
     * different actors when they are different words for different entities ("the interior minister criticised the
     * finance minister": USAGOV to USAGOV).
     */
    void emit(List<EventMatch> out, Actor a, Actor b) {
        if (b != null && a.sameAs(b)) return;
        if (!Pattern.NULL_CODE.equals(code)) add(out, new EventMatch(trigger, pattern, a, b, negated, mode, contexts, modality, notes, code));
        if (paired != null && b != null) {
            List<String> n = new ArrayList<>(notes);
            n.add("paired event back from the target (" + pattern.code() + ":" + pattern.pairedCode() + ")");
            add(out, new EventMatch(trigger, pattern, b, a, negated, mode, contexts, modality, n, paired));
        }
    }

    /**
     * Once each: a compound's pairs with a paired code ("[050:050]") meet the same event twice, and one entity named
     * twice in a slot ("the Kurdistan Workers' Party (PKK)") is one actor.
     */
    private static void add(List<EventMatch> out, EventMatch m) {
        for (EventMatch o : out) {
            if (o.code().equals(m.code()) && same(o.source(), m.source()) && same(o.target(), m.target())) return;
        }
        out.add(m);
    }

    private static boolean same(Actor x, Actor y) {
        return x == null ? y == null : y != null && x.sameAs(y);
    }
}
