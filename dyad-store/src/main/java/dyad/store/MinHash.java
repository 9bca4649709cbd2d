package dyad.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * MinHash signatures of texts over word shingles, and the LSH band keys that find candidate near-duplicates.
 *
 * <p>A text becomes its lower-cased words (runs of letters and digits); its shingles are the runs of
 * {@code shingleSize} consecutive words (a text shorter than that is one shingle). Each shingle is hashed to
 * 64 bits; each of the {@code numHashes} hash functions re-mixes that value with its own seed (SplitMix64), and the
 * signature keeps each function's minimum. The fraction of equal positions of two signatures estimates the Jaccard
 * similarity of their shingle sets (standard error about sqrt(J(1-J)/numHashes), 0.035 at J = 0.8 with 128).
 * All hashing is fixed-seeded: the same texts give the same signatures on every run and machine.
 */
public final class MinHash {
    private final int numHashes;
    private final int bands;
    private final int rows;
    private final int shingleSize;
    private final long[] seeds;

    /**
     * @param numHashes   signature length (a multiple of {@code bands})
     * @param bands       LSH bands; two texts become candidates when all rows of one band agree
     * @param shingleSize words per shingle
     */
    public MinHash(int numHashes, int bands, int shingleSize) {
        if (numHashes < 1 || bands < 1 || numHashes % bands != 0) {
            throw new IllegalArgumentException("numHashes must be a positive multiple of bands");
        }
        if (shingleSize < 1) throw new IllegalArgumentException("shingleSize must be >= 1");
        this.numHashes = numHashes;
        this.bands = bands;
        this.rows = numHashes / bands;
        this.shingleSize = shingleSize;
        this.seeds = new long[numHashes];
        SplittableRandom random = new SplittableRandom(0x5eed_d1ad_0001L);
        for (int i = 0; i < numHashes; i++) seeds[i] = random.nextLong();
    }

    public int numHashes() {
        return numHashes;
    }

    public int bands() {
        return bands;
    }

    /** The text's words, lower-cased: maximal runs of letters and digits. */
    public static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            while (i < n && !Character.isLetterOrDigit(text.codePointAt(i))) i += Character.charCount(text.codePointAt(i));
            int start = i;
            while (i < n && Character.isLetterOrDigit(text.codePointAt(i))) i += Character.charCount(text.codePointAt(i));
            if (i > start) out.add(text.substring(start, i).toLowerCase(Locale.ROOT));
        }
        return out;
    }

    /** The signature of a text, or null when it has no words. */
    public long[] signature(String text) {
        List<String> words = words(text);
        if (words.isEmpty()) return null;
        long[] wordHashes = new long[words.size()];
        for (int i = 0; i < wordHashes.length; i++) wordHashes[i] = fnv1a(words.get(i));
        int k = Math.min(shingleSize, wordHashes.length);
        long[] sig = new long[numHashes];
        java.util.Arrays.fill(sig, Long.MAX_VALUE);
        for (int start = 0; start + k <= wordHashes.length; start++) {
            long h = 0x9E3779B97F4A7C15L;
            for (int j = 0; j < k; j++) h = mix64(h * 31 + wordHashes[start + j]);
            for (int f = 0; f < numHashes; f++) {
                long v = mix64(h ^ seeds[f]);
                if (v < sig[f]) sig[f] = v;
            }
        }
        return sig;
    }

    /** The estimated Jaccard similarity: the fraction of positions where the signatures agree. */
    public static double similarity(long[] a, long[] b) {
        int same = 0;
        for (int i = 0; i < a.length; i++) if (a[i] == b[i]) same++;
        return (double) same / a.length;
    }

    /** The key of band {@code band} of a signature: a hash of its rows (equal rows give equal keys). */
    public long bandKey(long[] sig, int band) {
        long h = band * 0x632BE59BD9B4E019L;
        for (int i = band * rows; i < (band + 1) * rows; i++) h = mix64(h ^ sig[i]);
        return h;
    }

    /** The probability that two texts of Jaccard similarity {@code j} share at least one band: 1 - (1 - j^r)^b. */
    public double candidateProbability(double j) {
        return 1 - Math.pow(1 - Math.pow(j, rows), bands);
    }

    static long fnv1a(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        return h;
    }

    /** SplitMix64's finaliser. */
    static long mix64(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
