package dyad.events;

import dyad.model.AnnotatedSentence;
import dyad.model.Modality;
import dyad.model.Token;

import java.util.List;
import java.util.Set;

/**
 * Finds whether a trigger is hypothetical or future from its clause: modal auxiliaries, conditional clauses, and
 * the verbs of planning or considering it completes ("plans to impose", "is considering sanctions"). Historical is
 * decided by the event's date ({@link EventStage}). Stateless.
 */
final class ModalityFinder {
    private static final Set<String> HYPOTHETICAL_AUX = Set.of("could", "would", "might", "may", "should", "'d");
    private static final Set<String> FUTURE_AUX = Set.of("will", "shall", "'ll", "wo");
    private static final Set<String> CONDITIONAL_MARKS = Set.of("if", "unless", "whether");
    /** Verbs whose complement has not happened (yet): "plans to visit", "threatens" is an event of its own. */
    private static final Set<String> INTENT = Set.of("plan", "intend", "aim", "prepare", "schedule", "hope", "want",
            "seek", "wish", "expect", "mean", "propose", "vow", "pledge", "promise", "decide", "resolve");
    private static final Set<String> CONSIDER = Set.of("consider", "weigh", "mull", "contemplate", "debate", "discuss",
            "explore", "study", "examine");

    private ModalityFinder() {
    }

    static Modality find(AnnotatedSentence s, int trigger) {
        boolean hypothetical = false;
        boolean future = false;
        int cur = trigger;
        for (int hop = 0; hop < 4 && cur >= 0; hop++) {
            Token t = s.token(cur);
            for (Token c : s.children(cur)) {
                String w = c.word().toLowerCase();
                if (c.rel().startsWith("aux")) {
                    if (HYPOTHETICAL_AUX.contains(w)) hypothetical = true;
                    if (FUTURE_AUX.contains(w)) future = true;
                }
            }
            // "be going to impose": going is the head, the trigger its xcomp
            if (hop > 0 && t.word().equalsIgnoreCase("going") && hasAuxBe(s, cur)) future = true;
            if (hop > 0) {
                String lemma = t.lemma().toLowerCase();
                if (INTENT.contains(lemma)) future = true;
                if (CONSIDER.contains(lemma)) hypothetical = true;
            }
            if (t.rel().equals("advcl") && hasMark(s, cur, CONDITIONAL_MARKS)) hypothetical = true;
            if (!t.rel().equals("xcomp") && !(t.rel().equals("obj") && hop == 0 && t.isNoun())) break;
            cur = t.head();
        }
        return new Modality(hypothetical, future, false);
    }

    private static boolean hasAuxBe(AnnotatedSentence s, int v) {
        for (Token c : s.children(v)) if (c.rel().startsWith("aux") && c.lemma().equals("be")) return true;
        return false;
    }

    private static boolean hasMark(AnnotatedSentence s, int v, Set<String> words) {
        List<Token> cs = s.children(v);
        for (Token c : cs) if (c.rel().equals("mark") && words.contains(c.word().toLowerCase())) return true;
        return false;
    }
}
