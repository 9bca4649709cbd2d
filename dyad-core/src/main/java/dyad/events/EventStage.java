package dyad.events;

import dyad.actors.ActorDictionary;
import dyad.actors.ActorResolver;
import dyad.actors.DocumentMemory;
import dyad.actors.NameMatcher;
import dyad.actors.SentenceActors;
import dyad.actors.StoryCountry;
import dyad.dates.EventDater;
import dyad.dates.TimeExpression;
import dyad.dates.TimeExpressionFinder;
import dyad.model.Actor;
import dyad.model.AnnotatedSentence;
import dyad.model.Event;
import dyad.model.EventDraft;
import dyad.ontology.Ontology;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Stages 3 to 6 over annotated sentences: actors -> events -> dates -> assembly, with one {@link DocumentMemory}
 * per document. Needs no NLP models: CoreNLP's output and users' CoNLL-U parses go through the same code.
 * Immutable and thread-safe.
 */
public final class EventStage {
    private final NameMatcher matcher;
    private final ActorResolver resolver;
    private final EventCoder eventCoder;
    private final QuoteSpeakers speakers;
    private final EvaluativeSpeech evaluations;
    private final TimeExpressionFinder times = new TimeExpressionFinder();
    private final EventDater dater = new EventDater();
    private final EventAssembler assembler = new EventAssembler();
    private final Ontology ontology;
    private final boolean keepNegated;
    private final boolean keepModal;
    /** Dyad's rule (not PETRARCH's): announced cooperation is coded as the intent (root 03). */
    private final boolean futureAsIntent;

    /** A stage that drops hypothetical, future and historical events. */
    public EventStage(ActorDictionary actors, PatternSet patterns, Ontology ontology, boolean keepNegated) {
        this(actors, patterns, ontology, keepNegated, false);
    }

    /**
     * @param keepNegated emit negated events (flagged) instead of dropping them
     * @param keepModal   emit hypothetical, future and historical events (flagged) instead of dropping them
     */
    public EventStage(ActorDictionary actors, PatternSet patterns, Ontology ontology, boolean keepNegated, boolean keepModal) {
        this(actors, patterns, ontology, keepNegated, keepModal, CodingRules.DYAD);
    }

    /** A stage that codes by other conventions (PETRARCH's, for {@code dyad validate}, which codes modal events too). */
    public EventStage(ActorDictionary actors, PatternSet patterns, Ontology ontology, boolean keepNegated, CodingRules rules) {
        this(actors, patterns, ontology, keepNegated, true, rules);
    }

    public EventStage(ActorDictionary actors, PatternSet patterns, Ontology ontology, boolean keepNegated, boolean keepModal,
                      CodingRules rules) {
        this.keepModal = keepModal;
        this.futureAsIntent = rules.equals(CodingRules.DYAD);
        this.matcher = actors.matcher();
        this.resolver = new ActorResolver(actors, rules.agentCodesAppended());
        this.ontology = ontology;
        Conventions conventions = Conventions.builtIn();
        this.eventCoder = new EventCoder(patterns, resolver, ontology, rules, conventions);
        this.speakers = new QuoteSpeakers(resolver, conventions);
        this.evaluations = rules.equals(CodingRules.DYAD) ? new EvaluativeSpeech(resolver, conventions) : null;
        this.keepNegated = keepNegated;
    }

    /**
     * What the stages made of a document's sentences.
     *
     * @param drafts      the events, in sentence and trigger order, for geolocation to complete
     * @param parsed      sentences that had a parse
     * @param negated     negated events (dropped unless kept)
     * @param datingNanos time spent on dates, for the benchmark's stage shares
     * @param modal       hypothetical, future and historical events (dropped unless kept)
     * @param storyCountry the country the story's actors belong to most ({@link StoryCountry}), or null
     */
    public record Coded(List<EventDraft> drafts, int parsed, int negated, long datingNanos, int modal, String storyCountry) {
        /** The events as they are (built now, without geolocation). */
        public List<Event> events() {
            return drafts.stream().map(EventDraft::build).toList();
        }
    }

    public Coded code(String docId, List<AnnotatedSentence> sentences, LocalDate date) {
        return code(docId, sentences, date, null);
    }

    /**
     * As {@link #code(String, List, LocalDate)}, telling {@code trace} (when not null) about every pattern that fired in
     * a sentence and gave no event, and why ({@code dyad explain}).
     */
    public Coded code(String docId, List<AnnotatedSentence> sentences, LocalDate date, SentenceTrace trace) {
        List<EventDraft> events = new ArrayList<>();
        DocumentMemory memory = new DocumentMemory();
        int parsed = 0;
        int negated = 0;
        int modal = 0;
        long dating = 0;
        List<SentenceActors> actors = new ArrayList<>(sentences.size());
        for (AnnotatedSentence s : sentences) actors.add(SentenceActors.of(s, matcher.find(s, date)));
        boolean open = false;
        DocumentMemory.Remembered lastSpeaker = null;
        for (int i = 0; i < actors.size(); i++) {
            SentenceActors sa = actors.get(i);
            AnnotatedSentence s = sa.sentence();
            boolean[] quoted = QuoteSpeakers.quoted(s, open);
            DocumentMemory.Remembered speaker = null;
            if (QuoteSpeakers.any(quoted)) {
                speaker = speakers.speaker(sa, quoted, memory);
                if (speaker == null && open) speaker = lastSpeaker;
                if (speaker == null && i + 1 < actors.size()) {
                    SentenceActors next = actors.get(i + 1);
                    boolean nextOpen = QuoteSpeakers.endsOpen(s, open);
                    speaker = speakers.speaker(next, QuoteSpeakers.quoted(next.sentence(), nextOpen), memory);
                }
                if (speaker == null) speaker = lastSpeaker;
                lastSpeaker = speaker;
            }
            memory.speaker(speaker);
            open = QuoteSpeakers.endsOpen(s, open);
            if (s.parsed()) {
                parsed++;
                List<EventMatch> matches = new ArrayList<>(trace == null ? eventCoder.code(sa, memory)
                        : eventCoder.code(sa, memory, (k, p, why) -> trace.note(s, k, p, why)));
                if (evaluations != null) matches.addAll(evaluations.find(sa, quoted, memory, matches));
                if (!matches.isEmpty()) {
                    long d0 = System.nanoTime();
                    List<TimeExpression> found = times.find(s, date);
                    for (EventMatch m : matches) {
                        if (m.negated()) {
                            negated++;
                            if (!keepNegated) continue;
                        }
                        EventDater.Dated when = dater.date(s, m.trigger(), found, date);
                        EventDraft e = assembler.assemble(docId, s, m, ontology.get(m.code()), when, date);
                        String intent = futureAsIntent && e.modality().future() && !e.modality().hypothetical()
                                ? IntentCodes.of(e.cameo().code()) : null;
                        if (intent != null) assembler.asIntent(e, ontology.get(intent));
                        if (!e.modality().names().isEmpty() && !m.negated()) {
                            modal++;
                            if (!keepModal) continue;
                        }
                        events.add(e);
                        if ("ASSAULT".equals(e.cameo().ploverEvent())) {
                            memory.violence();
                            Actor doer = e.source();
                            if (doer != null && doer.span().start() < doer.span().end() && doer.code().country() != null) {
                                memory.attacker(new DocumentMemory.Remembered(doer.code(), doer.text(), doer.entity()));
                            }
                        }
                    }
                    dating += System.nanoTime() - d0;
                }
            }
            if (s.parsed()) resolver.rememberSubjects(sa, memory);
            resolver.remember(sa, memory);
        }
        return new Coded(events, parsed, negated, dating, modal, StoryCountry.of(actors));
    }

    /** Receives, for {@link #code(String, List, LocalDate, SentenceTrace)}, the patterns that fired and gave no event. */
    @FunctionalInterface
    public interface SentenceTrace {
        void note(AnnotatedSentence sentence, int trigger, Pattern pattern, String why);
    }

    /** Whether a lemma can start an event: a pattern's trigger or an evaluative word (sentences worth parsing). */
    public boolean isTrigger(String lemma) {
        return eventCoder.patterns().isTrigger(lemma) || evaluations != null && evaluations.evaluative(lemma);
    }

    public NameMatcher matcher() {
        return matcher;
    }

    public PatternSet patterns() {
        return eventCoder.patterns();
    }
}
