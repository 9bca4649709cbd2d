package dyad.plot;

import dyad.output.AtomicFile;

import javax.imageio.ImageIO;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** Lays out a {@link Chart} once and draws it on a canvas; writes PNG and SVG. */
public final class ChartRenderer {
    private static final int W = 1000;
    private static final int H = 560;
    private static final double LEFT = 90;
    private static final double RIGHT = 30;
    private static final double TOP = 60;
    private static final double BOTTOM = 90;

    /** The two files {@link #write} writes for {@code base}: BASE.png and BASE.svg (an extension given is dropped). */
    public static Path[] files(Path base) {
        String name = base.getFileName().toString().replaceFirst("\\.(png|svg)$", "");
        return new Path[]{base.resolveSibling(name + ".png"), base.resolveSibling(name + ".svg")};
    }

    /** Writes {@code base}.png and {@code base}.svg, both or neither; returns the two paths. */
    public Path[] write(Chart chart, Path base) {
        Path[] files = files(base);
        PngCanvas p = new PngCanvas(W, H);
        draw(chart, p);
        try (AtomicFile png = AtomicFile.create(files[0]); AtomicFile svg = AtomicFile.create(files[1])) {
            if (!ImageIO.write(p.image(), "png", png.temp().toFile())) throw new IOException("no PNG writer");
            Files.writeString(svg.temp(), svg(chart), StandardCharsets.UTF_8);
            png.commit();
            svg.commit();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + files[0] + " and " + files[1] + ": " + dyad.ingest.TextFile.reason(e), e);
        }
        return files;
    }

    /** The chart as SVG markup (a complete {@code <svg>} element), e.g. to inline in an HTML page. */
    public String svg(Chart chart) {
        SvgCanvas s = new SvgCanvas(W, H);
        draw(chart, s);
        return s.svg();
    }

    void draw(Chart c, Canvas g) {
        g.rect(0, 0, W, H, "#ffffff");
        g.text(W / 2.0, 32, c.title(), 20, "middle", "#222222");
        if (c.kind() == Chart.Kind.LINES) lines(c, g);
        else bars(c, g);
    }

    private void lines(Chart c, Canvas g) {
        double x0 = LEFT;
        double x1 = W - RIGHT;
        double y0 = H - BOTTOM;
        double y1 = TOP;
        double[] range = range(c);
        axes(g, x0, y0, x1, y1, range, c.yLabel());
        int n = c.labels().size();
        double step = n > 1 ? (x1 - x0) / (n - 1) : 0;
        int every = Math.max(1, (int) Math.ceil(n / 12.0));
        for (int i = 0; i < n; i += every) {
            double x = x0 + i * step;
            g.line(x, y0, x, y0 + 5, "#444444", 1);
            g.text(x, y0 + 22, c.labels().get(i), 12, "middle", "#444444");
        }
        double legendX = x0 + 10;
        for (Chart.Series s : c.series()) {
            for (int i = 1; i < n; i++) {
                g.line(x0 + (i - 1) * step, y(s.values().get(i - 1), range, y0, y1), x0 + i * step, y(s.values().get(i), range, y0, y1), s.color(), 2.5);
            }
            if (n == 1) g.rect(x0 - 3, y(s.values().get(0), range, y0, y1) - 3, 6, 6, s.color());
            g.rect(legendX, H - 40, 14, 14, s.color());
            g.text(legendX + 20, H - 28, s.name(), 13, "start", "#222222");
            legendX += 30 + 8 * s.name().length();
        }
    }

    private void bars(Chart c, Canvas g) {
        double labelWidth = 200;
        double x0 = LEFT + labelWidth - 60;
        double x1 = W - RIGHT - 60;
        double y1 = TOP;
        double y0 = H - 40;
        Chart.Series s = c.series().get(0);
        double max = s.values().stream().mapToDouble(Double::doubleValue).max().orElse(1);
        if (max <= 0) max = 1;
        int n = c.labels().size();
        double band = (y0 - y1) / Math.max(1, n);
        double bar = Math.min(28, band * 0.7);
        for (int i = 0; i < n; i++) {
            double v = s.values().get(i);
            double y = y1 + i * band + (band - bar) / 2;
            double w = (x1 - x0) * v / max;
            g.rect(x0, y, w, bar, s.color());
            g.text(x0 - 8, y + bar * 0.7, c.labels().get(i), 13, "end", "#222222");
            g.text(x0 + w + 6, y + bar * 0.7, format(v), 12, "start", "#444444");
        }
        g.line(x0, y1, x0, y0, "#444444", 1);
        g.text(x1, H - 12, c.yLabel(), 12, "end", "#444444");
    }

    private static void axes(Canvas g, double x0, double y0, double x1, double y1, double[] range, String yLabel) {
        int ticks = (int) Math.round((range[1] - range[0]) / range[2]);
        for (int i = 0; i <= ticks; i++) {
            double v = range[0] + range[2] * i;
            double y = y(v, range, y0, y1);
            g.line(x0, y, x1, y, i == 0 ? "#444444" : "#e5e5e5", 1);
            g.text(x0 - 8, y + 4, format(v), 12, "end", "#444444");
        }
        if (range[0] < 0 && range[1] > 0) g.line(x0, y(0, range, y0, y1), x1, y(0, range, y0, y1), "#999999", 1.5);
        g.line(x0, y0, x0, y1, "#444444", 1);
        g.text(x0 - 8, y1 - 14, yLabel, 12, "start", "#444444");
    }

    /** The value range rounded out to a "nice" step (1, 2 or 5 times a power of ten), five ticks or so. */
    public static double[] range(Chart c) {
        double lo = 0;
        double hi = 1;
        for (Chart.Series s : c.series()) {
            for (double v : s.values()) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
        }
        double raw = (hi - lo) / 5;
        double pow = Math.pow(10, Math.floor(Math.log10(raw)));
        double step = raw / pow <= 1 ? pow : raw / pow <= 2 ? 2 * pow : raw / pow <= 5 ? 5 * pow : 10 * pow;
        return new double[]{Math.floor(lo / step) * step, Math.ceil(hi / step) * step, step};
    }

    private static double y(double v, double[] range, double y0, double y1) {
        return y0 - (v - range[0]) / (range[1] - range[0]) * (y0 - y1);
    }

    private static String format(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.1f", v);
    }
}
