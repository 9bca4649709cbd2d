package dyad.coder;

import dyad.actors.Names;
import dyad.clean.Cleaner;
import dyad.clean.WebJunkCleaner;
import dyad.events.EventStage;
import dyad.events.Conventions;
import dyad.geo.ActorCountries;
import dyad.geo.PlaceTargets;
import dyad.geo.EventLocator;
import dyad.geo.GeoResult;
import dyad.geo.PlaceResolver;
import dyad.ingest.ConllUReader;
import dyad.model.AnnotatedSentence;
import dyad.model.CleanDocument;
import dyad.model.Document;
import dyad.model.Event;
import dyad.model.EventDraft;
import dyad.model.Token;
import dyad.nlp.Linguistics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The library entry point: {@code code(document) -> events}. The stages are wired here, in order:
 * clean -> linguistics (tag all, parse only candidate sentences) -> actors -> events -> dates -> assembly -> geolocation.
 * Holds the models and dictionaries (load once, seconds) and no per-call state: safe to use from many threads.
 * Front ends run batches through {@link BatchRunner}; users' own parses enter after linguistics
 * ({@link #forParsedInput}, {@link #code(ConllUReader.ParsedDocument, LocalDate)}).
 */
public final class Coder {
    private final Cleaner cleaner = new WebJunkCleaner();
    private final Linguistics linguistics;
    private final EventStage events;
    private final PlaceResolver places;
    private final EventLocator locator = new EventLocator();
    private final ActorCountries actorCountries = new ActorCountries();
    private final PlaceTargets placeTargets = new PlaceTargets(Conventions.builtIn());

    public Coder(CoderConfig config) {
        this(config, new Linguistics(config.ner()));
    }

    /**
     * A coder for parsed input only (users' CoNLL-U parses): no CoreNLP models are loaded, and
     * {@link #code(Document)} is refused.
     */
    public static Coder forParsedInput(CoderConfig config) {
        return new Coder(config, null);
    }

    /** A coder sharing already loaded CoreNLP models (tests and benchmarks build several configurations). */
    public Coder(CoderConfig config, Linguistics linguistics) {
        this.linguistics = linguistics;
        this.events = new EventStage(config.actors(), config.patterns(), config.ontology(), config.keepNegated(), config.keepModal());
        this.places = config.gazetteer() == null ? null : new PlaceResolver(config.gazetteer());
    }

    /** The place resolver, or null when the coder has no gazetteer. */
    public PlaceResolver places() {
        return places;
    }

    public Linguistics linguistics() {
        return linguistics;
    }

    /** Codes a batch, in order. */
    public List<DocumentResult> code(List<Document> documents) {
        List<DocumentResult> out = new ArrayList<>(documents.size());
        for (Document d : documents) out.add(code(d));
        return out;
    }

    /** Codes one document. Its date must be set (the caller decides what an undated document gets). */
    public DocumentResult code(Document document) {
        Objects.requireNonNull(document.date(), () -> "document " + document.id() + " has no date");
        if (linguistics == null) throw new IllegalStateException("this coder reads parsed input only (Coder.forParsedInput)");
        long t0 = System.nanoTime();
        CleanDocument clean = cleaner.clean(document);
        long t1 = System.nanoTime();
        if (clean.text().isBlank()) {
            return DocumentResult.skipped(document, "empty after cleaning (only web junk: "
                    + String.join("; ", clean.removed().stream().limit(3).toList()) + ")");
        }
        List<AnnotatedSentence> sentences = linguistics.annotate(clean.text(), this::worthParsing, places != null);
        long t2 = System.nanoTime();
        return events(document, clean, sentences, t1 - t0, t2 - t1, null);
    }

    /**
     * Codes one document and says why: its events (flagged ones too when the configuration keeps them), the parse of
     * each sentence, and every pattern that fired in a sentence without giving an event, with the reason
     * ({@code dyad explain}).
     */
    public Explanation explain(Document document) {
        Objects.requireNonNull(document.date(), () -> "document " + document.id() + " has no date");
        if (linguistics == null) throw new IllegalStateException("this coder reads parsed input only (Coder.forParsedInput)");
        CleanDocument clean = cleaner.clean(document);
        if (clean.text().isBlank()) return new Explanation(code(document), List.of(), List.of());
        List<AnnotatedSentence> sentences = linguistics.annotate(clean.text(), this::worthParsing, places != null);
        List<Explanation.Miss> misses = new ArrayList<>();
        DocumentResult r = events(document, clean, sentences, 0, 0, (s, k, p, why) -> misses.add(new Explanation.Miss(s.index(),
                s.token(k).word(), p.id() + " (" + p.source() + ")", p.code(), why)));
        return new Explanation(r, sentences, misses);
    }

    /**
     * What {@link #explain} found.
     *
     * @param result    the coded document
     * @param sentences its annotated sentences (tokens, tags, parse where one was made)
     * @param misses    the patterns that fired and gave no event
     */
    public record Explanation(DocumentResult result, List<AnnotatedSentence> sentences, List<Miss> misses) {
        /** A pattern that fired at a word of a sentence and gave no event, and why. */
        public record Miss(int sentence, String word, String pattern, String code, String why) {
        }
    }

    /**
     * Codes a document that comes parsed (users' CoNLL-U): the stages after linguistics, geolocation included.
     *
     * @param date the document's date, or the date to give it when it has none
     */
    public DocumentResult code(ConllUReader.ParsedDocument parsed, LocalDate date) {
        Document document = new Document(parsed.id(), parsed.text(), parsed.date() != null ? parsed.date() : date, null, null, parsed.origin());
        Objects.requireNonNull(document.date(), () -> "document " + document.id() + " has no date");
        return events(document, new CleanDocument(document, parsed.text(), null, List.of()), parsed.sentences(), 0, 0, null);
    }

    /** Actors, events, dates, assembly and geolocation over annotated sentences; each event built once, at the end. */
    private DocumentResult events(Document document, CleanDocument clean, List<AnnotatedSentence> sentences, long cleanNanos, long nlpNanos,
                                  EventStage.SentenceTrace trace) {
        long t2 = System.nanoTime();
        EventStage.Coded coded = events.code(document.id(), sentences, document.date(), trace);
        long t3 = System.nanoTime();
        GeoResult geo = GeoResult.NONE;
        if (places != null) {
            geo = places.resolve(sentences, clean.dateline());
            locator.locate(coded.drafts(), sentences, geo);
            actorCountries.fill(coded.drafts(), coded.storyCountry());
            placeTargets.fill(coded.drafts());
        }
        List<Event> out = coded.drafts().stream().map(EventDraft::build).toList();
        long t4 = System.nanoTime();
        List<String> texts = new ArrayList<>(sentences.size());
        for (AnnotatedSentence s : sentences) texts.add(s.text());
        return new DocumentResult(document, clean, out, null, texts, coded.parsed(), coded.negated(), coded.modal(),
                new DocumentResult.StageTimes(cleanNanos, nlpNanos, t3 - t2 - coded.datingNanos(), coded.datingNanos(), t4 - t3), geo);
    }

    /**
     * Codes sentences that are already annotated (the event-coding stage alone: actors, events, dates), for
     * benchmarks and for users who bring their own parses.
     */
    public List<Event> codeAnnotated(String docId, List<AnnotatedSentence> sentences, LocalDate date) {
        return events.code(docId, sentences, date).events();
    }

    /** A sentence is parsed when it has a trigger lemma and something that may name an actor. */
    private boolean worthParsing(AnnotatedSentence s) {
        boolean trigger = false;
        boolean actor = false;
        for (Token t : s.tokens()) {
            String lemma = t.lemma().toLowerCase();
            if (!trigger && (events.isTrigger(lemma) || events.patterns().isTriggerForm(t.word().toLowerCase()))) trigger = true;
            if (!actor && (t.pos().startsWith("NNP") || t.pos().startsWith("PRP") || events.matcher().startsAny(Names.normalize(t.word()))
                    || events.matcher().startsAny(Names.normalize(lemma)))) actor = true;
            if (trigger && actor) return true;
        }
        return false;
    }

    /** Cleans and annotates a document the way {@link #code(Document)} does (sentences worth it are parsed). */
    public List<AnnotatedSentence> annotate(Document document) {
        return annotate(document, places != null);
    }

    /** As {@link #annotate(Document)}, choosing whether NER tags every sentence (as geolocation needs) or only parsed ones. */
    public List<AnnotatedSentence> annotate(Document document, boolean nerEverywhere) {
        return linguistics.annotate(cleaner.clean(document).text(), this::worthParsing, nerEverywhere);
    }

}
