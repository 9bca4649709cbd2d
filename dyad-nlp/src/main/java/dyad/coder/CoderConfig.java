package dyad.coder;

import dyad.actors.ActorDictionary;
import dyad.events.PatternSet;
import dyad.ontology.Ontology;

/**
 * What a {@link Coder} is built from.
 *
 * @param actors        actor dictionaries
 * @param patterns      event patterns
 * @param ontology      CAMEO/PLOVER table
 * @param ner           run the 3-class CRF NER on parsed sentences (person/organisation names for the document memory)
 * @param keepNegated   emit negated events (marked {@code negated: true}) instead of dropping them
 */
public record CoderConfig(ActorDictionary actors, PatternSet patterns, Ontology ontology, boolean ner, boolean keepNegated) {

    /** The built-in dictionaries, patterns and ontology; NER on parsed sentences; negated events dropped. */
    public static CoderConfig defaults() {
        Ontology ontology = Ontology.builtIn();
        return new CoderConfig(ActorDictionary.builtIn(), PatternSet.builtIn(), ontology, true, false);
    }

    /**
     * These patterns and {@code extra}'s (a PETRARCH verb dictionary: {@code VerbDictionary.read(...).patternSet()});
     * where equally specific patterns of both match, {@code extra}'s wins.
     */
    public CoderConfig withPatterns(PatternSet extra) {
        return new CoderConfig(actors, patterns.plus(extra), ontology, ner, keepNegated);
    }

    public CoderConfig withNer(boolean on) {
        return new CoderConfig(actors, patterns, ontology, on, keepNegated);
    }

    public CoderConfig withKeepNegated(boolean on) {
        return new CoderConfig(actors, patterns, ontology, ner, on);
    }
}
