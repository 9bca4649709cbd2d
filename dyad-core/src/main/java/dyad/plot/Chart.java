package dyad.plot;

import java.util.List;

/**
 * A chart to draw: either lines over a category axis (time), or horizontal bars.
 *
 * @param title   the title
 * @param kind    LINES or BARS
 * @param labels  x-axis labels (LINES) or bar labels (BARS)
 * @param series  one or more series; for BARS only the first is drawn
 * @param yLabel  what the values count
 */
public record Chart(String title, Kind kind, List<String> labels, List<Series> series, String yLabel) {
    public enum Kind { LINES, BARS }

    /** A named row of values with its colour ("#1f77b4"). */
    public record Series(String name, List<Double> values, String color) {
        public Series {
            values = List.copyOf(values);
        }
    }

    public Chart {
        labels = List.copyOf(labels);
        series = List.copyOf(series);
        for (Series s : series) {
            if (s.values().size() != labels.size()) {
                throw new IllegalArgumentException("series " + s.name() + " has " + s.values().size() + " values for " + labels.size() + " labels");
            }
        }
    }
}
