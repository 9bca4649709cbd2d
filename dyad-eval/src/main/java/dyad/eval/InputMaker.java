package dyad.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.UncheckedIOException;

/**
 * The input {@code dyad code} needs to code a gold set's texts, so that its events link back by document id: JSON lines
 * ({@code id}, {@code date}, {@code text}, {@code url}) for PLOVER records; CoNLL-U with the records' own parses
 * ({@code # newdoc id}, {@code # date}) for PETRARCH validation records, for {@code dyad code --conllu}. Records that
 * are sentences of one story ({@code source_doc}) become one document, the story's sentences in order, as a user codes
 * a story (pronouns, surnames and quotes are read across sentences); the scorer links its events back to the sentence
 * records ({@link StoryLinks}). With a split, a story keeps all its records as context.
 */
public final class InputMaker {
    private final ObjectMapper mapper = new ObjectMapper();

    /** True when the gold carries parses, so {@link #input} writes CoNLL-U rather than JSON lines. */
    public static boolean writesConllU(GoldSet gold) {
        return gold.records().stream().allMatch(r -> r.conllu() != null);
    }

    /** The input for the records of one split (all for null), in gold order, stories as whole documents. */
    public String input(GoldSet gold, String split) {
        return input(gold, split, true);
    }

    /** How many documents {@link #input(GoldSet, String, boolean)} writes. */
    public int documents(GoldSet gold, String split, boolean byStory) {
        return units(gold, split, byStory && !writesConllU(gold)).size();
    }

    /**
     * @param byStory one document per story (records sharing a {@code source_doc}); false: one per record
     */
    public String input(GoldSet gold, String split, boolean byStory) {
        StringBuilder b = new StringBuilder();
        boolean conllu = writesConllU(gold);
        for (java.util.List<GoldRecord> unit : units(gold, split, byStory && !conllu)) {
            if (unit.size() > 1 || unit.get(0).story() != null && byStory && !conllu) {
                story(b, unit);
                continue;
            }
            GoldRecord r = unit.get(0);
            if (conllu) {
                b.append("# newdoc id = ").append(r.id()).append('\n');
                if (r.date() != null) b.append("# date = ").append(r.date()).append('\n');
                b.append("# text = ").append(r.text()).append('\n').append(r.conllu()).append('\n');
            } else {
                ObjectNode n = mapper.createObjectNode();
                n.put("id", r.id());
                if (r.date() != null) n.put("date", r.date().toString());
                n.put("text", r.text());
                if (r.url() != null) n.put("url", r.url());
                line(b, n);
            }
        }
        return b.toString();
    }

    /** The documents to write: each story's records (all of them, in id order) once, other records alone. */
    private static java.util.List<java.util.List<GoldRecord>> units(GoldSet gold, String split, boolean byStory) {
        java.util.Map<String, java.util.List<GoldRecord>> stories = new java.util.LinkedHashMap<>();
        if (byStory) {
            for (GoldRecord r : gold.records()) if (r.story() != null) stories.computeIfAbsent(r.story(), k -> new java.util.ArrayList<>()).add(r);
            stories.values().forEach(l -> l.sort(java.util.Comparator.comparing(GoldRecord::id)));
        }
        java.util.List<java.util.List<GoldRecord>> out = new java.util.ArrayList<>();
        java.util.Set<String> done = new java.util.HashSet<>();
        for (GoldRecord r : gold.records(split)) {
            if (r.story() != null && byStory) {
                if (done.add(r.story())) out.add(stories.get(r.story()));
            } else {
                out.add(java.util.List.of(r));
            }
        }
        return out;
    }

    /** A story's sentences as one document, paragraphs apart, under the story's id and its first record's date. */
    private void story(StringBuilder b, java.util.List<GoldRecord> records) {
        GoldRecord first = records.get(0);
        ObjectNode n = mapper.createObjectNode();
        n.put("id", first.story());
        if (first.date() != null) n.put("date", first.date().toString());
        n.put("text", String.join("\n\n", records.stream().map(GoldRecord::text).toList()));
        if (first.url() != null) n.put("url", first.url());
        line(b, n);
    }

    private void line(StringBuilder b, ObjectNode n) {
        try {
            b.append(mapper.writeValueAsString(n)).append('\n');
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
