package dyad.eval;

import dyad.ontology.Ontology;
import dyad.plot.Chart;
import dyad.plot.ChartRenderer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** An {@link Evaluation} as one self-contained HTML page: the text report's tables, F1 bar charts (inline SVG) and the mistakes. */
public final class HtmlReport {
    private static final String BAR = "#1f77b4";

    private final Ontology ontology;
    private final ChartRenderer charts = new ChartRenderer();

    public HtmlReport(Ontology ontology) {
        this.ontology = ontology;
    }

    public String render(Evaluation e) {
        Evaluation.Run run = e.run();
        Evaluation.Totals t = e.totals();
        String level = run.level().label();
        StringBuilder b = new StringBuilder();
        b.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Dyad evaluation</title>\n<style>\n")
                .append("body{font-family:sans-serif;margin:2em;color:#222;max-width:1100px}table{border-collapse:collapse;margin:0.5em 0 1.5em}")
                .append("th,td{border:1px solid #ccc;padding:2px 8px;text-align:right}th:first-child,td:first-child{text-align:left}")
                .append("th{background:#f2f2f2}td.z{color:#bbb}td.d{background:#e3f0e3}td.o{background:#f8e5e5}.ok{color:#1a7f37}.miss{color:#b35900}")
                .append(".fa{color:#c00}svg{max-width:100%;height:auto}li{margin:0.2em 0}\n</style></head><body>\n");
        b.append("<h1>Dyad evaluation</h1>\n<p>Gold: <code>").append(esc(run.goldFile())).append("</code> (").append(esc(run.format())).append(")")
                .append(run.split() == null ? ", all records" : ", split <b>" + esc(run.split()) + "</b>").append("<br>Events: <code>")
                .append(esc(run.eventsFile())).append("</code><br>")
                .append(String.format(Locale.ROOT, "%d records (%d without events), %d gold events, %d coded events</p>%n",
                        t.records(), t.noEventRecords(), t.goldEvents(), t.codedEvents()));

        b.append("<h2>Overall</h2>\n<p>Micro-averaged over events. Level: how closely the actors must agree ")
                .append("(event: not compared; country; sector: country and first sector; full: identical codes).</p>\n");
        b.append("<table><tr><th>scored by</th><th>level</th><th>P</th><th>R</th><th>F1</th><th>TP</th><th>FP</th><th>FN</th></tr>\n");
        for (Map.Entry<Key, Map<Level, Counts>> k : e.overall().entrySet()) {
            for (Map.Entry<Level, Counts> l : k.getValue().entrySet()) {
                Counts c = l.getValue();
                b.append("<tr><td>").append(k.getKey().title()).append("</td><td>").append(l.getKey().label()).append("</td>")
                        .append(td(c.precision())).append(td(c.recall())).append(td(c.f1()))
                        .append("<td>").append(c.tp()).append("</td><td>").append(c.fp()).append("</td><td>").append(c.fn()).append("</td></tr>\n");
            }
        }
        b.append("</table>\n<p>Macro-F1 at level ").append(level).append(':');
        e.macroF1().forEach((k, v) -> b.append(' ').append(k.title()).append(" <b>").append(TextReport.f(v)).append("</b>"));
        Evaluation.NoEventTexts n = e.noEvents();
        b.append(String.format(Locale.ROOT, "</p>%n<p>Texts without gold events: %d; %d got coded events: <b>false-positive rate %s</b> (%d events).</p>%n",
                n.texts(), n.textsWithEvents(), TextReport.percent(n.rate()), n.events()));

        b.append("<h2>Per PLOVER category</h2>\n<p>Level ").append(level).append(": ").append(esc(run.level().description())).append(".</p>\n");
        b.append(charts.svg(chart("F1 per PLOVER category, level " + level, e.byCategory(), false))).append('\n');
        table(b, "category", e.byCategory(), false);
        if (!e.byRoot().isEmpty()) {
            b.append("<h2>Per CAMEO root</h2>\n");
            b.append(charts.svg(chart("F1 per CAMEO root, level " + level, e.byRoot(), true))).append('\n');
            table(b, "root", e.byRoot(), true);
        }

        Evaluation.ActorAgreement a = e.actors();
        b.append("<h2>Actors</h2>\n<p>In the ").append(a.pairs())
                .append(" pairs of a gold and a coded event with the same PLOVER category in a document, how often the actors agree.</p>\n");
        b.append("<table><tr><th></th><th>country</th><th>sector</th><th>full code</th></tr>\n");
        b.append("<tr><td>source</td>").append(td(a.sourceRate(Level.COUNTRY))).append(td(a.sourceRate(Level.SECTOR))).append(td(a.sourceRate(Level.FULL))).append("</tr>\n");
        b.append("<tr><td>target</td>").append(td(a.targetRate(Level.COUNTRY))).append(td(a.targetRate(Level.SECTOR))).append(td(a.targetRate(Level.FULL))).append("</tr>\n</table>\n");

        b.append("<h2>Confusion</h2>\n<p>Rows: gold category; columns: coded category; NONE: a missed gold event (column) or a false alarm (row); level ")
                .append(level).append(".</p>\n<table><tr><th>gold \\ coded</th>");
        List<String> labels = e.confusion().labels();
        for (String l : labels) b.append("<th title=\"").append(l).append("\">").append(TextReport.abbreviation(l)).append("</th>");
        b.append("</tr>\n");
        for (int i = 0; i < labels.size(); i++) {
            b.append("<tr><td>").append(labels.get(i)).append("</td>");
            List<Integer> row = e.confusion().counts().get(i);
            for (int j = 0; j < row.size(); j++) {
                int v = row.get(j);
                String cls = v == 0 ? "z" : i == j ? "d" : "o";
                b.append("<td class=\"").append(cls).append("\">").append(v == 0 ? "·" : Integer.toString(v)).append("</td>");
            }
            b.append("</tr>\n");
        }
        b.append("</table>\n");

        for (var g : java.util.List.of(java.util.Map.entry("split", e.bySplit()), java.util.Map.entry("set", e.bySet()))) {
            if (g.getValue().isEmpty()) continue;
            b.append("<h2>By ").append(g.getKey()).append("</h2>\n<table><tr><th>").append(g.getKey())
                    .append("</th><th>records</th><th>gold</th><th>coded</th><th>P</th><th>R</th><th>F1</th><th>FP rate</th></tr>\n");
            g.getValue().forEach((s, x) -> b.append("<tr><td>").append(esc(s)).append("</td><td>").append(x.records()).append("</td><td>")
                    .append(x.counts().gold()).append("</td><td>").append(x.counts().coded()).append("</td>").append(td(x.counts().precision()))
                    .append(td(x.counts().recall())).append(td(x.counts().f1())).append("<td>").append(TextReport.percent(x.noEvents().rate())).append("</td></tr>\n"));
            b.append("</table>\n");
        }
        if (!e.notes().isEmpty()) {
            b.append("<h2>Notes</h2>\n<ul>\n");
            for (String note : e.notes()) b.append("<li>").append(esc(note)).append("</li>\n");
            b.append("</ul>\n");
        }
        b.append("<h2>Mistakes</h2>\n<p>").append(e.mistakes().size()).append(" documents at level ").append(level)
                .append(": <span class=\"ok\">+ found</span>, <span class=\"miss\">− missed</span>, <span class=\"fa\">! false alarm</span>.</p>\n<ul>\n");
        for (Evaluation.DocumentMistakes m : e.mistakes()) {
            b.append("<li><b>").append(esc(m.record().id())).append("</b>: ").append(esc(m.record().text())).append("<br>\n");
            for (GoldEvent g : m.found()) b.append("<span class=\"ok\">+ ").append(esc(TextReport.describe(g))).append("</span><br>\n");
            for (GoldEvent g : m.missed()) b.append("<span class=\"miss\">− ").append(esc(TextReport.describe(g))).append("</span><br>\n");
            for (CodedEvent c : m.falseAlarms()) b.append("<span class=\"fa\">! ").append(esc(TextReport.describe(c))).append("</span><br>\n");
            b.append("</li>\n");
        }
        b.append("</ul>\n</body></html>\n");
        return b.toString();
    }

    /** F1 in percent for the labels with gold or coded events. */
    private Chart chart(String title, Map<String, Counts> table, boolean roots) {
        List<String> labels = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        table.forEach((label, c) -> {
            if (c.gold() + c.coded() == 0) return;
            labels.add(roots ? label + " " + shortName(label) : label);
            values.add(Math.round(1000 * c.f1()) / 10.0);
        });
        return new Chart(title, Chart.Kind.BARS, labels, List.of(new Chart.Series("F1", values, BAR)), "F1 (%)");
    }

    private String shortName(String root) {
        String name = ontology.find(root).map(x -> x.name()).orElse("");
        return name.length() > 22 ? name.substring(0, 21) + "…" : name;
    }

    private void table(StringBuilder b, String what, Map<String, Counts> table, boolean roots) {
        b.append("<table><tr><th>").append(what).append("</th><th>gold</th><th>coded</th><th>TP</th><th>FP</th><th>FN</th><th>P</th><th>R</th><th>F1</th></tr>\n");
        Counts sum = Counts.ZERO;
        for (Map.Entry<String, Counts> r : table.entrySet()) {
            Counts c = r.getValue();
            sum = sum.plus(c);
            String label = roots ? r.getKey() + " " + ontology.find(r.getKey()).map(x -> x.name()).orElse("") : r.getKey();
            b.append("<tr><td>").append(esc(label)).append("</td><td>").append(c.gold()).append("</td><td>").append(c.coded()).append("</td><td>")
                    .append(c.tp()).append("</td><td>").append(c.fp()).append("</td><td>").append(c.fn()).append("</td>")
                    .append(c.coded() == 0 ? "<td>-</td>" : td(c.precision())).append(c.gold() == 0 ? "<td>-</td>" : td(c.recall()))
                    .append(c.gold() + c.coded() == 0 ? "<td>-</td>" : td(c.f1())).append("</tr>\n");
        }
        b.append("<tr><th>all</th><th>").append(sum.gold()).append("</th><th>").append(sum.coded()).append("</th><th>").append(sum.tp())
                .append("</th><th>").append(sum.fp()).append("</th><th>").append(sum.fn()).append("</th><th>").append(TextReport.f(sum.precision()))
                .append("</th><th>").append(TextReport.f(sum.recall())).append("</th><th>").append(TextReport.f(sum.f1())).append("</th></tr>\n</table>\n");
    }

    private static String td(double v) {
        return "<td>" + TextReport.f(v) + "</td>";
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
