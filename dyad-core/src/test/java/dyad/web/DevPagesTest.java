package dyad.web;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The 60 development pages of ../shared: body F1 at or above the 0.93 (0.958 when this was written). */
class DevPagesTest {
    static final Path DEV = Path.of("../../shared/corpora/article-html-dev");

    @Test
    void bodyF1OnTheDevelopmentPages() throws IOException {
        assumeTrue(Files.isRegularFile(DEV.resolve("ground-truth.json")), "no ../shared/corpora/article-html-dev");
        GroundTruth truth = GroundTruth.read(DEV.resolve("ground-truth.json"));
        ArticleExtractor x = new ArticleExtractor();
        Map<String, String> bodies = new HashMap<>();
        for (String key : truth.bodies().keySet()) {
            try (InputStream in = new GZIPInputStream(Files.newInputStream(DEV.resolve("html").resolve(key + ".html.gz")))) {
                String url = truth.urls().entrySet().stream().filter(e -> e.getValue().equals(key)).map(Map.Entry::getKey).findFirst().orElse(null);
                bodies.put(key, x.extract(in.readAllBytes(), null, url).text());
            }
        }
        BodyScore.Summary s = truth.score(bodies);
        assertTrue(s.f1() >= 0.95, "F1 " + s.f1() + " (precision " + s.precision() + ", recall " + s.recall() + ")");
    }
}
