package dyad.model;

/**
 * An actor as it appears in an event: its code and the words that named it.
 *
 * @param code   the resolved code
 * @param text   the actor's words in the sentence
 * @param entity dictionary entry the mention resolved to ("VLADIMIR_PUTIN"), or null
 * @param span   where the words are in the cleaned text
 * @param rule   how the code was obtained ("dictionary", "agent+country", "document memory"...), for evidence
 */
public record Actor(ActorCode code, String text, String entity, Span span, String rule) {
}
