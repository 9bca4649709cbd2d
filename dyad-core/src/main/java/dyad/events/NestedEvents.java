package dyad.events;

import dyad.model.AnnotatedSentence;
import dyad.model.Token;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * PETRARCH codes a clause once: of two events whose verbs nest (one inside the other's complement, infinitive or
 * subordinate clause; not conjoined verbs), one is coded. The outer one, as a rule ("Falastur noted that Cirith Ungol
 * regretted Eriador's refusal" is the noting); the inner one when its pattern names words and the outer verb is
 * coded by itself alone ("Mordor will be hosting Osgiliath to celebrate May Day with Eriador" is the celebration).
 * "Condemned the attack and promised aid" is two events.
 */
final class NestedEvents {
    private NestedEvents() {
    }

    static List<EventMatch> outermost(AnnotatedSentence s, List<EventMatch> events) {
        Map<Integer, Pattern> byTrigger = new HashMap<>();
        for (EventMatch m : events) byTrigger.putIfAbsent(m.trigger(), m.pattern());
        Set<Integer> dropped = new HashSet<>();
        for (int trigger : byTrigger.keySet()) {
            int outer = enclosing(s, trigger, byTrigger.keySet());
            if (outer < 0) continue;
            if (specific(byTrigger.get(trigger)) && !specific(byTrigger.get(outer))) dropped.add(outer);
            else dropped.add(trigger);
        }
        List<EventMatch> out = new ArrayList<>();
        for (EventMatch m : events) if (!dropped.contains(m.trigger())) out.add(m);
        return out;
    }

    private static boolean specific(Pattern p) {
        return p.specificity() > 0;
    }

    /** The nearest coded verb whose clause holds the trigger, or -1. */
    private static int enclosing(AnnotatedSentence s, int trigger, Set<Integer> triggers) {
        int cur = trigger;
        for (int i = 0; i < s.size(); i++) {
            Token t = s.token(cur);
            if (t.head() < 0 || t.rel().equals("conj") || t.rel().equals("parataxis")) return -1;
            cur = t.head();
            if (triggers.contains(cur)) return cur;
        }
        return -1;
    }
}
