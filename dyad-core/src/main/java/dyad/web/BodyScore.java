package dyad.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How well an extracted body matches the true one, as the article-extraction benchmark (Scrapinghub's
 * {@code evaluate.py}) computes it. Both texts are cut into tokens (runs of letters, digits and underscores:
 * Python's {@code \w+}), tokens into overlapping 4-token shingles (a text shorter than 4 tokens is one shingle);
 * shingles are counted as a multiset: tp = shared, fp = extracted only, fn = true only. A page's three counts are
 * divided by their sum so that long pages weigh no more than short ones. Over a set of pages, precision is the mean
 * of tp / (tp + fp) over pages that extracted something, recall the mean of tp / (tp + fn) over pages with a true
 * body, and F1 their harmonic mean (not the mean of the pages' F1).
 *
 * @param tp shared shingles, normalised
 * @param fp extracted-only shingles, normalised
 * @param fn missed shingles, normalised
 */
public record BodyScore(double tp, double fp, double fn) {
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}_]+");
    private static final int N = 4;

    /** One page: the true body against the extracted one. */
    public static BodyScore of(String truth, String extracted) {
        Map<List<String>, Integer> t = shingles(truth);
        Map<List<String>, Integer> p = shingles(extracted);
        Set<List<String>> keys = new HashSet<>(t.keySet());
        keys.addAll(p.keySet());
        double tp = 0;
        double fp = 0;
        double fn = 0;
        for (List<String> k : keys) {
            int a = t.getOrDefault(k, 0);
            int b = p.getOrDefault(k, 0);
            tp += Math.min(a, b);
            fp += Math.max(0, b - a);
            fn += Math.max(0, a - b);
        }
        double s = tp + fp + fn;
        return s > 0 ? new BodyScore(tp / s, fp / s, fn / s) : new BodyScore(0, 0, 0);
    }

    /** tp / (tp + fp), as the benchmark: 1 when nothing is wrong, 0 when nothing was extracted. */
    public double precision() {
        if (fp == 0 && fn == 0) return 1;
        return tp + fp == 0 ? 0 : tp / (tp + fp);
    }

    public double recall() {
        if (fp == 0 && fn == 0) return 1;
        return tp + fn == 0 ? 0 : tp / (tp + fn);
    }

    /** Precision, recall and F1 over pages, as the benchmark averages them. */
    public record Summary(int pages, double precision, double recall, double f1) {
    }

    public static Summary summarise(List<BodyScore> pages) {
        double p = 0;
        double r = 0;
        int np = 0;
        int nr = 0;
        for (BodyScore s : pages) {
            if (s.tp + s.fp > 0) {
                p += s.precision();
                np++;
            }
            if (s.tp + s.fn > 0) {
                r += s.recall();
                nr++;
            }
        }
        double precision = np == 0 ? 0 : p / np;
        double recall = nr == 0 ? 0 : r / nr;
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new Summary(pages.size(), precision, recall, f1);
    }

    private static Map<List<String>, Integer> shingles(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text == null ? "" : text);
        while (m.find()) tokens.add(m.group());
        Map<List<String>, Integer> out = new HashMap<>();
        for (int i = 0; i < Math.max(1, tokens.size() - N + 1); i++) {
            List<String> s = tokens.subList(i, Math.min(tokens.size(), i + N));
            if (!s.isEmpty()) out.merge(List.copyOf(s), 1, Integer::sum);
        }
        return out;
    }
}
