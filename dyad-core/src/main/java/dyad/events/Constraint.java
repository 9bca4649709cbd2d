package dyad.events;

import dyad.model.DependencyTree;
import dyad.model.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A condition on a trigger's dependents: {@code obj=view,opinion}, {@code obl.with=support}, {@code prt=up},
 * {@code xcomp=*}; with {@code negative} the dependent must be absent. A path reaches below the trigger's own
 * dependents: {@code obj>amod=military} ("military aid"), {@code ccomp>aux=must} ("said Iran must stop").
 *
 * @param path     relations (each with an optional case, "obl.with") leading from the trigger to the words whose
 *                 dependents are tested; empty for the trigger itself
 * @param rel      UD relation ("obj", "obl", "xcomp", "prt" for compound:prt...)
 * @param caseWord required case marker ("with") or null
 * @param lemmas   accepted lemmas (or written forms), and part-of-speech tags written {@code @vb} ("insisted that the
 *                 government {@code ccomp=@vb} raise wages": a bare verb, the subjunctive of a demand); empty for any
 * @param negative whether the dependent must not exist
 */
public record Constraint(List<String> path, String rel, String caseWord, Set<String> lemmas, boolean negative) {
    public Constraint {
        path = List.copyOf(path);
        lemmas = Set.copyOf(lemmas);
    }

    public Constraint(String rel, String caseWord, Set<String> lemmas, boolean negative) {
        this(List.of(), rel, caseWord, lemmas, negative);
    }

    /** The first word that satisfies the constraint below {@code trigger}, or -1. */
    public int find(DependencyTree s, int trigger) {
        if (path.isEmpty() && rel.equals("ccomp")) {
            // "Iran must stop, Macron said": the clause before a verb of saying is its complement
            int fronted = s.frontedComplement(trigger);
            if (fronted >= 0 && accepts(s.token(fronted))) return fronted;
        }
        for (int h : heads(s, trigger)) {
            for (Token c : s.children(h)) {
                if (!fills(s, trigger, h, rel, c)) continue;
                if (caseWord != null && !caseWord.equals(s.caseOf(c.index()))) continue;
                if (accepts(c)) return c.index();
            }
        }
        return -1;
    }

    /** Whether a word is one of the constraint's lemmas, written forms or {@code @tag}s (any word when there are none). */
    private boolean accepts(Token c) {
        return lemmas.isEmpty() || lemmas.contains(c.lemma().toLowerCase()) || lemmas.contains(c.word().toLowerCase())
                || lemmas.contains("@" + c.pos().toLowerCase());
    }

    /**
     * Whether the dependent {@code c} of {@code h} fills the relation {@code want}: its own relation, or for "obj" a lone
     * indirect object ("hosted Sudan's army chief Burhan" parsed with 'chief' as iobj) and, under the trigger, the
     * subject of a passive that names its doer ("the journalist was freed by Russia"; without a doer the patterns for
     * agentless passives decide).
     */
    private static boolean fills(DependencyTree s, int trigger, int h, String want, Token c) {
        if (relMatches(want, c)) return true;
        if (!want.equals("obj")) return false;
        if (c.rel().equals("iobj") && s.child(h, "obj") < 0) return true;
        return h == trigger && c.rel().equals("nsubj:pass") && passiveWithAgent(s, trigger);
    }

    public boolean satisfied(DependencyTree s, int trigger) {
        return (find(s, trigger) >= 0) != negative;
    }

    /** The words the path leads to from the trigger (the trigger itself for an empty path). */
    private List<Integer> heads(DependencyTree s, int trigger) {
        List<Integer> cur = List.of(trigger);
        for (String step : path) {
            int dot = step.indexOf('.');
            String r = dot < 0 ? step : step.substring(0, dot);
            String cw = dot < 0 ? null : step.substring(dot + 1);
            List<Integer> next = new ArrayList<>(2);
            for (int h : cur) {
                int fronted = h == trigger && r.equals("ccomp") && cw == null ? s.frontedComplement(trigger) : -1;
                if (fronted >= 0) {
                    next.add(fronted); // "Iran must stop, Macron said"
                    continue;
                }
                for (Token c : s.children(h)) {
                    if (fills(s, trigger, h, r, c) && (cw == null || cw.equals(s.caseOf(c.index())))) next.add(c.index());
                }
            }
            cur = next;
        }
        return cur;
    }

    /** Whether the trigger is a passive with a subject and a 'by' phrase naming a doer, and no object of its own. */
    private static boolean passiveWithAgent(DependencyTree s, int trigger) {
        if (s.child(trigger, "obj") >= 0 || s.child(trigger, "nsubj:pass") < 0) return false;
        for (Token c : s.children(trigger)) {
            // a name or a plural ("by Russia", "by Ukrainian troops"), not a singular means ("by gunfire", "by a bomb")
            boolean named = c.pos().startsWith("NNP") || c.pos().equals("NNS") || c.pos().equals("PRP");
            if (c.baseRel().equals("obl") && "by".equals(s.caseOf(c.index())) && named) return true;
        }
        return false;
    }

    static boolean relMatches(String want, Token c) {
        String r = c.rel();
        return switch (want) {
            case "prt" -> r.equals("compound:prt");
            case "obj" -> r.equals("obj") || r.equals("dobj");
            case "nsubj" -> r.equals("nsubj"); // the doer: a passive's subject ("soldiers were killed") is not
            case "nsubjpass" -> r.equals("nsubj:pass") || r.equals("nsubjpass");
            default -> r.equals(want) || c.baseRel().equals(want);
        };
    }

    @Override
    public String toString() {
        return (negative ? "!" : "") + (path.isEmpty() ? "" : String.join(">", path) + ">") + rel
                + (caseWord == null ? "" : "." + caseWord) + "="
                + (lemmas.isEmpty() ? "*" : String.join(",", lemmas.stream().sorted().toList()));
    }
}
