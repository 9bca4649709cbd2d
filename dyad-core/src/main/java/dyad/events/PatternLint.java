package dyad.events;

import dyad.model.CameoCode;
import dyad.model.DataFileException;
import dyad.ontology.Ontology;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks pattern files the way {@code dyad patterns check} reports them: malformed lines (all of them, not only the
 * first), duplicate ids, conflicts (two patterns with the same trigger and conditions but different codes: the later
 * one never fires), unreachable patterns (an earlier or more general pattern always wins where they would fire) and
 * PLOVER modes or contexts no ontology row uses (probably misspelt). Stateless.
 */
public final class PatternLint {
    /** How bad a finding is: errors make the check fail. */
    public enum Severity { ERROR, WARNING }

    /** One finding, at file:line. */
    public record Finding(String file, int line, Severity severity, String message) {
        @Override
        public String toString() {
            return file + ":" + line + ": " + severity.name().toLowerCase() + ": " + message;
        }
    }

    /** What the check found, and how many patterns it read. */
    public record Report(int patterns, int files, List<Finding> findings) {
        public Report {
            findings = List.copyOf(findings);
        }

        public long errors() {
            return findings.stream().filter(f -> f.severity() == Severity.ERROR).count();
        }

        public long warnings() {
            return findings.size() - errors();
        }
    }

    private final Ontology ontology;
    private final Set<String> modes = new HashSet<>(Ontology.PLOVER_MODES);
    private final Set<String> contexts = new HashSet<>(Ontology.PLOVER_CONTEXTS);

    public PatternLint(Ontology ontology) {
        this.ontology = ontology;
        for (CameoCode c : ontology.all()) {
            if (c.ploverMode() != null && !c.ploverMode().isEmpty()) modes.add(c.ploverMode());
            contexts.addAll(c.ploverContext());
        }
    }

    /**
     * Checks the texts as one set, in load order. Ids must be unique within a file; a later file may replace an id on
     * purpose (reported only when {@code idsUniqueAcrossFiles}, as for the built-in files).
     */
    public Report check(List<PatternSet.Text> texts, boolean idsUniqueAcrossFiles) {
        List<Finding> out = new ArrayList<>();
        Map<String, Pattern> byId = new LinkedHashMap<>();
        Map<String, String> idAt = new HashMap<>();
        for (PatternSet.Text t : texts) {
            Set<String> seen = new HashSet<>();
            String[] lines = t.content().split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                String line = PatternSet.content(lines[i]);
                if (line.isEmpty()) continue;
                Pattern p;
                try {
                    p = PatternSet.parseLine(t.name(), i + 1, line, code -> ontology.find(code).isPresent());
                } catch (DataFileException e) {
                    out.add(new Finding(t.name(), i + 1, Severity.ERROR, e.reason()));
                    continue;
                }
                if (!seen.add(p.id())) {
                    out.add(new Finding(t.name(), i + 1, Severity.ERROR, "duplicate pattern id " + p.id() + " (first at " + idAt.get(p.id()) + ")"));
                    continue;
                }
                String prev = idAt.put(p.id(), p.source());
                if (prev != null && idsUniqueAcrossFiles) {
                    out.add(new Finding(t.name(), i + 1, Severity.ERROR, "pattern id " + p.id() + " is already used at " + prev));
                }
                byId.remove(p.id());
                byId.put(p.id(), p);
                vocabulary(p, t.name(), i + 1, out);
            }
        }
        shadowed(new ArrayList<>(byId.values()), out);
        out.sort(Comparator.comparing(Finding::file).thenComparingInt(Finding::line));
        return new Report(byId.size(), texts.size(), out);
    }

    private void vocabulary(Pattern p, String file, int line, List<Finding> out) {
        if (p.mode() != null && !modes.contains(p.mode())) {
            out.add(new Finding(file, line, Severity.WARNING, "mode '" + p.mode() + "' is neither a PLOVER mode nor used by the ontology (misspelt?)"));
        }
        for (String c : p.contexts().keySet()) {
            if (!contexts.contains(c)) {
                out.add(new Finding(file, line, Severity.WARNING, "context '" + c + "' is neither a PLOVER context nor used by the ontology (misspelt?)"));
            }
        }
        if (p.targets().contains("none") && p.targets().size() > 1) {
            out.add(new Finding(file, line, Severity.ERROR, "target=none cannot be combined with other target relations"));
        }
    }

    /** Conflicts and unreachable patterns: for each trigger lemma, a pattern that always wins where another would fire. */
    private static void shadowed(List<Pattern> all, List<Finding> out) {
        Map<String, List<Pattern>> byLemma = new LinkedHashMap<>();
        for (Pattern p : all) for (String l : p.lemmas()) byLemma.computeIfAbsent(l + switch (p.kind()) { case NOUN -> ":n"; case ADJECTIVE -> ":a"; case VERB -> ""; }, k -> new ArrayList<>()).add(p);
        Set<String> reported = new HashSet<>();
        for (var e : byLemma.entrySet()) {
            List<Pattern> ps = e.getValue();
            for (int b = 0; b < ps.size(); b++) {
                Pattern later = ps.get(b);
                for (int a = 0; a < ps.size(); a++) {
                    Pattern winner = ps.get(a);
                    if (a == b || !wins(winner, a, later, b) || !covers(winner, later)) continue;
                    if (!reported.add(later.id() + "\u0000" + e.getKey())) break;
                    String[] at = later.source().split(":(?=\\d+$)");
                    String lemma = e.getKey();
                    boolean same = winner.constraints().equals(later.constraints()) || sameConditions(winner, later);
                    String msg;
                    Severity sev;
                    if (same && !winner.code().equals(later.code())) {
                        sev = Severity.ERROR;
                        msg = "conflict: " + later.id() + " (" + later.code() + ") and " + winner.id() + " (" + winner.code()
                                + ", " + winner.source() + ") have the same trigger '" + lemma + "' and conditions; " + later.id() + " never fires for it";
                    } else if (same) {
                        sev = Severity.WARNING;
                        msg = "duplicate: " + later.id() + " repeats " + winner.id() + " (" + winner.source() + ") for trigger '" + lemma + "'";
                    } else {
                        sev = Severity.WARNING;
                        msg = "unreachable for trigger '" + lemma + "': " + winner.id() + " (" + winner.source()
                                + ") matches wherever " + later.id() + " does and is preferred";
                    }
                    out.add(new Finding(at[0], Integer.parseInt(at[1]), sev, msg));
                    break;
                }
            }
        }
    }

    /** Whether {@code a} (at index ia) is chosen over {@code b} when both match: more specific, naming more words, or earlier. */
    private static boolean wins(Pattern a, int ia, Pattern b, int ib) {
        if (a.specificity() != b.specificity()) return a.specificity() > b.specificity();
        int na = PatternSet.namedConditions(a);
        int nb = PatternSet.namedConditions(b);
        return na != nb ? na > nb : ia < ib;
    }

    /** Whether {@code a} matches wherever {@code b} matches: each condition of a is implied by one of b's. */
    static boolean covers(Pattern a, Pattern b) {
        for (Constraint ca : a.constraints()) {
            boolean implied = false;
            for (Constraint cb : b.constraints()) {
                if (implies(cb, ca)) {
                    implied = true;
                    break;
                }
            }
            if (!implied) return false;
        }
        return true;
    }

    private static boolean implies(Constraint b, Constraint a) {
        if (a.negative() != b.negative() || !a.path().equals(b.path()) || !a.rel().equals(b.rel()) || !java.util.Objects.equals(a.caseWord(), b.caseWord())) return false;
        if (a.negative()) return a.lemmas().isEmpty() ? b.lemmas().isEmpty() : b.lemmas().isEmpty() || b.lemmas().containsAll(a.lemmas());
        return a.lemmas().isEmpty() || (!b.lemmas().isEmpty() && a.lemmas().containsAll(b.lemmas()));
    }

    private static boolean sameConditions(Pattern a, Pattern b) {
        return covers(a, b) && covers(b, a);
    }
}
