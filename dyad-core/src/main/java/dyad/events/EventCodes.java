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
        if (b != null && sameActor(a, b)) return;
        if (!Pattern.NULL_CODE.equals(code)) add(out, new EventMatch(trigger, pattern, a, b, negated, mode, contexts, modality, notes, code));
        if (paired != null && b != null) {
            List<String> n = new ArrayList<>(notes);
            n.add("paired event back from the target (" + pattern.code() + ":" + pattern.pairedCode() + ")");
            add(out, new EventMatch(trigger, pattern, b, a, negated, mode, contexts, modality, n, paired));
        }
    }

    /** Once each: a compound's pairs with a paired code ("[050:050]") meet the same event twice. */
    private static void add(List<EventMatch> out, EventMatch m) {
        for (EventMatch o : out) {
            if (o.code().equals(m.code()) && same(o.source(), m.source()) && same(o.target(), m.target())) return;
        }
        out.add(m);
    }

    /** The same actor: the same code and the same entity, the same words, or overlapping words. */
    static boolean sameActor(Actor a, Actor b) {
        if (!a.code().equals(b.code())) return false;
        if (a.entity() != null && a.entity().equals(b.entity())) return true;
        if (a.text().equalsIgnoreCase(b.text())) return true;
        return a.span().start() < b.span().end() && b.span().start() < a.span().end();
    }

    private static boolean same(Actor x, Actor y) {
        return x == null ? y == null : y != null && x.code().equals(y.code()) && x.span().equals(y.span());
    }
}
