package dyad.eval;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dyad.model.CameoCode;
import dyad.model.DataFileException;
import dyad.ontology.Ontology;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a JSON list of PLOVER gold records. A record is one text ({@code id}, {@code text}, optional {@code date},
 * {@code split}, {@code url}) with its events either in an {@code events} list, or as one event in the record itself
 * ({@code event}, {@code cameo}, {@code source}, {@code target}); records sharing an id (and text) are one document with
 * all their events. A record with neither is a text without events. Actors are lists of {@code {actorText, code}}.
 */
final class PloverJsonGold {
    private final String file;
    private final Ontology ontology;
    private final List<String> notes = new ArrayList<>();

    PloverJsonGold(String file, Ontology ontology) {
        this.file = file;
        this.ontology = ontology;
    }

    GoldSet read(String content) {
        ObjectMapper mapper = new ObjectMapper();
        Map<String, GoldRecord> byId = new LinkedHashMap<>();
        try (JsonParser p = mapper.createParser(content)) {
            if (p.nextToken() != JsonToken.START_ARRAY) throw new DataFileException(file, 1, "expected a JSON list of records");
            while (p.nextToken() == JsonToken.START_OBJECT) {
                int line = p.currentTokenLocation().getLineNr();
                JsonNode node = mapper.readTree(p);
                GoldRecord r = record(node, line);
                GoldRecord before = byId.get(r.id());
                byId.put(r.id(), before == null ? r : merge(before, r, line));
            }
            if (p.currentToken() != JsonToken.END_ARRAY) {
                throw new DataFileException(file, p.currentTokenLocation().getLineNr(), "expected a record (a JSON object) in the list");
            }
        } catch (JsonParseException e) {
            throw new DataFileException(file, e.getLocation() == null ? 0 : e.getLocation().getLineNr(), "invalid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new DataFileException(file, 0, "cannot read: " + e.getMessage());
        }
        return new GoldSet(file, GoldSet.PLOVER_JSON, new ArrayList<>(byId.values()), notes);
    }

    private GoldRecord merge(GoldRecord a, GoldRecord b, int line) {
        if (!a.text().equals(b.text())) {
            throw new DataFileException(file, line, "record '" + b.id() + "' has a different text from the record with the same id at " + a.origin());
        }
        if (a.split() != null && b.split() != null && !a.split().equals(b.split())) {
            throw new DataFileException(file, line, "record '" + b.id() + "' is in split '" + b.split() + "' but " + a.origin() + " in '" + a.split() + "'");
        }
        List<GoldEvent> events = new ArrayList<>(a.events());
        events.addAll(b.events());
        return new GoldRecord(a.id(), a.text(), a.date() != null ? a.date() : b.date(), a.split() != null ? a.split() : b.split(),
                a.url() != null ? a.url() : b.url(), events, null, a.origin(), a.story() != null ? a.story() : b.story(),
                a.set() != null ? a.set() : b.set());
    }

    private GoldRecord record(JsonNode n, int line) {
        String id = text(n, "id");
        if (id == null || id.isBlank()) throw new DataFileException(file, line, "record without an 'id'");
        String where = "record '" + id + "': ";
        String text = text(n, "text");
        if (text == null) throw new DataFileException(file, line, where + "no 'text'");
        LocalDate date = null;
        String d = text(n, "date");
        if (d != null && !d.isBlank()) {
            try {
                date = LocalDate.parse(d);
            } catch (DateTimeParseException e) {
                throw new DataFileException(file, line, where + "bad date '" + d + "' (want YYYY-MM-DD)");
            }
        }
        List<GoldEvent> events = new ArrayList<>();
        JsonNode list = n.get("events");
        if (list != null && !list.isNull()) {
            if (!list.isArray()) throw new DataFileException(file, line, where + "'events' must be a list");
            for (JsonNode e : list) {
                if (!e.isObject()) throw new DataFileException(file, line, where + "each of 'events' must be an object");
                event(e, where, line, events);
            }
        } else if (present(n, "event") || present(n, "cameo")) {
            event(n, where, line, events);
        }
        return new GoldRecord(id, text, date, blankToNull(text(n, "split")), blankToNull(text(n, "url")), events, null, file + ":" + line,
                blankToNull(text(n, "source_doc")), blankToNull(text(n, "set")));
    }

    /** Adds one gold event per source-target pair of an annotated event. */
    private void event(JsonNode e, String where, int line, List<GoldEvent> out) {
        if (e.get("cameo") != null && e.get("cameo").isNumber()) {
            throw new DataFileException(file, line, where + "write CAMEO codes as strings (\"036\", not 36)");
        }
        String cameo = blankToNull(text(e, "cameo"));
        Optional<CameoCode> row = Optional.empty();
        if (cameo != null) {
            row = ontology.find(cameo);
            if (row.isEmpty()) throw new DataFileException(file, line, where + "CAMEO code '" + cameo + "' is not in the ontology");
        }
        String category = blankToNull(text(e, "event"));
        if (category != null) {
            category = category.toUpperCase(Locale.ROOT);
            if (!Ontology.PLOVER_EVENTS.contains(category)) {
                throw new DataFileException(file, line, where + "unknown PLOVER event '" + category + "' (want one of " + String.join(" ", Ontology.PLOVER_ORDER) + ")");
            }
            if (row.isPresent() && !row.get().ploverEvent().equals(category)) {
                notes.add(file + ":" + line + ": " + where + "event " + category + " but CAMEO " + cameo + " is " + row.get().ploverEvent()
                        + " in Dyad's ontology; scored as " + category);
            }
        } else if (row.isPresent()) {
            category = row.get().ploverEvent();
        } else {
            throw new DataFileException(file, line, where + "an event needs 'event' (a PLOVER category) or 'cameo' (a CAMEO code)");
        }
        List<String[]> sources = actors(e.get("source"), where + "source: ", line);
        List<String[]> targets = actors(e.get("target"), where + "target: ", line);
        if (sources.isEmpty()) sources.add(new String[]{null, null});
        if (targets.isEmpty()) targets.add(new String[]{null, null});
        for (String[] s : sources) {
            for (String[] t : targets) out.add(new GoldEvent(category, cameo, s[0], t[0], s[1], t[1]));
        }
    }

    /** {code, text} for each actor of a list, a single actor object or a bare code; empty for null or []. */
    private List<String[]> actors(JsonNode n, String where, int line) {
        List<String[]> out = new ArrayList<>();
        if (n == null || n.isNull()) return out;
        if (n.isArray()) {
            for (JsonNode a : n) out.add(actor(a, where, line));
        } else {
            out.add(actor(n, where, line));
        }
        return out;
    }

    private String[] actor(JsonNode a, String where, int line) {
        String code;
        String words = null;
        if (a.isTextual()) {
            code = a.asText();
        } else if (a.isObject()) {
            code = text(a, "code");
            words = text(a, "actorText");
        } else {
            throw new DataFileException(file, line, where + "an actor is an object {\"actorText\": ..., \"code\": ...}");
        }
        if (code == null || code.isBlank()) throw new DataFileException(file, line, where + "an actor without a 'code'");
        code = code.strip().toUpperCase(Locale.ROOT);
        if (!code.matches("[A-Z]{3,}")) throw new DataFileException(file, line, where + "actor code '" + code + "' is not a run of letters");
        return new String[]{code, words};
    }

    private static boolean present(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v != null && !v.isNull() && !(v.isTextual() && v.asText().isBlank());
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
