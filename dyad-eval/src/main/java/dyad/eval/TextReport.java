package dyad.eval;

import dyad.ontology.Ontology;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** An {@link Evaluation} as plain-text tables. */
public final class TextReport {
    private final Ontology ontology;

    /** @param ontology names the CAMEO roots */
    public TextReport(Ontology ontology) {
        this.ontology = ontology;
    }

    public String render(Evaluation e) {
        StringBuilder b = new StringBuilder();
        Evaluation.Run run = e.run();
        Evaluation.Totals t = e.totals();
        b.append("Gold:   ").append(run.goldFile()).append(" (").append(run.format()).append(")")
                .append(run.split() == null ? ", all records" : ", split " + run.split()).append('\n');
        b.append("Events: ").append(run.eventsFile()).append('\n');
        b.append(String.format(Locale.ROOT, "%d records (%d without events), %d gold events, %d coded events%n%n",
                t.records(), t.noEventRecords(), t.goldEvents(), t.codedEvents()));

        b.append("Overall (micro-averaged over events; level = how closely the actors must agree)\n");
        b.append(String.format(Locale.ROOT, "%-16s %-8s %7s %7s %7s %6s %6s %6s%n", "scored by", "level", "P", "R", "F1", "TP", "FP", "FN"));
        for (Map.Entry<Key, Map<Level, Counts>> k : e.overall().entrySet()) {
            boolean first = true;
            for (Map.Entry<Level, Counts> l : k.getValue().entrySet()) {
                Counts c = l.getValue();
                b.append(String.format(Locale.ROOT, "%-16s %-8s %7s %7s %7s %6d %6d %6d%n", first ? k.getKey().title() : "", l.getKey().label(),
                        f(c.precision()), f(c.recall()), f(c.f1()), c.tp(), c.fp(), c.fn()));
                first = false;
            }
        }
        b.append("Macro-F1 at level ").append(run.level().label()).append(':');
        e.macroF1().forEach((k, v) -> b.append(' ').append(k.title()).append(' ').append(f(v)).append(';'));
        b.setLength(b.length() - 1);
        b.append("\n\n");

        b.append("Per PLOVER category (level ").append(run.level().label()).append(": ").append(run.level().description()).append(")\n");
        table(b, "category", e.byCategory(), false);
        if (!e.byRoot().isEmpty()) {
            b.append("\nPer CAMEO root (level ").append(run.level().label()).append(")\n");
            table(b, "root", e.byRoot(), true);
        }

        Evaluation.ActorAgreement a = e.actors();
        b.append(String.format(Locale.ROOT, "%nActors in the %d pairs of a gold and a coded event with the same PLOVER category in a document%n", a.pairs()));
        b.append(String.format(Locale.ROOT, "%-8s %8s %8s %8s%n", "", "country", "sector", "full"));
        b.append(String.format(Locale.ROOT, "%-8s %8s %8s %8s%n", "source", f(a.sourceRate(Level.COUNTRY)), f(a.sourceRate(Level.SECTOR)), f(a.sourceRate(Level.FULL))));
        b.append(String.format(Locale.ROOT, "%-8s %8s %8s %8s%n", "target", f(a.targetRate(Level.COUNTRY)), f(a.targetRate(Level.SECTOR)), f(a.targetRate(Level.FULL))));

        b.append("\nConfusion (rows: gold category; columns: coded category; NONE: missed / false alarm; level ")
                .append(run.level().label()).append(")\n");
        List<String> labels = e.confusion().labels();
        b.append(String.format("%-10s", ""));
        for (String l : labels) b.append(String.format("%5s", abbreviation(l)));
        b.append('\n');
        for (int i = 0; i < labels.size(); i++) {
            b.append(String.format("%-10s", labels.get(i)));
            for (int n : e.confusion().counts().get(i)) b.append(String.format("%5s", n == 0 ? "." : Integer.toString(n)));
            b.append('\n');
        }

        Evaluation.NoEventTexts n = e.noEvents();
        b.append(String.format(Locale.ROOT, "%nTexts without gold events: %d; %d got coded events (false-positive rate %s), %d events in all%n",
                n.texts(), n.textsWithEvents(), percent(n.rate()), n.events()));

        groups(b, "split", e.bySplit(), run);
        groups(b, "set", e.bySet(), run);
        if (!e.notes().isEmpty()) {
            b.append("\nNotes\n");
            for (String note : e.notes()) b.append("  ").append(note).append('\n');
        }
        return b.toString();
    }

    private static void groups(StringBuilder b, String what, Map<String, Evaluation.SplitFigures> groups, Evaluation.Run run) {
        if (groups.isEmpty()) return;
        b.append("\nBy ").append(what).append(" (PLOVER category, level ").append(run.level().label()).append(")\n");
        int w = Math.max(8, groups.keySet().stream().mapToInt(String::length).max().orElse(0));
        b.append(String.format(Locale.ROOT, "%-" + w + "s %8s %6s %6s %7s %7s %7s %8s%n", what, "records", "gold", "coded", "P", "R", "F1", "FP rate"));
        groups.forEach((s, x) -> b.append(String.format(Locale.ROOT, "%-" + w + "s %8d %6d %6d %7s %7s %7s %8s%n", s, x.records(),
                x.counts().gold(), x.counts().coded(), f(x.counts().precision()), f(x.counts().recall()), f(x.counts().f1()), percent(x.noEvents().rate()))));
    }

    /** Every document with a missed gold event or a false alarm: its text, then "+" found, "-" missed, "!" false alarm. */
    public String mistakes(Evaluation e) {
        StringBuilder b = new StringBuilder();
        b.append("Mistakes at level ").append(e.run().level().label()).append(" (+ found, - missed, ! false alarm)\n");
        for (Evaluation.DocumentMistakes m : e.mistakes()) {
            b.append('\n').append(m.record().id()).append(": ").append(m.record().text()).append('\n');
            for (GoldEvent g : m.found()) b.append("  + ").append(describe(g)).append('\n');
            for (GoldEvent g : m.missed()) b.append("  - ").append(describe(g)).append('\n');
            for (CodedEvent c : m.falseAlarms()) b.append("  ! ").append(describe(c)).append('\n');
        }
        return b.toString();
    }

    static String describe(GoldEvent g) {
        return g.category() + (g.cameo() == null ? "" : " " + g.cameo()) + " " + actor(g.source(), g.sourceText()) + " -> " + actor(g.target(), g.targetText());
    }

    static String describe(CodedEvent c) {
        return c.category() + " " + c.cameo() + " " + actor(c.source(), c.sourceText()) + " -> " + actor(c.target(), c.targetText());
    }

    private static String actor(String code, String text) {
        if (code == null) return "(none)";
        return text == null ? code : code + " (" + text + ")";
    }

    private void table(StringBuilder b, String what, Map<String, Counts> table, boolean names) {
        b.append(String.format(Locale.ROOT, "%-" + (names ? 40 : 10) + "s %6s %6s %6s %6s %6s %7s %7s %7s%n", what, "gold", "coded", "TP", "FP", "FN", "P", "R", "F1"));
        Counts sum = Counts.ZERO;
        for (Map.Entry<String, Counts> r : table.entrySet()) {
            Counts c = r.getValue();
            sum = sum.plus(c);
            String label = names ? r.getKey() + " " + ontology.find(r.getKey()).map(x -> x.name()).orElse("") : r.getKey();
            if (label.length() > 40) label = label.substring(0, 39) + "…";
            b.append(String.format(Locale.ROOT, "%-" + (names ? 40 : 10) + "s %6d %6d %6d %6d %6d %7s %7s %7s%n", label, c.gold(), c.coded(), c.tp(), c.fp(), c.fn(),
                    c.coded() == 0 ? "-" : f(c.precision()), c.gold() == 0 ? "-" : f(c.recall()), c.gold() + c.coded() == 0 ? "-" : f(c.f1())));
        }
        b.append(String.format(Locale.ROOT, "%-" + (names ? 40 : 10) + "s %6d %6d %6d %6d %6d %7s %7s %7s%n", "all", sum.gold(), sum.coded(), sum.tp(), sum.fp(), sum.fn(),
                f(sum.precision()), f(sum.recall()), f(sum.f1())));
    }

    static String abbreviation(String label) {
        return label.length() <= 4 ? label : label.substring(0, 4);
    }

    static String f(double v) {
        return String.format(Locale.ROOT, "%.3f", v);
    }

    static String percent(double v) {
        return String.format(Locale.ROOT, "%.1f%%", 100 * v);
    }
}
