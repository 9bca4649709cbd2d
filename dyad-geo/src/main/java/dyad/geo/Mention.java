package dyad.geo;

import dyad.model.Span;

import java.util.List;

/**
 * A name in the text that the gazetteer knows: a toponym candidate before resolution.
 *
 * @param sentence   sentence index, -1 for the dateline
 * @param first      first token index in its sentence
 * @param end        token index after the last
 * @param span       the words and their offsets in the cleaned text (the dateline: offsets -1)
 * @param key        the name's lookup key
 * @param candidates the places it may name
 * @param ner        the NER tag of its tokens (LOCATION, PERSON, ORGANIZATION, or O when none or not run)
 * @param marker     the preposition before it, lower case ("in", "near", "from"), or ""
 */
public record Mention(int sentence, int first, int end, Span span, String key, List<Gazetteer.Candidate> candidates,
                      String ner, String marker) {
    public Mention {
        candidates = List.copyOf(candidates);
    }
}
