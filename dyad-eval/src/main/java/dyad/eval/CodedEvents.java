package dyad.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dyad.ingest.TextFile;
import dyad.model.DataFileException;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Events read from Dyad's JSON-lines output ({@code schema/event.schema.json}): the required fields {@code doc_id},
 * {@code sentence_index}, {@code source}, {@code target}, {@code cameo.code}, {@code plover.event}. Events marked
 * {@code "negated": true} (written with {@code --keep-negated}) or flagged hypothetical, future or historical (written
 * with {@code --keep-modal}) are left out: a coder codes what happened. A source or target coded {@code ---} (nobody
 * named: "a roadside bomb killed ...") is no actor, as an empty list is in the gold.
 *
 * @param file    the file read
 * @param events  the events, in file order
 * @param negated how many negated, hypothetical, future or historical events were left out
 */
public record CodedEvents(String file, List<CodedEvent> events, int negated) {
    /** The code of an actor nobody named ("a roadside bomb killed ..."): scored as no actor, like the gold's {@code []}. */
    static final String UNKNOWN = "---";

    public CodedEvents {
        events = List.copyOf(events);
    }

    /**
     * Reads a JSON-lines file; blank lines are ignored.
     *
     * @throws DataFileException naming the file and line of a line that is not an event
     */
    public static CodedEvents read(Path file) {
        ObjectMapper mapper = new ObjectMapper();
        String name = file.toString();
        List<CodedEvent> events = new ArrayList<>();
        int negated = 0;
        String[] lines = TextFile.read(file, "events file").split("\r?\n");
        for (int i = 0; i < lines.length; i++) {
            int no = i + 1;
            String line = lines[i];
            if (line.isBlank()) continue;
            JsonNode n;
            try {
                n = mapper.readTree(line);
            } catch (JsonProcessingException e) {
                throw new DataFileException(name, no, "not JSON: " + e.getOriginalMessage());
            }
            if (!n.isObject()) throw new DataFileException(name, no, "not an event object");
            if (n.path("negated").asBoolean(false) || n.path("hypothetical").asBoolean(false)
                    || n.path("future").asBoolean(false) || n.path("historical").asBoolean(false)) {
                negated++;
                continue;
            }
            events.add(event(n, name, no));
        }
        return new CodedEvents(name, events, negated);
    }

    private static CodedEvent event(JsonNode n, String file, int no) {
        String doc = required(n.get("doc_id"), "doc_id", file, no);
        String cameo = required(n.path("cameo").get("code"), "cameo.code", file, no);
        if (!cameo.matches("\\d{2,4}")) throw new DataFileException(file, no, "cameo.code '" + cameo + "' is not a CAMEO code");
        String category = required(n.path("plover").get("event"), "plover.event", file, no).toUpperCase(Locale.ROOT);
        JsonNode source = n.get("source");
        if (source == null || !source.isObject()) throw new DataFileException(file, no, "event without a 'source' object");
        JsonNode target = n.get("target");
        boolean hasTarget = target != null && target.isObject();
        String sourceCode = required(source.get("code"), "source.code", file, no).toUpperCase(Locale.ROOT);
        String targetCode = hasTarget ? required(target.get("code"), "target.code", file, no).toUpperCase(Locale.ROOT) : null;
        return new CodedEvent(doc, n.path("sentence_index").asInt(0), category, cameo,
                UNKNOWN.equals(sourceCode) ? null : sourceCode, UNKNOWN.equals(targetCode) ? null : targetCode,
                source.path("text").asText(null), hasTarget ? target.path("text").asText(null) : null, file + ":" + no,
                n.path("sentence").asText(null));
    }

    private static String required(JsonNode v, String field, String file, int no) {
        if (v == null || v.isNull() || v.asText().isBlank()) throw new DataFileException(file, no, "event without '" + field + "'");
        return v.asText().strip();
    }
}
