package dyad.plot;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Chart drawing, which the store's plots and the evaluation's HTML report share (no database needed). */
class ChartRendererTest {
    private static final Chart BARS = new Chart("Events per category", Chart.Kind.BARS, List.of("ASSAULT", "CONSULT"),
            List.of(new Chart.Series("events", List.of(3.0, 5.0), "#1f77b4")), "events");

    @Test
    void ticksAreNiceNumbers() {
        Chart c = new Chart("t", Chart.Kind.LINES, List.of("a", "b"), List.of(new Chart.Series("s", List.of(-12.0, 17.4), "#000000")), "y");
        assertArrayEquals(new double[]{-20, 20, 10}, ChartRenderer.range(c));
    }

    @Test
    void writesPngAndSvgOfOneDrawing(@TempDir Path dir) throws Exception {
        Path[] files = new ChartRenderer().write(BARS, dir.resolve("mix.png"));
        assertEquals(List.of(dir.resolve("mix.png"), dir.resolve("mix.svg")), List.of(files));
        assertEquals(1000, ImageIO.read(files[0].toFile()).getWidth());
        assertTrue(Files.readString(files[1]).contains("Events per category"));
    }
}
