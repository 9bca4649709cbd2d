package dyad.events;

import dyad.model.AnnotatedSentence;
import dyad.model.Token;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * PETRARCH codes a clause once: an event whose verb lies inside the clause of another coded event's verb (its
 * complement, infinitive or subordinate clause, not a conjoined verb) is left out. "Falastur noted that Cirith Ungol
 * regretted Eriador's refusal" is the noting only; "condemned the attack and promised aid" is two events.
 */
final class NestedEvents {
    private NestedEvents() {
    }

    static List<EventMatch> outermost(AnnotatedSentence s, List<EventMatch> events) {
        Set<Integer> triggers = new HashSet<>();
        for (EventMatch m : events) triggers.add(m.trigger());
        List<EventMatch> out = new ArrayList<>();
        for (EventMatch m : events) {
            if (!inside(s, m.trigger(), triggers)) out.add(m);
        }
        return out;
    }

    private static boolean inside(AnnotatedSentence s, int trigger, Set<Integer> triggers) {
        int cur = trigger;
        for (int i = 0; i < s.size(); i++) {
            Token t = s.token(cur);
            if (t.head() < 0 || t.rel().equals("conj") || t.rel().equals("parataxis")) return false;
            cur = t.head();
            if (triggers.contains(cur)) return true;
        }
        return false;
    }
}
