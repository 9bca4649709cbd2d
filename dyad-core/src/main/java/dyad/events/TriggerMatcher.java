package dyad.events;

import dyad.actors.SentenceActors;
import dyad.model.AnnotatedSentence;
import dyad.model.Token;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds the pattern that fires at a token: the most specific pattern whose trigger and conditions hold there.
 * Patterns triggered by the written form ("left") come before those triggered by the lemma ("leave") when equally
 * specific. Stateless; thread-safe.
 */
final class TriggerMatcher {
    private final PatternSet patterns;
    private final WordPatternMatcher wordMatcher = new WordPatternMatcher();
    /** Each pattern's specificity, computed once (the matching loop asks for it for every candidate of every token). */
    private final java.util.IdentityHashMap<Pattern, Integer> specificity = new java.util.IdentityHashMap<>();

    TriggerMatcher(PatternSet patterns) {
        this.patterns = patterns;
        for (Pattern p : patterns.all()) specificity.put(p, p.specificity());
    }

    private int specificity(Pattern p) {
        Integer n = specificity.get(p);
        return n != null ? n : p.specificity();
    }

    /** A pattern that holds at a token, with what its words said about the actors (null when it names none). */
    record Fired(Pattern pattern, WordPatternMatcher.Match words) {
    }

    PatternSet patterns() {
        return patterns;
    }

    /** The most specific pattern that holds at token {@code t}, or null. */
    Fired match(SentenceActors sa, Token t) {
        AnnotatedSentence s = sa.sentence();
        String word = t.word().toLowerCase();
        String lemma = t.lemma().toLowerCase();
        List<Pattern> byForm = patterns.forForm(word);
        List<Pattern> candidates = patterns.forLemma(lemma);
        if (!byForm.isEmpty()) {
            List<Pattern> merged = new ArrayList<>(byForm);
            for (Pattern p : candidates) if (!byForm.contains(p)) merged.add(p);
            merged.sort(Comparator.comparingInt(this::specificity).reversed());
            candidates = merged;
        }
        if (candidates.isEmpty()) return null;
        Fired best = null;
        int bestScore = -1;
        WordPatternMatcher.Domains domains = null;
        for (Pattern p : candidates) {
            int spec = specificity(p);
            if (spec <= bestScore) break; // no later pattern can be more specific
            if (!p.kind().accepts(t)) continue;
            if (!p.noun() && t.rel().equals("amod")) continue; // "Western-backed opposition" is not an event
            if (!p.forms().isEmpty() && !p.forms().contains(word) && !Inflections.verbForm(word, lemma)) continue;
            if (!holds(sa, t.index(), p)) continue;
            WordPatternMatcher.Match wm = null;
            int score = spec;
            if (p.words() != null) {
                if (domains == null) domains = WordPatternMatcher.Domains.of(s, t.index());
                wm = wordMatcher.match(p.words(), sa, t.index(), domains);
                if (wm == null) continue;
                // a synonym set counts the member that matched ("austrian gold florin" over "florin")
                score = spec - p.words().words() + wm.words();
            }
            if (score > bestScore) {
                best = new Fired(p, wm);
                bestScore = score;
            }
        }
        return best;
    }

    private static boolean holds(SentenceActors sa, int trigger, Pattern p) {
        for (Constraint c : p.constraints()) {
            if (!c.satisfied(sa.tree(), trigger)) return false;
        }
        return true;
    }
}
