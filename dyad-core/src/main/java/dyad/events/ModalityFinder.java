package dyad.events;

import dyad.model.AnnotatedSentence;
import dyad.model.Modality;
import dyad.model.Token;

import java.util.List;
import java.util.Set;

/**
 * Finds whether a trigger is hypothetical or future from its clause: modal auxiliaries, conditional clauses, the
 * verbs of planning or considering it completes ("plans to impose", "is considering sanctions"), and what is asked
 * for or threatened ("urged Iran to release", "threatened to impose sanctions", "demanded that Russia withdraw"). Historical is
 * decided by the event's date ({@link EventAssembler}). Stateless.
 */
final class ModalityFinder {
    private static final Set<String> HYPOTHETICAL_AUX = Set.of("could", "would", "might", "may", "should", "'d");
    private static final Set<String> FUTURE_AUX = Set.of("will", "shall", "'ll", "wo");
    private static final Set<String> CONDITIONAL_MARKS = Set.of("if", "unless", "whether");
    /** Verbs whose complement has not happened (yet): "plans to visit", "threatens" is an event of its own. */
    private static final Set<String> INTENT = Set.of("plan", "intend", "aim", "prepare", "schedule", "hope", "want",
            "seek", "wish", "expect", "mean", "propose", "vow", "pledge", "promise", "decide", "resolve",
            "ready", "willing", "prepared", "eager", "keen", "determined");
    private static final Set<String> CONSIDER = Set.of("consider", "weigh", "mull", "contemplate", "debate", "discuss",
            "explore", "study", "examine");

    /** Verbs that ask for or threaten what their complement says: it has not happened ("urged Iran to release"). */
    private static final Set<String> ASKED = Set.of("urge", "ask", "demand", "call", "press", "request", "appeal",
            "push", "threaten", "warn", "insist", "implore", "beg", "encourage", "invite");

    /** Verbs that make their complement ongoing, not future: "will continue to provide". */
    private static final Set<String> ONGOING = Set.of("continue", "keep", "remain");

    private ModalityFinder() {
    }

    static Modality find(AnnotatedSentence s, int trigger) {
        boolean hypothetical = false;
        boolean future = false;
        int cur = trigger;
        for (int hop = 0; hop < 4 && cur >= 0; hop++) {
            Token t = s.token(cur);
            if (hop > 0 && ONGOING.contains(t.lemma().toLowerCase())) break;
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
                // "plans to visit" is the planner's intent; "staff want him to resign" is someone else's wish
                if (INTENT.contains(lemma)) {
                    if (hasObject(s, cur)) hypothetical = true;
                    else future = true;
                }
                if (CONSIDER.contains(lemma) || ASKED.contains(lemma)) hypothetical = true;
            }
            if (t.rel().equals("advcl") && hasMark(s, cur, CONDITIONAL_MARKS)) hypothetical = true;
            boolean askedClause = t.rel().equals("ccomp") && t.head() >= 0
                    && ASKED.contains(s.token(t.head()).lemma().toLowerCase());
            if (!t.rel().equals("xcomp") && !askedClause && !(t.rel().equals("obj") && hop == 0 && t.isNoun())) break;
            cur = t.head();
        }
        return new Modality(hypothetical, future, false);
    }

    private static boolean hasObject(AnnotatedSentence s, int v) {
        for (Token c : s.children(v)) if (c.rel().equals("obj")) return true;
        return false;
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
