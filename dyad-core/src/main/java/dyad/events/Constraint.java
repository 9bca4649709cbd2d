package dyad.events;

import dyad.model.AnnotatedSentence;
import dyad.model.Token;

import java.util.Set;

/**
 * A condition on a trigger's dependents: {@code obj=view,opinion}, {@code obl.with=support}, {@code prt=up},
 * {@code xcomp=*}; with {@code negative} the dependent must be absent.
 *
 * @param rel      UD relation ("obj", "obl", "xcomp", "prt" for compound:prt...)
 * @param caseWord required case marker ("with") or null
 * @param lemmas   accepted lemmas, empty for any
 * @param negative whether the dependent must not exist
 */
public record Constraint(String rel, String caseWord, Set<String> lemmas, boolean negative) {
    public Constraint {
        lemmas = Set.copyOf(lemmas);
    }

    /** The dependent of {@code trigger} that satisfies the constraint, or -1. */
    public int find(AnnotatedSentence s, int trigger) {
        for (Token c : s.children(trigger)) {
            if (!relMatches(c)) continue;
            if (caseWord != null && !caseWord.equals(s.caseOf(c.index()))) continue;
            if (lemmas.isEmpty() || lemmas.contains(c.lemma().toLowerCase()) || lemmas.contains(c.word().toLowerCase())) {
                return c.index();
            }
        }
        return -1;
    }

    public boolean satisfied(AnnotatedSentence s, int trigger) {
        return (find(s, trigger) >= 0) != negative;
    }

    private boolean relMatches(Token c) {
        String r = c.rel();
        return switch (rel) {
            case "prt" -> r.equals("compound:prt");
            case "obj" -> r.equals("obj") || r.equals("dobj");
            case "nsubj" -> r.startsWith("nsubj");
            default -> r.equals(rel) || c.baseRel().equals(rel);
        };
    }


    @Override
    public String toString() {
        return (negative ? "!" : "") + rel + (caseWord == null ? "" : "." + caseWord) + "="
                + (lemmas.isEmpty() ? "*" : String.join(",", lemmas.stream().sorted().toList()));
    }
}
