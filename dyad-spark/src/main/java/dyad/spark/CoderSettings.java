package dyad.spark;

import dyad.actors.ActorDictionary;
import dyad.coder.CoderConfig;
import dyad.events.PatternSet;
import dyad.geo.Gazetteer;
import dyad.ontology.Ontology;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * What a job's {@link dyad.coder.Coder} is built from, small enough to ship to executors in every task (the models
 * are not shipped: each executor JVM loads them once, {@link CoderHolder}). The built-in dictionaries, patterns,
 * ontology and gazetteer, as {@code dyad code} uses them, and users' actor and pattern files ({@code --actors},
 * {@code --patterns}), carried as their texts: the driver reads them, so executors need no access to them.
 *
 * @param ner         CoreNLP's 3-class NER on parsed sentences ({@code --no-ner} turns it off)
 * @param geo         geolocation with the built-in gazetteer ({@code --no-geo} turns it off)
 * @param keepNegated emit negated events, flagged
 * @param keepModal   emit hypothetical, future and historical events, flagged
 * @param actors      users' actor dictionary files (docs/dictionaries.md), after the built-in ones
 * @param patterns    users' pattern files (docs/patterns.md), after the built-in ones
 */
public record CoderSettings(boolean ner, boolean geo, boolean keepNegated, boolean keepModal, List<UserFile> actors,
                            List<UserFile> patterns) implements Serializable {
    /** As {@code dyad code} codes by default. */
    public static final CoderSettings DEFAULTS = new CoderSettings(true, true, false, false, List.of(), List.of());

    public CoderSettings {
        actors = List.copyOf(actors);
        patterns = List.copyOf(patterns);
    }

    /** A user's data file: its name as given (errors name it: file:line) and its text. */
    public record UserFile(String name, String text) implements Serializable {
        /** The name and a digest of the text: what the output's settings record (a changed file is other settings). */
        @Override
        public String toString() {
            try {
                byte[] h = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
                return name + "@" + HexFormat.of().formatHex(h, 0, 6);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** These settings with users' files. */
    public CoderSettings withFiles(List<UserFile> actorFiles, List<UserFile> patternFiles) {
        return new CoderSettings(ner, geo, keepNegated, keepModal, actorFiles, patternFiles);
    }

    /**
     * Reads users' files as the coder will: a bad line is a {@link dyad.model.DataFileException} naming the file and
     * line, on the driver, before any task runs.
     */
    public void check() {
        if (!actors.isEmpty()) dictionary();
        if (!patterns.isEmpty()) patternSet(Ontology.builtIn());
    }

    /** The configuration these settings give (loads dictionaries and the gazetteer: call where the coder is built). */
    public CoderConfig config() {
        Ontology ontology = Ontology.builtIn();
        return new CoderConfig(dictionary(), patternSet(ontology), ontology, ner, keepNegated, keepModal,
                geo ? Gazetteer.builtIn() : null);
    }

    private ActorDictionary dictionary() {
        if (actors.isEmpty()) return ActorDictionary.builtIn();
        ActorDictionary.Builder b = ActorDictionary.builder().addBuiltIn();
        for (UserFile f : actors) b.addText(f.name(), f.text());
        return b.build();
    }

    private PatternSet patternSet(Ontology ontology) {
        if (patterns.isEmpty()) return PatternSet.builtIn();
        List<PatternSet.Text> texts = new ArrayList<>(PatternSet.builtInTexts());
        for (UserFile f : patterns) texts.add(new PatternSet.Text(f.name(), f.text()));
        return PatternSet.parse(texts, code -> ontology.find(code).isPresent());
    }
}
