package dyad.coder;

import dyad.actors.ActorDictionary;
import dyad.events.PatternSet;
import dyad.geo.Gazetteer;
import dyad.ontology.Ontology;

/**
 * What a {@link Coder} is built from.
 *
 * @param actors        actor dictionaries
 * @param patterns      event patterns
 * @param ontology      CAMEO/PLOVER table
 * @param ner           run the 3-class CRF NER on parsed sentences (person/organisation names for the document memory)
 * @param keepNegated   emit negated events (marked {@code negated: true}) instead of dropping them
 * @param keepModal     emit hypothetical, future and historical events (flagged) instead of dropping them
 * @param gazetteer     places for event locations and toponyms (NER then tags every sentence), or null for none
 */
public record CoderConfig(ActorDictionary actors, PatternSet patterns, Ontology ontology, boolean ner, boolean keepNegated,
                          boolean keepModal, Gazetteer gazetteer) {

    /** Without geolocation. */
    public CoderConfig(ActorDictionary actors, PatternSet patterns, Ontology ontology, boolean ner, boolean keepNegated) {
        this(actors, patterns, ontology, ner, keepNegated, false, null);
    }

    /** The built-in dictionaries, patterns, ontology and gazetteer; NER on parsed sentences; negated events dropped. */
    public static CoderConfig defaults() {
        Ontology ontology = Ontology.builtIn();
        return new CoderConfig(ActorDictionary.builtIn(), PatternSet.builtIn(), ontology, true, false, false, Gazetteer.builtIn());
    }

    /**
     * These patterns and {@code extra}'s (a PETRARCH verb dictionary: {@code VerbDictionary.read(...).patternSet()});
     * where equally specific patterns of both match, {@code extra}'s wins.
     */
    public CoderConfig withPatterns(PatternSet extra) {
        return new CoderConfig(actors, patterns.plus(extra), ontology, ner, keepNegated, keepModal, gazetteer);
    }

    public CoderConfig withNer(boolean on) {
        return new CoderConfig(actors, patterns, ontology, on, keepNegated, keepModal, gazetteer);
    }

    public CoderConfig withKeepNegated(boolean on) {
        return new CoderConfig(actors, patterns, ontology, ner, on, keepModal, gazetteer);
    }

    public CoderConfig withKeepModal(boolean on) {
        return new CoderConfig(actors, patterns, ontology, ner, keepNegated, on, gazetteer);
    }

    /** With another gazetteer, or null for no geolocation. */
    public CoderConfig withGazetteer(Gazetteer g) {
        return new CoderConfig(actors, patterns, ontology, ner, keepNegated, keepModal, g);
    }
}
