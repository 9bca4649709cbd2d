package dyad.coder;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dyad.model.Document;
import dyad.model.Event;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Golden output over several Wikinews stories of 2019 (read from ../shared, skipped where it is absent). The expected
 * events were reviewed by hand; {@code wikinews-golden.txt} says which are right and which are known errors. After a
 * deliberate change, re-record with {@code ./mvnw -pl dyad-nlp test -Dtest=WikinewsGoldenTest -Ddyad.golden.update=true},
 * review the diff and commit it.
 */
class WikinewsGoldenTest {
    static final Path CORPUS = Path.of("../../shared/corpora/wikinews-2019.jsonl");
    static final Path GOLDEN = Path.of("src/test/resources/dyad/coder/wikinews-golden.txt");
    static final Set<String> STORIES = Set.of("wikinews-2019-0015", "wikinews-2019-0016", "wikinews-2019-0020",
            "wikinews-2019-0114", "wikinews-2019-0122", "wikinews-2019-0133", "wikinews-2019-0143");

    static String line(Event e) {
        return e.docId() + " s" + e.sentenceIndex() + " " + e.date() + " " + e.source().code().code() + " -> "
                + (e.target() == null ? "-" : e.target().code().code()) + " " + e.cameo().code() + " " + e.cameo().ploverEvent()
                + " '" + e.trigger().text() + "' | " + e.source().text() + " | " + (e.target() == null ? "" : e.target().text());
    }

    @Test
    void selectedStoriesGiveTheReviewedEvents() throws IOException {
        assumeTrue(Files.exists(CORPUS), "../shared is absent");
        ObjectMapper json = new ObjectMapper();
        List<String> got = new ArrayList<>();
        for (String l : Files.readAllLines(CORPUS)) {
            JsonNode n = json.readTree(l);
            if (!STORIES.contains(n.get("id").asText())) continue;
            Document d = new Document(n.get("id").asText(), n.get("text").asText(), LocalDate.parse(n.get("date").asText()), null, null, null);
            for (Event e : SharedCoder.get().code(d).events()) got.add(line(e));
        }
        if (Boolean.getBoolean("dyad.golden.update")) {
            List<String> out = new ArrayList<>();
            for (String l : Files.readAllLines(GOLDEN)) if (l.startsWith("#")) out.add(l);
            out.addAll(got);
            Files.write(GOLDEN, out);
        }
        List<String> expected = Files.readAllLines(GOLDEN).stream().filter(l -> !l.startsWith("#") && !l.isBlank())
                .map(l -> l.replaceFirst("^[+x] ", "")).toList();
        assertEquals(String.join("\n", expected), String.join("\n", got),
                "events changed; review, then re-record with -Ddyad.golden.update=true");
    }
}
