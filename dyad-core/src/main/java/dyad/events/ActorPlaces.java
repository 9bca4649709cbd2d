package dyad.events;

import dyad.actors.SentenceActors;
import dyad.model.AnnotatedSentence;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Where a pattern's words put the actors ({@code $ + ^ %} of PETRARCH patterns), over the subjects the parse gives.
 *
 * @param sources         heads of the source phrases
 * @param target          head of the target phrase the pattern names, or -1 (then the target is looked for)
 * @param skipped         heads of actors the pattern passes over ({@code ^})
 * @param compoundSubject the pattern asks for a compound subject ({@code % *}): one event per ordered pair of its members
 */
record ActorPlaces(List<Integer> sources, int target, Set<Integer> skipped, boolean compoundSubject) {
    ActorPlaces {
        sources = List.copyOf(sources);
        skipped = Set.copyOf(skipped);
    }

    static ActorPlaces of(SentenceActors sa, int trigger, WordPatternMatcher.Match wm, List<Integer> subjects, List<String> notes) {
        if (wm == null) return new ActorPlaces(subjects, -1, Set.of(), false);
        AnnotatedSentence s = sa.sentence();
        List<Integer> sources = subjects;
        int target = -1;
        Set<Integer> skipped = new HashSet<>();
        boolean compound = false;
        for (int k : wm.skipped()) skipped.add(ClauseActors.head(sa, k));
        if (wm.compound() >= 0 && wm.compoundBefore()) {
            sources = List.of(ClauseActors.head(sa, wm.compound()));
            compound = true;
            notes.add("pattern: compound subject, one event per ordered pair");
        } else if (wm.compound() >= 0) {
            target = ClauseActors.head(sa, wm.compound());
        }
        if (wm.source() >= 0) {
            int src = ClauseActors.head(sa, wm.source());
            if (wm.target() < 0 && target < 0 && !subjects.isEmpty() && !subjects.contains(src)) {
                target = subjects.get(0); // "* {MAY DAY} $": the subject is the target
            }
            sources = List.of(src);
            notes.add("pattern: source at '" + s.token(wm.source()).word() + "'");
        }
        if (wm.target() >= 0) {
            target = ClauseActors.head(sa, wm.target());
            notes.add("pattern: target at '" + s.token(wm.target()).word() + "'");
            if (wm.source() < 0 && sources.contains(target)) {
                // "+ * ...": the subject is the target; the source is the next actor after the verb
                int k = ClauseActors.first(sa, trigger, false, Set.of(target));
                sources = k < 0 ? List.of() : List.of(k);
            }
        }
        return new ActorPlaces(sources, target, skipped, compound);
    }
}
