package dyad.eval;

import java.util.List;
import java.util.Map;

/**
 * Everything one scoring run found; {@link TextReport} and {@link HtmlReport} print it.
 *
 * @param run         what was compared
 * @param totals      how many records and events took part
 * @param overall     micro-averaged counts for each key and level; ROOT and CODE are absent where the gold has no CAMEO codes
 * @param macroF1     for PLOVER and ROOT at {@code run.level()}: the mean F1 over the labels seen in the gold or the output
 * @param byCategory  counts per PLOVER category at {@code run.level()}, all 16 in PLOVER order
 * @param byRoot      counts per CAMEO root at {@code run.level()}, "01".."20" (empty where the gold has no CAMEO codes)
 * @param actors      how often the actors agree in events paired by category alone
 * @param confusion   gold category against coded category, with NONE for misses and false alarms
 * @param noEvents    coded events on the texts without gold events
 * @param bySplit     PLOVER counts at {@code run.level()} and false alarms for each split, when the gold has several
 * @param bySet       the same for each set of records ({@code set}: whole stories, selected sentences, written ones)
 * @param mistakes    the documents with a missed gold event or a false alarm at {@code run.level()}, in gold order
 * @param notes       remarks: skipped records, ids that do not link, categories that disagree with the ontology
 */
public record Evaluation(Run run, Totals totals, Map<Key, Map<Level, Counts>> overall, Map<Key, Double> macroF1,
                         Map<String, Counts> byCategory, Map<String, Counts> byRoot, ActorAgreement actors, Confusion confusion,
                         NoEventTexts noEvents, Map<String, SplitFigures> bySplit, Map<String, SplitFigures> bySet,
                         List<DocumentMistakes> mistakes, List<String> notes) {

    /** What was compared: the files, the gold's format, the split (null: all records) and the level of the detailed tables. */
    public record Run(String goldFile, String format, String eventsFile, String split, Level level) {
    }

    /**
     * @param records        gold records scored
     * @param noEventRecords of which without gold events
     * @param goldEvents     dyadic gold events
     * @param codedEvents    coded events of the scored documents
     * @param outsideGold    coded events whose document is not in the gold (ignored)
     * @param negated        negated coded events left out
     */
    public record Totals(int records, int noEventRecords, int goldEvents, int codedEvents, int outsideGold, int negated) {
    }

    /**
     * Pairs of a gold and a coded event of the same document and PLOVER category (actors not compared), and in how many
     * of them the source and the target agree at each actor level.
     */
    public record ActorAgreement(int pairs, Map<Level, Integer> source, Map<Level, Integer> target) {
        public double sourceRate(Level level) {
            return pairs == 0 ? 0 : (double) source.getOrDefault(level, 0) / pairs;
        }

        public double targetRate(Level level) {
            return pairs == 0 ? 0 : (double) target.getOrDefault(level, 0) / pairs;
        }
    }

    /**
     * Counts of gold category (row) against coded category (column); the last label is {@link #NONE}: a gold event no
     * coded event paired with (a miss) or a coded event with no gold event (a false alarm).
     */
    public record Confusion(List<String> labels, List<List<Integer>> counts) {
        public static final String NONE = "NONE";

        public int count(String gold, String coded) {
            return counts.get(labels.indexOf(gold)).get(labels.indexOf(coded));
        }
    }

    /** Texts without gold events, how many of them got at least one coded event, and how many events they got. */
    public record NoEventTexts(int texts, int textsWithEvents, int events) {
        public double rate() {
            return texts == 0 ? 0 : (double) textsWithEvents / texts;
        }
    }

    /** One split's records, its PLOVER counts at the run's level, and its false alarms on texts without events. */
    public record SplitFigures(int records, Counts counts, NoEventTexts noEvents) {
    }

    /** A document with mistakes: every gold event with whether it was found, every coded event with whether it was right. */
    public record DocumentMistakes(GoldRecord record, List<GoldEvent> found, List<GoldEvent> missed,
                                   List<CodedEvent> correct, List<CodedEvent> falseAlarms) {
    }
}
