package dyad.store;

import dyad.plot.Chart;
import dyad.plot.ChartRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PlotsTest {
    @TempDir
    Path dir;

    @Test
    void aDyadsMonthlyCooperationAndConflictFromARealDatabase() throws Exception {
        try (EventStore store = EventStore.open(dir.resolve("e.duckdb"))) {
            TestEvents.storeSample(store);
            Chart c = new Plots(store).dyad("RUS", "UKR", null, null);
            assertEquals(Chart.Kind.LINES, c.kind());
            assertEquals(List.of("cooperation events", "conflict events", "Goldstein sum"), c.series().stream().map(Chart.Series::name).toList());
            double coop = c.series().get(0).values().stream().mapToDouble(Double::doubleValue).sum();
            double conflict = c.series().get(1).values().stream().mapToDouble(Double::doubleValue).sum();
            assertEquals(TestEvents.sampleCount("RUS", "UKR", true), (long) coop);
            assertEquals(TestEvents.sampleCount("RUS", "UKR", false), (long) conflict);
            Path[] files = new ChartRenderer().write(c, dir.resolve("rus-ukr"));
            BufferedImage png = ImageIO.read(files[0].toFile());
            assertEquals(1000, png.getWidth());
            String svg = Files.readString(files[1]);
            assertTrue(svg.startsWith("<svg") && svg.contains("RUS and UKR") && svg.contains("conflict events"), svg.substring(0, 200));
            assertThrows(IllegalArgumentException.class, () -> new Plots(store).dyad("RUS'; DROP TABLE events; --", "UKR", null, null));
        }
    }
}
