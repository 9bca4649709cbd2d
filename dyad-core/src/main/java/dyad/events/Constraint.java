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
        // "the journalist was freed by Russia": a passive's subject is the object a condition on 'obj' is about, when
        // the passive names its doer (without one, the patterns for agentless passives decide)
        boolean passive = path.isEmpty() && rel.equals("obj") && passiveWithAgent(s, trigger);
        if (path.isEmpty() && rel.equals("ccomp") && s.child(trigger, "ccomp") < 0) {
            int fronted = s.frontedComplement(trigger);
            Token f = fronted < 0 ? null : s.token(fronted);
            if (f != null && (lemmas.isEmpty() || lemmas.contains(f.lemma().toLowerCase()) || lemmas.contains(f.word().toLowerCase())
                    || lemmas.contains("@" + f.pos().toLowerCase()))) return fronted;
        }
        for (int h : heads(s, trigger)) {
            for (Token c : s.children(h)) {
                // a lone indirect object is the object ("hosted Sudan's army chief Burhan" parsed with 'chief' as iobj)
                boolean loneIobj = rel.equals("obj") && c.rel().equals("iobj") && s.child(h, "obj") < 0;
                if (!relMatches(rel, c) && !(passive && c.rel().equals("nsubj:pass")) && !loneIobj) continue;
                if (caseWord != null && !caseWord.equals(s.caseOf(c.index()))) continue;
                if (lemmas.isEmpty() || lemmas.contains(c.lemma().toLowerCase()) || lemmas.contains(c.word().toLowerCase())
                        || lemmas.contains("@" + c.pos().toLowerCase())) {
                    return c.index();
                }
            }
        }
        return -1;
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
                if (h == trigger && r.equals("ccomp") && cw == null && s.child(trigger, "ccomp") < 0 && s.frontedComplement(trigger) >= 0) {
                    next.add(s.frontedComplement(trigger)); // "Iran must stop, Macron said"
                    continue;
                }
                boolean passive = h == trigger && r.equals("obj") && passiveWithAgent(s, trigger);
                for (Token c : s.children(h)) {
                    boolean rm = relMatches(r, c) || passive && c.rel().equals("nsubj:pass")
                            || r.equals("obj") && c.rel().equals("iobj") && s.child(h, "obj") < 0;
                    if (rm && (cw == null || cw.equals(s.caseOf(c.index())))) next.add(c.index());
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
