package dyad.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dyad.actors.ActorDictionary;
import dyad.model.CameoCode;
import dyad.ontology.Ontology;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The development gold set ({@code gold/dyad-gold.json}) is well-formed, consistent with the ontology and covers every label. */
class GoldFileTest {
    static final Path GOLD = Path.of("../gold/dyad-gold.json");
    static final Ontology ONTOLOGY = Ontology.builtIn();
    static GoldSet gold;
    static JsonNode raw;

    @BeforeAll
    static void read() throws IOException {
        gold = GoldSet.read(GOLD, ONTOLOGY);
        raw = new ObjectMapper().readTree(GOLD.toFile());
    }

    @Test
    void idsAreUniqueAndEveryRecordIsComplete() {
        assertEquals(raw.size(), gold.records().size(), "one record per id");
        List<String> problems = new ArrayList<>();
        for (JsonNode r : raw) {
            String id = r.path("id").asText();
            if (!id.matches("(wn19-\\d{4}-\\d{2}|dg-\\d{4})")) problems.add(id + ": id is neither wn19-ARTICLE-SENTENCE nor dg-NNNN");
            if (!r.path("date").asText().matches("\\d{4}-\\d{2}-\\d{2}")) problems.add(id + ": no date");
            if (!Set.of("dev", "test").contains(r.path("split").asText())) problems.add(id + ": split is not dev or test");
            if (r.path("text").asText().isBlank()) problems.add(id + ": no text");
            if (!r.path("events").isArray()) problems.add(id + ": no 'events' list (use [] for none)");
            if (id.startsWith("wn19-") && !(r.path("url").asText().startsWith("https://en.wikinews.org/")
                    && r.path("source_doc").asText().equals("wikinews-2019-" + id.substring(5, 9)))) {
                problems.add(id + ": a Wikinews sentence needs its article's url and source_doc (attribution)");
            }
            for (JsonNode e : r.path("events")) {
                if (e.path("cameo").asText().isEmpty() || e.path("event").asText().isEmpty()) problems.add(id + ": an event needs 'cameo' and 'event'");
                // rule 2: only violence stands with an unknown source ("a roadside bomb killed ..."); an inferred source
                // (the police of "was arrested") has no words of its own
                if (e.path("source").isEmpty() && !e.path("event").asText().equals("ASSAULT")) problems.add(id + ": an event without a source that is not violence");
                for (JsonNode a : e.path("source")) {
                    if (a.path("actorText").asText().isEmpty() && !a.path("inferred").asBoolean()) problems.add(id + ": a source without words must be marked inferred");
                }
                for (JsonNode a : iterable(e.path("source"), e.path("target"))) {
                    if (!r.path("text").asText().contains(a.path("actorText").asText("\u0000"))) {
                        problems.add(id + ": actorText '" + a.path("actorText").asText() + "' is not in the text");
                    }
                }
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void codesComeFromTheOntologyAndDyadsActorTables() {
        assertTrue(gold.notes().isEmpty(), "every category is the one the ontology gives its CAMEO code:\n" + String.join("\n", gold.notes()));
        ActorDictionary dictionary = ActorDictionary.builder().addBuiltIn().build();
        List<String> problems = new ArrayList<>();
        for (GoldRecord r : gold.records()) {
            for (GoldEvent e : r.events()) {
                CameoCode row = ONTOLOGY.get(e.cameo());
                assertEquals(row.ploverEvent(), e.category(), r.id());
                for (String code : new String[]{e.source(), e.target()}) {
                    if (code != null) dictionary.codeProblem(code).ifPresent(p -> problems.add(r.id() + ": " + p));
                }
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void coversEveryCategoryAndRootWithTextsWithoutEvents() {
        Set<String> categories = new TreeSet<>();
        Set<String> roots = new TreeSet<>();
        int without = 0;
        int test = 0;
        for (GoldRecord r : gold.records()) {
            r.events().forEach(e -> {
                categories.add(e.category());
                roots.add(e.root());
            });
            if (r.events().isEmpty()) without++;
            if ("test".equals(r.split())) test++;
        }
        assertEquals(new TreeSet<>(Ontology.PLOVER_EVENTS), categories);
        Set<String> all = new HashSet<>();
        for (int i = 1; i <= 20; i++) all.add(String.format("%02d", i));
        assertEquals(new TreeSet<>(all), roots);
        assertTrue(gold.records().size() >= 400, "at least 400 records: " + gold.records().size());
        assertTrue(without >= 80, "at least 80 texts without events: " + without);
        double share = (double) test / gold.records().size();
        assertTrue(share > 0.2 && share < 0.3, "about a quarter held out as test: " + share);
    }

    private static List<JsonNode> iterable(JsonNode... lists) {
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode l : lists) l.forEach(out::add);
        return out;
    }
}
