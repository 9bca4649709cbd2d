package dyad.events;

import dyad.model.DependencyTree;
import dyad.model.Modality;
import dyad.model.Token;

/**
 * Finds whether a trigger is hypothetical or future from its clause: modal auxiliaries, conditional clauses, the
 * verbs of planning or considering it completes ("plans to impose", "is considering sanctions"), and what is asked
 * for or threatened ("urged Iran to release", "threatened to impose sanctions", "demanded that Russia withdraw"). The
 * words are the {@code hypothetical-aux}, {@code future-aux}, {@code conditional-marks}, {@code intent-verbs},
 * {@code consider-verbs}, {@code asked-verbs} and {@code ongoing-verbs} lists of {@link Conventions}. Historical is
 * decided by the event's date ({@link EventAssembler}). Stateless.
 */
final class ModalityFinder {
    /** Markers of an adverbial clause that is what a verb of asking asks for: "called on X to V", "called for X to V". */
    private static final java.util.Set<String> ASKED_MARKS = java.util.Set.of("to", "for", "of");

    private ModalityFinder() {
    }

    static Modality find(DependencyTree s, int trigger, Conventions words) {
        boolean hypothetical = false;
        boolean future = false;
        int cur = trigger;
        for (int hop = 0; hop < 4 && cur >= 0; hop++) {
            Token t = s.token(cur);
            if (hop > 0 && words.has("ongoing-verbs", t.lemma())) break;
            for (Token c : s.children(cur)) {
                if (c.rel().startsWith("aux")) {
                    if (words.has("hypothetical-aux", c.word())) hypothetical = true;
                    if (words.has("future-aux", c.word())) future = true;
                }
            }
            // "be going to impose": going is the head, the trigger its xcomp
            if (hop > 0 && t.word().equalsIgnoreCase("going") && hasAuxBe(s, cur)) future = true;
            if (hop > 0) {
                // "plans to visit" is the planner's intent; "staff want him to resign" is someone else's wish
                if (words.has("intent-verbs", t.lemma())) {
                    if (s.child(cur, "obj") >= 0) hypothetical = true;
                    else future = true;
                }
                // "ordered the deployment of the military": a noun ordered is enacted (enacting-verbs)
                boolean enacted = words.has("enacting-verbs", t.lemma()) && s.token(trigger).isNoun() && s.token(trigger).rel().equals("obj")
                        && s.token(trigger).head() == cur;
                if ((words.has("consider-verbs", t.lemma()) || words.has("asked-verbs", t.lemma())) && !enacted) hypothetical = true;
                // "Iran has to stop", "needs to withdraw": an obligation in the present has not been met yet
                if (words.has("obligation-verbs", t.lemma()) && !t.pos().equals("VBD") && !t.pos().equals("VBN")) hypothetical = true;
            }
            if (t.rel().equals("advcl") && s.hasMark(cur, words.words("conditional-marks"))) hypothetical = true;
            // "an ultimatum to surrender", "the request to suspend Parliament": what such a noun asks has not happened
            if (t.rel().startsWith("acl") && t.head() >= 0 && s.hasMark(cur, "to") && words.has("asked-nouns", s.token(t.head()).lemma())) {
                hypothetical = true;
            }
            // the same infinitive hung on the verb after the noun: "rebuffed US pressure to halt the offensive"
            if (t.rel().equals("xcomp") && t.head() >= 0 && s.hasMark(cur, "to")) {
                int o = s.child(t.head(), "obj");
                if (o >= 0 && o < cur && words.has("asked-nouns", s.token(o).lemma())) hypothetical = true;
            }
            boolean asked = t.head() >= 0 && words.has("asked-verbs", s.token(t.head()).lemma());
            // "demanded that Russia withdraw"; "called on the Taliban to join talks" parsed as an adverbial clause;
            // "accused the US of violating the deal": what is alleged
            boolean askedClause = asked && (t.rel().equals("ccomp") || t.rel().equals("advcl") && s.hasMark(cur, ASKED_MARKS)
                    // "alleged, in an interview, (that) Saudi Arabia had funded ...": a loose complement (parataxis, dep) of a verb of
                    // alleging; not of a verb that also tells someone something ("told reporters, Iran attacked")
                    || (t.rel().equals("parataxis") || t.rel().equals("dep")) && !words.has("object-control", s.token(t.head()).lemma()));
            // "called for the resignation of the president", "pressed for the release of": what is asked for
            boolean askedFor = hop == 0 && t.isNoun() && (t.baseRel().equals("obl") || t.baseRel().equals("nmod"))
                    && "for".equals(s.caseOf(cur));
            if (!t.rel().equals("xcomp") && !askedClause && !(t.rel().equals("obj") && hop == 0 && t.isNoun()) && !askedFor) break;
            cur = t.head();
        }
        return new Modality(hypothetical, future, background(s, trigger, words));
    }

    /**
     * Whether the trigger's clause tells background rather than news: "had previously opposed", "have used force
     * before", "has only impeached two Presidents in the history of the United States".
     */
    static boolean background(DependencyTree s, int trigger, Conventions words) {
        int cur = trigger;
        for (int hop = 0; hop < 3 && cur >= 0; hop++) {
            boolean perfect = s.children(cur).stream().anyMatch(c -> c.rel().equals("aux") && c.lemma().equalsIgnoreCase("have"));
            for (Token c : s.children(cur)) {
                // "had previously opposed", "have used force before"; "previously announced" is news
                if (perfect && c.rel().equals("advmod") && words.has("background-adverbs", c.lemma())) return true;
                if (c.baseRel().equals("obl") && c.lemma().equalsIgnoreCase("history") && "in".equals(s.caseOf(c.index()))) return true;
            }
            if (!s.token(cur).rel().equals("xcomp")) break;
            cur = s.token(cur).head();
        }
        return false;
    }

    private static boolean hasAuxBe(DependencyTree s, int v) {
        for (Token c : s.children(v)) if (c.rel().startsWith("aux") && c.lemma().equals("be")) return true;
        return false;
    }
}
