package dyad.spark;

import dyad.coder.CoderConfig;

import java.io.Serializable;

/**
 * What a job's {@link dyad.coder.Coder} is built from, small enough to ship to executors in every task (the models
 * are not shipped: each executor JVM loads them once, {@link CoderHolder}). The built-in dictionaries, patterns,
 * ontology and gazetteer, as {@code dyad code} uses them without extra files.
 *
 * @param ner         CoreNLP's 3-class NER on parsed sentences ({@code --no-ner} turns it off)
 * @param geo         geolocation with the built-in gazetteer ({@code --no-geo} turns it off)
 * @param keepNegated emit negated events, flagged
 * @param keepModal   emit hypothetical, future and historical events, flagged
 */
public record CoderSettings(boolean ner, boolean geo, boolean keepNegated, boolean keepModal) implements Serializable {
    /** As {@code dyad code} codes by default. */
    public static final CoderSettings DEFAULTS = new CoderSettings(true, true, false, false);

    /** The configuration these settings give (loads dictionaries and the gazetteer: call where the coder is built). */
    public CoderConfig config() {
        CoderConfig c = CoderConfig.defaults().withNer(ner).withKeepNegated(keepNegated).withKeepModal(keepModal);
        return geo ? c : c.withGazetteer(null);
    }
}
