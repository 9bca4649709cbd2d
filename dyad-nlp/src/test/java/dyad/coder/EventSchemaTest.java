package dyad.coder;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dyad.model.Document;
import dyad.model.Event;
import dyad.output.JsonLinesWriter;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Every event line must satisfy {@code ../shared/schema/event.schema.json}, the contract evaluation tools read.
 * A small validator for the JSON Schema keywords that file uses (type, required, properties, enum, pattern,
 * minimum/maximum, items, oneOf, $ref into $defs).
 */
class EventSchemaTest {
    static final Path SCHEMA = Path.of("../../shared/schema/event.schema.json");

    @Test
    void everyEventOfTheSeedStoryFollowsTheSchema() throws Exception {
        assumeTrue(Files.exists(SCHEMA), "../shared is absent");
        ObjectMapper json = new ObjectMapper();
        JsonNode schema = json.readTree(SCHEMA.toFile());
        String text = Files.readString(Path.of("../examples/seed-article.txt"));
        List<Event> events = SharedCoder.get().code(new Document("seed", text, LocalDate.of(2016, 3, 28), null, null, null)).events();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonLinesWriter w = new JsonLinesWriter(out, true)) {
            for (Event e : events) w.write(e);
        }
        String[] lines = out.toString(StandardCharsets.UTF_8).split("\n");
        assertEquals(events.size(), lines.length);
        for (String line : lines) {
            List<String> problems = new ArrayList<>();
            validate(json.readTree(line), schema, schema, "$", problems);
            assertTrue(problems.isEmpty(), problems + " in " + line);
        }
    }

    @Test
    void theValidatorCatchesViolations() throws Exception {
        assumeTrue(Files.exists(SCHEMA), "../shared is absent");
        ObjectMapper json = new ObjectMapper();
        JsonNode schema = json.readTree(SCHEMA.toFile());
        List<String> problems = new ArrayList<>();
        validate(json.readTree("{\"event_id\":\"x\",\"date\":\"28/03/2016\",\"plover\":{\"event\":\"HUG\"}}"), schema, schema, "$", problems);
        assertTrue(problems.stream().anyMatch(p -> p.contains("doc_id")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("$.date")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("$.plover.event")), problems.toString());
    }

    static void validate(JsonNode v, JsonNode s, JsonNode root, String path, List<String> problems) {
        if (s.has("$ref")) {
            String ref = s.get("$ref").asText();
            validate(v, root.at(ref.substring(1)), root, path, problems);
            return;
        }
        if (s.has("oneOf")) {
            int ok = 0;
            for (JsonNode alt : s.get("oneOf")) {
                List<String> p = new ArrayList<>();
                validate(v, alt, root, path, p);
                if (p.isEmpty()) ok++;
            }
            if (ok != 1) problems.add(path + ": matches " + ok + " of the oneOf alternatives");
        }
        if (s.has("type") && !typeOk(v, s.get("type"))) {
            problems.add(path + ": type " + v.getNodeType() + " is not " + s.get("type"));
            return;
        }
        if (s.has("enum")) {
            boolean found = false;
            for (JsonNode e : s.get("enum")) found |= e.equals(v);
            if (!found) problems.add(path + ": " + v + " not in " + s.get("enum"));
        }
        if (s.has("pattern") && v.isTextual() && !java.util.regex.Pattern.compile(s.get("pattern").asText()).matcher(v.asText()).find()) {
            problems.add(path + ": '" + v.asText() + "' does not match " + s.get("pattern"));
        }
        if (s.has("minimum") && v.isNumber() && v.asDouble() < s.get("minimum").asDouble()) problems.add(path + ": below minimum");
        if (s.has("maximum") && v.isNumber() && v.asDouble() > s.get("maximum").asDouble()) problems.add(path + ": above maximum");
        if (v.isObject()) {
            if (s.has("required")) {
                for (JsonNode r : s.get("required")) if (!v.has(r.asText())) problems.add(path + ": missing required '" + r.asText() + "'");
            }
            if (s.has("properties")) {
                for (Iterator<Map.Entry<String, JsonNode>> it = s.get("properties").fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> p = it.next();
                    if (v.has(p.getKey())) validate(v.get(p.getKey()), p.getValue(), root, path + "." + p.getKey(), problems);
                }
            }
        }
        if (v.isArray() && s.has("items")) {
            for (int i = 0; i < v.size(); i++) validate(v.get(i), s.get("items"), root, path + "[" + i + "]", problems);
        }
    }

    private static boolean typeOk(JsonNode v, JsonNode type) {
        if (type.isArray()) {
            for (JsonNode t : type) if (typeOk(v, t)) return true;
            return false;
        }
        return switch (type.asText()) {
            case "object" -> v.isObject();
            case "array" -> v.isArray();
            case "string" -> v.isTextual();
            case "integer" -> v.isIntegralNumber();
            case "number" -> v.isNumber();
            case "boolean" -> v.isBoolean();
            case "null" -> v.isNull();
            default -> false;
        };
    }
}
