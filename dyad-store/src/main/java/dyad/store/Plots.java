package dyad.store;

import dyad.plot.Chart;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** The standard charts, built from a Dyad database (negated events left out). */
public final class Plots {
    private static final Pattern CODE = Pattern.compile("[A-Z0-9]{3,15}");
    private static final String COOPERATION = "#2a9d8f";
    private static final String CONFLICT = "#e76f51";
    private static final String GOLDSTEIN = "#264653";

    private final Reports reports;

    public Plots(EventStore store) {
        this.reports = new Reports(store);
    }

    /**
     * A dyad's cooperation (QuadClass 1-2) and conflict (3-4) events per month, both directions, and the Goldstein sum.
     * Codes match by prefix: "RUS" is every Russian actor.
     */
    public Chart dyad(String a, String b, LocalDate from, LocalDate to) {
        check(a);
        check(b);
        String pair = "((source_code LIKE '" + a + "%' AND target_code LIKE '" + b + "%') OR (source_code LIKE '" + b
                + "%' AND target_code LIKE '" + a + "%'))";
        ResultTable t = reports.query("SELECT strftime(date_trunc('month', date), '%Y-%m') AS month, "
                + "count(*) FILTER (WHERE quad_class <= 2) AS coop, count(*) FILTER (WHERE quad_class >= 3) AS conflict, "
                + "sum(goldstein) AS goldstein FROM events WHERE NOT negated AND " + pair + range(from, to)
                + " GROUP BY 1 ORDER BY 1");
        List<String> months = new ArrayList<>();
        List<Double> coop = new ArrayList<>();
        List<Double> conflict = new ArrayList<>();
        List<Double> goldstein = new ArrayList<>();
        for (List<Object> r : t.rows()) {
            months.add(String.valueOf(r.get(0)));
            coop.add(number(r.get(1)));
            conflict.add(number(r.get(2)));
            goldstein.add(number(r.get(3)));
        }
        return new Chart(a + " and " + b + ": cooperation and conflict per month", Chart.Kind.LINES, months,
                List.of(new Chart.Series("cooperation events", coop, COOPERATION), new Chart.Series("conflict events", conflict, CONFLICT),
                        new Chart.Series("Goldstein sum", goldstein, GOLDSTEIN)), "events / Goldstein");
    }

    /** The n dyads with most events. */
    public Chart topDyads(int n, LocalDate from, LocalDate to) {
        ResultTable t = reports.query("SELECT source_code || ' -> ' || target_code AS dyad, count(*) AS n FROM events "
                + "WHERE NOT negated AND target_code IS NOT NULL" + range(from, to) + " GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT " + Math.max(1, n));
        return bars("Top " + n + " dyads", t, "#457b9d", "events");
    }

    /** Events per PLOVER category. */
    public Chart categories(LocalDate from, LocalDate to) {
        ResultTable t = reports.query("SELECT plover_event, count(*) AS n FROM events WHERE NOT negated" + range(from, to)
                + " GROUP BY 1 ORDER BY 2 DESC, 1");
        return bars("Events per PLOVER category", t, "#8d6a9f", "events");
    }

    private static Chart bars(String title, ResultTable t, String color, String unit) {
        List<String> labels = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        for (List<Object> r : t.rows()) {
            labels.add(String.valueOf(r.get(0)));
            values.add(number(r.get(1)));
        }
        return new Chart(title, Chart.Kind.BARS, labels, List.of(new Chart.Series(unit, values, color)), unit);
    }

    private static String range(LocalDate from, LocalDate to) {
        return (from == null ? "" : " AND date >= DATE '" + from + "'") + (to == null ? "" : " AND date <= DATE '" + to + "'");
    }

    private static void check(String code) {
        if (!CODE.matcher(code).matches()) throw new IllegalArgumentException("not an actor code: '" + code + "'");
    }

    private static double number(Object o) {
        return o == null ? 0 : ((Number) o).doubleValue();
    }
}
