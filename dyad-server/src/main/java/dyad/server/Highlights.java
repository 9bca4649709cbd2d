package dyad.server;

import com.fasterxml.jackson.core.JsonGenerator;
import dyad.model.Actor;
import dyad.model.Event;
import dyad.model.Span;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The pieces of a document's cleaned text that its events name: each source and target actor, trigger and place,
 * with the events it belongs to, for a page to highlight ({@code GET /api/documents/{id}}, {@code POST /api/code}).
 * One span per kind and offsets, in text order (start, then the longer first).
 */
final class Highlights {
    /** What a span is. */
    enum Kind { SOURCE, TARGET, TRIGGER, PLACE }

    /**
     * @param kind   source, target, trigger or place
     * @param start  offset in the cleaned text
     * @param end    end offset (exclusive)
     * @param text   the words
     * @param label  the actor code, the CAMEO code, or the place's name
     * @param events the ids of the events it belongs to, in event order
     */
    record Highlight(Kind kind, int start, int end, String text, String label, List<String> events) {
    }

    private Highlights() {
    }

    static List<Highlight> of(List<Event> events) {
        Map<String, Highlight> byKey = new LinkedHashMap<>();
        for (Event e : events) {
            actor(byKey, Kind.SOURCE, e.source(), e);
            actor(byKey, Kind.TARGET, e.target(), e);
            add(byKey, Kind.TRIGGER, e.trigger(), e.cameo().code(), e);
            if (e.location() != null) add(byKey, Kind.PLACE, e.location().text(), e.location().name(), e);
        }
        List<Highlight> out = new ArrayList<>(byKey.values());
        out.sort(Comparator.comparingInt(Highlight::start).thenComparing(Highlight::end, Comparator.reverseOrder())
                .thenComparing(Highlight::kind));
        return out;
    }

    private static void actor(Map<String, Highlight> byKey, Kind kind, Actor a, Event e) {
        if (a != null) add(byKey, kind, a.span(), a.code().code(), e);
    }

    private static void add(Map<String, Highlight> byKey, Kind kind, Span s, String label, Event e) {
        if (s == null || s.start() < 0 || s.end() <= s.start()) return;
        String key = kind + ":" + s.start() + ":" + s.end() + ":" + label;
        Highlight h = byKey.get(key);
        if (h == null) {
            byKey.put(key, new Highlight(kind, s.start(), s.end(), s.text(), label, new ArrayList<>(List.of(e.eventId()))));
        } else if (!h.events().contains(e.eventId())) {
            h.events().add(e.eventId());
        }
    }

    static void write(JsonGenerator g, List<Highlight> spans) throws IOException {
        g.writeStartArray();
        for (Highlight h : spans) {
            g.writeStartObject();
            g.writeStringField("kind", h.kind().name().toLowerCase(java.util.Locale.ROOT));
            g.writeNumberField("start", h.start());
            g.writeNumberField("end", h.end());
            g.writeStringField("text", h.text());
            g.writeStringField("label", h.label());
            g.writeArrayFieldStart("events");
            for (String id : h.events()) g.writeString(id);
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
    }
}
