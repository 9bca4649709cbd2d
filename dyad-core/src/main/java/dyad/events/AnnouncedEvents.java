package dyad.events;

import dyad.model.DependencyTree;
import dyad.model.Modality;
import dyad.model.Token;
import dyad.ontology.Ontology;

import java.util.List;

/**
 * CAMEO's conventions for events that are announced rather than done, read off the tree (the ontology's
 * {@code threat} and {@code refusal} columns say what each code becomes):
 * <ul>
 *   <li>an announced refusal of cooperation is a rejection: "Iran will not hold talks with the US" is 125, not a
 *       negated 040;</li>
 *   <li>a conflict event announced under a condition, or announced by its own actor, is a threat: "will expel the
 *       diplomats unless ..." (1313), "Turkey said it would launch an offensive" (1384).</li>
 * </ul>
 * What a verb of asking or threatening governs is left alone: "threatened to impose sanctions" is coded by
 * "threatened". Announced cooperation becoming an intent (036 for "will meet") depends on the event's date too, so it
 * is decided after dating ({@link IntentCodes}). Stateless.
 */
final class AnnouncedEvents {
    /** What an event becomes: its code, whether it is negated, its modality. */
    record Recoded(String code, boolean negated, Modality modality) {
    }

    private AnnouncedEvents() {
    }

    static Recoded recode(DependencyTree s, int trigger, String code, boolean negated, Modality modality, Ontology ontology,
                          Conventions words, List<String> notes) {
        Ontology.CodingConventions c = ontology.conventions(code);
        if (governedByAsking(s, trigger, words)) return new Recoded(code, negated, modality);
        if (negated && modality.future() && !modality.hypothetical() && c.refusal() != null) {
            notes.add("rule announced-refusal: 'will not' " + code + " is the refusal " + c.refusal());
            return new Recoded(c.refusal(), false, Modality.ASSERTED);
        }
        if (negated && !modality.hypothetical() && c.refusal() != null && answersDemand(s, trigger, words)) {
            // "did not accede to the protesters' demands", "has not met the strikers' demands"
            notes.add("rule refused-demand: not yielding to a demand (" + code + ") is the refusal " + c.refusal());
            return new Recoded(c.refusal(), false, Modality.ASSERTED);
        }
        if (!negated && (modality.future() || modality.hypothetical()) && c.threat() != null) {
            boolean conditional = conditional(s, trigger, words);
            if (conditional || announcedBySpeaker(s, trigger, words)) {
                notes.add("rule announced-threat: " + (conditional ? "a conflict event under a condition" : "a conflict event its actor announces")
                        + " is the threat " + c.threat());
                return new Recoded(c.threat(), false, Modality.ASSERTED);
            }
        }
        return new Recoded(code, negated, modality);
    }

    /** Whether the trigger's object or phrase is a demand ("accede to demands", "meet the demands", "heed calls"). */
    private static boolean answersDemand(DependencyTree s, int trigger, Conventions words) {
        for (Token c : s.children(trigger)) {
            if ((c.rel().equals("obj") || c.baseRel().equals("obl")) && words.has("demand-nouns", c.lemma())) return true;
        }
        return false;
    }

    /** Whether the trigger's clause (or a verb it completes) has an "if" or "unless" clause. */
    private static boolean conditional(DependencyTree s, int trigger, Conventions words) {
        int cur = trigger;
        for (int hop = 0; hop < 3 && cur >= 0; hop++) {
            for (Token c : s.children(cur)) {
                if (c.rel().equals("advcl") && s.hasMark(c.index(), words.words("conditional-marks"))) return true;
            }
            if (!s.token(cur).rel().equals("xcomp")) break;
            cur = s.token(cur).head();
        }
        return false;
    }

    /** "Turkey said it would launch", "Trump said he will impose": reported speech whose subject is a pronoun for the speaker. */
    private static boolean announcedBySpeaker(DependencyTree s, int trigger, Conventions words) {
        int cur = trigger;
        for (int hop = 0; hop < 3 && s.token(cur).rel().equals("xcomp"); hop++) cur = s.token(cur).head();
        Token clause = s.token(cur);
        if (!clause.rel().equals("ccomp") || clause.head() < 0 || !words.has("reporting-verbs", s.token(clause.head()).lemma())) return false;
        int subj = s.child(cur, "nsubj");
        return subj >= 0 && s.token(subj).pos().equals("PRP");
    }

    /** Whether a verb of asking, threatening or alleging governs the trigger (it codes the event itself). */
    private static boolean governedByAsking(DependencyTree s, int trigger, Conventions words) {
        int cur = trigger;
        for (int hop = 0; hop < 4 && cur >= 0; hop++) {
            Token t = s.token(cur);
            if (hop > 0 && (words.has("asked-verbs", t.lemma()) || words.has("intent-verbs", t.lemma()))) return true;
            if (!t.rel().equals("xcomp") && !t.rel().equals("ccomp")) return false;
            cur = t.head();
        }
        return false;
    }
}
