package dyad.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** {@code dyad geo} and {@code dyad geo-eval} as a user runs them. */
class GeoCommandTest {
    @Test
    void geoListsThePlacesWithOffsetsIntoTheTextAsGiven() throws Exception {
        Path seed = Path.of("../examples/seed-article.txt");
        String raw = Files.readString(seed);
        DyadProcess.Run r = DyadProcess.run("geo", "--format", "jsonl", "--date", "2016-03-28", seed.toString());
        assertEquals(0, r.status(), r.err());
        ObjectMapper json = new ObjectMapper();
        List<JsonNode> places = new ArrayList<>();
        for (String line : r.out().split("\n")) places.add(json.readTree(line));
        assertTrue(places.size() >= 10, r.out());
        for (JsonNode p : places) {
            int s = p.get("start").asInt();
            int e = p.get("end").asInt();
            assertEquals(p.get("text").asText(), raw.substring(s, e), "offsets refer to the raw text: " + p);
        }
        JsonNode palmyra = places.stream().filter(p -> p.get("text").asText().equals("Palmyra")).findFirst().orElseThrow();
        assertEquals("SYR", palmyra.get("country").asText());
        assertEquals(163808, palmyra.get("geonames_id").asLong());
        assertEquals("P", palmyra.get("feature_class").asText());
        assertTrue(places.stream().anyMatch(p -> p.get("text").asText().equals("Tehran") && p.get("country").asText().equals("IRN")));

        DyadProcess.Run text = DyadProcess.run("geo", "--date", "2016-03-28", seed.toString());
        assertTrue(text.out().contains("Palmyra") && text.out().contains("why:") && text.out().contains("not a place"), text.out());
    }

    @Test
    void geoEvalOnGeoVirusKeepsItsFloor() throws Exception {
        Path gold = Path.of("../../shared/corpora/geovirus/GeoVirus.xml");
        assumeTrue(Files.exists(gold), "../shared is absent");
        DyadProcess.Run r = DyadProcess.run("geo-eval", gold.toString());
        assertEquals(0, r.status(), r.err());
        // measured: precision 95.2%, recall 91.2%, exact 95.6%, correct country 97.3% (README, "Places")
        assertTrue(figure(r.out(), "precision") >= 93.0, r.out());
        assertTrue(figure(r.out(), "recall") >= 89.0, r.out());
        assertTrue(figure(r.out(), "exact") >= 93.0, r.out());
        assertTrue(figure(r.out(), "correct country") >= 96.5, r.out());
        assertTrue(figure(r.out(), "Acc@161km") >= 77.0, r.out());
    }

    private static double figure(String out, String name) {
        Matcher m = Pattern.compile(Pattern.quote(name) + " ([0-9.]+)%").matcher(out);
        assertTrue(m.find(), name + " not in " + out);
        return Double.parseDouble(m.group(1));
    }
}
