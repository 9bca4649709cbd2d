package dyad.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * An {@link Event} while the stages still fill it in: the event stage makes it (pattern, actors, code, date,
 * evidence), coding a future cooperative event as intent changes its code, geolocation adds its place and may give
 * generic actors a country. It is built once, by {@link #build()}, which computes the event id from the final
 * fields. Mutable: one document's drafts live inside one {@code code()} call.
 */
public final class EventDraft {
    private final String docId;
    private final int sentenceIndex;
    private final String sentence;
    private final LocalDate date;
    private final Span trigger;
    private final boolean negated;
    private final String pattern;
    private final String dateRule;
    private final List<String> notes;
    private Actor source;
    private Actor target;
    private CameoCode cameo;
    private Modality modality;
    private Location location;

    /**
     * @param pattern  the pattern that fired, with its file:line (the evidence's {@code pattern})
     * @param dateRule how the date was chosen
     * @param notes    the evidence's notes so far
     */
    public EventDraft(String docId, int sentenceIndex, String sentence, LocalDate date, Actor source, Actor target, CameoCode cameo,
                      Span trigger, boolean negated, Modality modality, String pattern, String dateRule, List<String> notes) {
        this.docId = docId;
        this.sentenceIndex = sentenceIndex;
        this.sentence = sentence;
        this.date = date;
        this.source = source;
        this.target = target;
        this.cameo = cameo;
        this.trigger = trigger;
        this.negated = negated;
        this.modality = modality;
        this.pattern = pattern;
        this.dateRule = dateRule;
        this.notes = new ArrayList<>(notes);
    }

    public String docId() {
        return docId;
    }

    public int sentenceIndex() {
        return sentenceIndex;
    }

    public Span trigger() {
        return trigger;
    }

    public Actor source() {
        return source;
    }

    public Actor target() {
        return target;
    }

    public CameoCode cameo() {
        return cameo;
    }

    public Modality modality() {
        return modality;
    }

    public Location location() {
        return location;
    }

    /** Another code and modality (the intent an announcement states), and why. */
    public void recode(CameoCode code, Modality mode, String note) {
        this.cameo = code;
        this.modality = mode;
        notes.add(note);
    }

    /** Other actors (the same people, coded more exactly), and why. */
    public void actors(Actor newSource, Actor newTarget, List<String> why) {
        this.source = newSource;
        this.target = newTarget;
        notes.addAll(why);
    }

    /** Where the event happened, and how that was decided. */
    public void locate(Location where, String note) {
        this.location = where;
        notes.add(note);
    }

    /** Removes the evidence notes that start with {@code prefix} (a mode that no longer holds). */
    public void dropNotes(String prefix) {
        notes.removeIf(n -> n.startsWith(prefix));
    }

    /** The event, its id hashed from the final fields. */
    public Event build() {
        return new Event(id(), docId, sentenceIndex, sentence, date, source, target, cameo, trigger, negated, modality,
                new Event.Evidence(pattern, dateRule, notes), location);
    }

    /** A deterministic id: a hash of the document, sentence, trigger position, final code and final actors. */
    String id() {
        String key = docId + "\u0000" + sentenceIndex + "\u0000" + trigger.start() + "\u0000" + cameo.code() + "\u0000"
                + source.code().code() + "\u0000" + source.span().start() + "\u0000"
                + (target == null ? "-" : target.code().code() + "\u0000" + target.span().start());
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(h, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
