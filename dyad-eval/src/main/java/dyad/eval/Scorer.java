package dyad.eval;

import dyad.ontology.Ontology;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Scores coded events against a gold set, document by document (a coded event belongs to the gold record whose id is
 * its {@code doc_id}). In each document the gold and coded events are paired one-to-one ({@link Alignment}): a pair
 * needs the same key (PLOVER category, CAMEO root or CAMEO code) and actors that agree at the level scored
 * ({@link ActorKeys}); paired events are true positives, unpaired coded events false positives, unpaired gold events
 * false negatives. Stateless: one instance scores any number of runs.
 */
public final class Scorer {
    private static final List<Level> ACTOR_LEVELS = List.of(Level.COUNTRY, Level.SECTOR, Level.FULL);

    private final ActorKeys keys;

    public Scorer(ActorKeys keys) {
        this.keys = keys;
    }

    /**
     * @param level the actor level of the detailed tables (per category, per root, confusion, mistakes)
     * @param split score only the records of this split; null for all
     * @throws IllegalArgumentException when the split has no records
     */
    public Evaluation score(GoldSet gold, CodedEvents coded, Level level, String split) {
        return score(gold, coded, level, split, null);
    }

    /**
     * @param set score only the records of this set ({@code set} field: "stories", "sentences", "written"); null for all
     */
    public Evaluation score(GoldSet gold, CodedEvents coded, Level level, String split, String set) {
        List<GoldRecord> records = gold.records(split).stream().filter(r -> set == null || set.equals(r.set())).toList();
        if (records.isEmpty() && set != null) {
            throw new IllegalArgumentException("no gold records in set '" + set + "'" + (gold.sets().isEmpty() ? " (the gold has no sets)"
                    : " (sets: " + String.join(", ", gold.sets()) + ")"));
        }
        if (records.isEmpty()) {
            throw new IllegalArgumentException("no gold records in split '" + split + "'" + (gold.splits().isEmpty() ? " (the gold has no splits)"
                    : " (splits: " + String.join(", ", gold.splits()) + ")"));
        }
        List<CodedEvent> events = StoryLinks.assign(gold.records(), coded.events());
        Map<String, List<CodedEvent>> byDoc = new LinkedHashMap<>();
        for (CodedEvent e : events) byDoc.computeIfAbsent(e.docId(), k -> new ArrayList<>()).add(e);
        Set<String> goldIds = new HashSet<>();
        records.forEach(r -> goldIds.add(r.id()));
        int outside = 0;
        for (CodedEvent e : events) if (!goldIds.contains(e.docId())) outside++;
        boolean withCodes = records.stream().allMatch(r -> r.events().stream().allMatch(e -> e.cameo() != null));

        Tally all = new Tally(level, withCodes);
        records.forEach(r -> all.add(r, byDoc.getOrDefault(r.id(), List.of())));

        Map<String, Evaluation.SplitFigures> bySplit = new LinkedHashMap<>();
        if (split == null && gold.splits().size() > 1) {
            for (String s : gold.splits()) bySplit.put(s, figures(records.stream().filter(r -> s.equals(r.split())).toList(), byDoc, level));
        }
        Map<String, Evaluation.SplitFigures> bySet = new LinkedHashMap<>();
        if (set == null && gold.sets().size() > 1) {
            for (String s : gold.sets()) bySet.put(s, figures(records.stream().filter(r -> s.equals(r.set())).toList(), byDoc, level));
        }

        List<String> notes = new ArrayList<>(gold.notes());
        if (!withCodes) notes.add("some gold events have no CAMEO code: CAMEO root and code scores are left out");
        if (outside > 0) {
            notes.add(outside + " coded events belong to documents that are not " + (split == null ? "in the gold" : "gold records") + " (ignored)");
        }
        if (!coded.events().isEmpty() && outside == coded.events().size() && split == null) {
            notes.add("no coded event belongs to a gold record: do the documents' ids (JSONL 'id') match the gold records' ids?");
        }
        if (events.stream().anyMatch(e -> !coded.events().contains(e))) {
            notes.add("events of whole stories were scored by the sentence record they are in");
        }
        if (coded.negated() > 0) notes.add(coded.negated() + " negated, hypothetical, future or historical coded events left out");
        int codedInGold = records.stream().mapToInt(r -> byDoc.getOrDefault(r.id(), List.of()).size()).sum();
        int goldEvents = records.stream().mapToInt(r -> r.events().size()).sum();
        int noEventRecords = (int) records.stream().filter(r -> r.events().isEmpty()).count();

        Map<Key, Double> macro = new EnumMap<>(Key.class);
        macro.put(Key.PLOVER, macro(all.byCategory));
        if (withCodes) macro.put(Key.ROOT, macro(all.byRoot));
        return new Evaluation(
                new Evaluation.Run(gold.file(), gold.format(), coded.file(), split, level),
                new Evaluation.Totals(records.size(), noEventRecords, goldEvents, codedInGold, outside, coded.negated()),
                all.overall, macro, all.byCategory, withCodes ? all.byRoot : Map.of(),
                new Evaluation.ActorAgreement(all.pairs, all.sourceAgree, all.targetAgree), all.confusion(),
                all.noEvents(), bySplit, bySet, all.mistakes, notes);
    }

    private Evaluation.SplitFigures figures(List<GoldRecord> rs, Map<String, List<CodedEvent>> byDoc, Level level) {
        Tally t = new Tally(level, false);
        rs.forEach(r -> t.add(r, byDoc.getOrDefault(r.id(), List.of())));
        return new Evaluation.SplitFigures(rs.size(), t.overall.get(Key.PLOVER).get(level), t.noEvents());
    }

    private static double macro(Map<String, Counts> table) {
        return table.values().stream().filter(c -> c.gold() > 0 || c.coded() > 0).mapToDouble(Counts::f1).average().orElse(0);
    }

    /** Counts accumulated over the documents of one run; lives for one {@link #score} call. */
    private final class Tally {
        final Level level;
        final boolean withCodes;
        final Map<Key, Map<Level, Counts>> overall = new EnumMap<>(Key.class);
        final Map<String, Counts> byCategory = new LinkedHashMap<>();
        final Map<String, Counts> byRoot = new TreeMap<>();
        final Map<Level, Integer> sourceAgree = new EnumMap<>(Level.class);
        final Map<Level, Integer> targetAgree = new EnumMap<>(Level.class);
        final List<String> labels = new ArrayList<>(Ontology.PLOVER_ORDER);
        final int[][] confusion;
        final List<Evaluation.DocumentMistakes> mistakes = new ArrayList<>();
        int pairs;
        int noEventTexts;
        int noEventTextsWithEvents;
        int noEventEvents;

        Tally(Level level, boolean withCodes) {
            this.level = level;
            this.withCodes = withCodes;
            labels.add(Evaluation.Confusion.NONE);
            confusion = new int[labels.size()][labels.size()];
            for (String c : Ontology.PLOVER_ORDER) byCategory.put(c, Counts.ZERO);
            for (int r = 1; r <= 20; r++) byRoot.put(String.format("%02d", r), Counts.ZERO);
            for (Key k : withCodes ? List.of(Key.PLOVER, Key.ROOT, Key.CODE) : List.of(Key.PLOVER)) {
                Map<Level, Counts> m = new EnumMap<>(Level.class);
                for (Level l : Level.values()) m.put(l, Counts.ZERO);
                overall.put(k, m);
            }
            for (Level l : ACTOR_LEVELS) {
                sourceAgree.put(l, 0);
                targetAgree.put(l, 0);
            }
        }

        void add(GoldRecord r, List<CodedEvent> coded) {
            List<GoldEvent> gold = r.events();
            if (gold.isEmpty()) {
                noEventTexts++;
                if (!coded.isEmpty()) noEventTextsWithEvents++;
                noEventEvents += coded.size();
            }
            for (Key k : overall.keySet()) {
                for (Level l : Level.values()) {
                    List<int[]> p = align(gold, coded, k, l);
                    overall.get(k).merge(l, new Counts(p.size(), coded.size() - p.size(), gold.size() - p.size()), Counts::plus);
                    if (l == level && k == Key.PLOVER) categories(r, gold, coded, p);
                    if (l == level && k == Key.ROOT) table(byRoot, gold, coded, p, GoldEvent::root, CodedEvent::root);
                    if (l == Level.EVENT && k == Key.PLOVER) actors(gold, coded, p);
                }
            }
        }

        private void categories(GoldRecord r, List<GoldEvent> gold, List<CodedEvent> coded, List<int[]> p) {
            boolean[][] used = table(byCategory, gold, coded, p, GoldEvent::category, CodedEvent::category);
            for (int[] pair : p) confusion[label(gold.get(pair[0]).category())][label(coded.get(pair[1]).category())]++;
            List<Integer> restGold = unused(used[0]);
            List<Integer> restCoded = unused(used[1]);
            List<int[]> cross = Alignment.pairs(restGold.size(), restCoded.size(), new Alignment.Scoring() {
                public boolean allowed(int g, int c) {
                    return actorsAgree(gold.get(restGold.get(g)), coded.get(restCoded.get(c)), level);
                }

                public int weight(int g, int c) {
                    return agreement(gold.get(restGold.get(g)), coded.get(restCoded.get(c)));
                }
            });
            boolean[] crossGold = new boolean[restGold.size()];
            boolean[] crossCoded = new boolean[restCoded.size()];
            for (int[] pair : cross) {
                confusion[label(gold.get(restGold.get(pair[0])).category())][label(coded.get(restCoded.get(pair[1])).category())]++;
                crossGold[pair[0]] = true;
                crossCoded[pair[1]] = true;
            }
            int none = labels.size() - 1;
            for (int i = 0; i < restGold.size(); i++) if (!crossGold[i]) confusion[label(gold.get(restGold.get(i)).category())][none]++;
            for (int i = 0; i < restCoded.size(); i++) if (!crossCoded[i]) confusion[none][label(coded.get(restCoded.get(i)).category())]++;
            if (!restGold.isEmpty() || !restCoded.isEmpty()) {
                List<GoldEvent> found = new ArrayList<>();
                List<CodedEvent> correct = new ArrayList<>();
                for (int[] pair : p) {
                    found.add(gold.get(pair[0]));
                    correct.add(coded.get(pair[1]));
                }
                mistakes.add(new Evaluation.DocumentMistakes(r, found, restGold.stream().map(gold::get).toList(),
                        correct, restCoded.stream().map(coded::get).toList()));
            }
        }

        /** Adds per-label counts; returns which gold [0] and coded [1] events were paired. */
        private boolean[][] table(Map<String, Counts> table, List<GoldEvent> gold, List<CodedEvent> coded, List<int[]> p,
                                  java.util.function.Function<GoldEvent, String> goldLabel,
                                  java.util.function.Function<CodedEvent, String> codedLabel) {
            boolean[] g = new boolean[gold.size()];
            boolean[] c = new boolean[coded.size()];
            for (int[] pair : p) {
                g[pair[0]] = true;
                c[pair[1]] = true;
                table.merge(goldLabel.apply(gold.get(pair[0])), new Counts(1, 0, 0), Counts::plus);
            }
            for (int i = 0; i < g.length; i++) if (!g[i]) table.merge(goldLabel.apply(gold.get(i)), new Counts(0, 0, 1), Counts::plus);
            for (int i = 0; i < c.length; i++) if (!c[i]) table.merge(codedLabel.apply(coded.get(i)), new Counts(0, 1, 0), Counts::plus);
            return new boolean[][]{g, c};
        }

        private void actors(List<GoldEvent> gold, List<CodedEvent> coded, List<int[]> p) {
            for (int[] pair : p) {
                GoldEvent g = gold.get(pair[0]);
                CodedEvent c = coded.get(pair[1]);
                pairs++;
                for (Level l : ACTOR_LEVELS) {
                    if (keys.agree(g.source(), c.source(), l)) sourceAgree.merge(l, 1, Integer::sum);
                    if (keys.agree(g.target(), c.target(), l)) targetAgree.merge(l, 1, Integer::sum);
                }
            }
        }

        private int label(String category) {
            int i = labels.indexOf(category);
            return i >= 0 ? i : labels.size() - 1;
        }

        Evaluation.Confusion confusion() {
            List<List<Integer>> rows = new ArrayList<>();
            for (int[] row : confusion) rows.add(java.util.Arrays.stream(row).boxed().toList());
            return new Evaluation.Confusion(labels, rows);
        }

        Evaluation.NoEventTexts noEvents() {
            return new Evaluation.NoEventTexts(noEventTexts, noEventTextsWithEvents, noEventEvents);
        }
    }

    private List<int[]> align(List<GoldEvent> gold, List<CodedEvent> coded, Key key, Level level) {
        return Alignment.pairs(gold.size(), coded.size(), new Alignment.Scoring() {
            public boolean allowed(int g, int c) {
                String k = key.of(gold.get(g));
                return k != null && k.equals(key.of(coded.get(c))) && actorsAgree(gold.get(g), coded.get(c), level);
            }

            public int weight(int g, int c) {
                return agreement(gold.get(g), coded.get(c));
            }
        });
    }

    private boolean actorsAgree(GoldEvent g, CodedEvent c, Level level) {
        return keys.agree(g.source(), c.source(), level) && keys.agree(g.target(), c.target(), level);
    }

    /** 0..6: at how many of the levels COUNTRY, SECTOR, FULL the source agrees, plus the same for the target. */
    private int agreement(GoldEvent g, CodedEvent c) {
        int n = 0;
        for (Level l : ACTOR_LEVELS) {
            if (keys.agree(g.source(), c.source(), l)) n++;
            if (keys.agree(g.target(), c.target(), l)) n++;
        }
        return n;
    }

    private static List<Integer> unused(boolean[] used) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < used.length; i++) if (!used[i]) out.add(i);
        return out;
    }
}
