package dyad.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dyad.ontology.Ontology;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The probe sentences ({@code gold/probes-2026-12.json}, gold/README.md) read as a gold set and are well-formed. */
class ProbeFileTest {
    static final Path PROBES = Path.of("../gold/probes-2026-12.json");

    @Test
    void probesReadAsAGoldSetWithTheirWordsInTheirTexts() throws IOException {
        GoldSet probes = GoldSet.read(PROBES, Ontology.builtIn());
        JsonNode raw = new ObjectMapper().readTree(PROBES.toFile());
        assertEquals(raw.size(), probes.records().size(), "one record per id");
        List<String> problems = new ArrayList<>();
        Set<String> sets = new HashSet<>();
        for (JsonNode r : raw) {
            String id = r.path("id").asText();
            sets.add(r.path("set").asText() + "/" + r.path("split").asText());
            if (!id.matches("pr-[a-f]\\d{3}")) problems.add(id + ": id is not pr-xNNN");
            if (!r.path("date").asText().matches("\\d{4}-\\d{2}-\\d{2}")) problems.add(id + ": no date");
            for (JsonNode e : r.path("events")) {
                for (JsonNode a : e.path("source")) if (!r.path("text").asText().contains(a.path("actorText").asText("\u0000"))) problems.add(id + ": source words not in the text");
                for (JsonNode a : e.path("target")) if (!r.path("text").asText().contains(a.path("actorText").asText("\u0000"))) problems.add(id + ": target words not in the text");
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
        // the held-out set stays apart from the sets the rules were written against
        assertTrue(sets.contains("probe-f/test") && sets.contains("probe-a/dev") && !sets.contains("probe-f/dev"), sets.toString());
    }
}
