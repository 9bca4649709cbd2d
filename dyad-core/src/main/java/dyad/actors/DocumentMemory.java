package dyad.actors;

import dyad.model.ActorCode;

import java.util.HashMap;
import java.util.Map;

/**
 * What a document has said so far about its actors, so that "the militants" after "Islamic State militants"
 * and "he" after "Ali Shamkhani" can be coded. One per document; not shared between threads.
 */
public final class DocumentMemory {
    private final Map<String, Remembered> byAgent = new HashMap<>();
    private final Map<String, Remembered> bySector = new HashMap<>();
    private final Map<String, Remembered> byName = new HashMap<>();
    private Remembered lastPerson;
    private Remembered lastGroup;
    private Remembered speaker;
    private boolean violence;
    private Remembered attacker;

    /** A code remembered with the words that gave it. */
    public record Remembered(ActorCode code, String text, String entity) {
    }

    void rememberAgent(String agentLemma, String sector, Remembered r) {
        byAgent.put(agentLemma, r);
        if (sector != null) bySector.put(sector, r);
    }

    void rememberName(String normalizedName, Remembered r) {
        byName.put(normalizedName, r);
    }

    void rememberPerson(Remembered r) {
        lastPerson = r;
    }

    Remembered agent(String agentLemma, String sector) {
        Remembered r = byAgent.get(agentLemma);
        if (r == null && sector != null) r = bySector.get(sector);
        return r;
    }

    Remembered name(String normalizedName) {
        return byName.get(normalizedName);
    }

    /** The last organisation, country or group of people named ("they" may be them). */
    void rememberGroup(Remembered r) {
        lastGroup = r;
    }

    Remembered lastGroup() {
        return lastGroup;
    }

    /**
     * The speaker of the sentence being coded when it quotes someone ("'We will respond,' the army said"; a sentence
     * continuing a quotation: the speaker named before): "I" and "we" inside the quotation are the speaker. Null when
     * the sentence quotes nobody known.
     */
    public void speaker(Remembered r) {
        speaker = r;
    }

    Remembered speaker() {
        return speaker;
    }

    /** Notes that the story has reported violence (its casualties are that violence's). */
    public void violence() {
        violence = true;
    }

    /** Notes who the story last said used violence ("the Taliban attacked ..."): "the attack" later is theirs. */
    public void attacker(Remembered r) {
        attacker = r;
    }

    /** Who the story last said used violence, or null. */
    public Remembered lastAttacker() {
        return attacker;
    }

    /** Whether the story has reported violence so far. */
    public boolean sawViolence() {
        return violence;
    }

    /** The speaker of the sentence being coded, or null (see {@link #speaker(Remembered)}). */
    public Remembered currentSpeaker() {
        return speaker;
    }

    Remembered lastPerson() {
        return lastPerson;
    }
}
