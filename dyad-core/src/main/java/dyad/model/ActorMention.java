package dyad.model;

/**
 * A dictionary match in a sentence: a run of tokens that names a known entity, country or agent.
 *
 * @param sentence   sentence index
 * @param startToken first token (inclusive)
 * @param endToken   last token (exclusive)
 * @param kind       what matched
 * @param code       the code the entry has on the document's date (for AGENT: the sector only, country null)
 * @param entity     entry id ("VLADIMIR_PUTIN", "RUS", "agent:troops")
 * @param source     where the entry was defined, "file:line"
 * @param span       the matched words
 */
public record ActorMention(int sentence, int startToken, int endToken, Kind kind, ActorCode code,
                           String entity, String source, Span span) {
    public enum Kind {
        /** a person, organisation or other named entity */
        ENTITY,
        /** a country by name or capital ("Iran", "Tehran") */
        COUNTRY,
        /** a country adjective or demonym ("Iranian") */
        ADJECTIVE,
        /** an agent word ("troops", "president") that gives a sector */
        AGENT
    }

    public boolean covers(int token) {
        return token >= startToken && token < endToken;
    }
}
