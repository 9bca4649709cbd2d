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
    /**
     * Whether two actors are one: the same code and the same entity, the same words, or overlapping words. Two actors
     * of one code are different actors when they are different words for different entities ("the interior minister
     * criticised the finance minister").
     */
    public boolean sameAs(Actor other) {
        if (!code.equals(other.code)) return false;
        if (text.equalsIgnoreCase(other.text)) return true;
        if (span.start() < other.span.end() && other.span.start() < span.end()) return true;
        // one entity named twice ("Putin ... the Russian president Putin"); not two agents of one owner ("Italy's
        // interior minister" and "Italy's finance minister" share the entity ITA)
        return entity != null && entity.equals(other.entity) && !composed() && !other.composed();
    }

    /** Whether the code was composed from an agent word and an owner ("Italy's interior minister"). */
    private boolean composed() {
        return rule != null && rule.startsWith("agent");
    }
}
