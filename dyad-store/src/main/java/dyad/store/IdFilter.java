package dyad.store;

/**
 * A Bloom filter over document ids: "definitely not stored" lets a write of new documents skip the look-up of
 * rows to replace. About 1 % false positives at its capacity (10 bits and 7 probes per id); it grows by rebuilding.
 */
final class IdFilter {
    private static final int PROBES = 7;
    private final long[] bits;
    private final long numBits;
    private final long capacity;
    private long count;

    IdFilter(long capacity) {
        this.capacity = Math.max(1024, capacity);
        this.numBits = this.capacity * 10;
        this.bits = new long[(int) ((numBits + 63) / 64)];
    }

    long capacity() {
        return capacity;
    }

    long count() {
        return count;
    }

    void add(String id) {
        long h1 = MinHash.fnv1a(id);
        long h2 = MinHash.mix64(h1) | 1;
        for (int i = 0; i < PROBES; i++) {
            long b = Math.floorMod(h1 + i * h2, numBits);
            bits[(int) (b >>> 6)] |= 1L << (b & 63);
        }
        count++;
    }

    boolean mightContain(String id) {
        long h1 = MinHash.fnv1a(id);
        long h2 = MinHash.mix64(h1) | 1;
        for (int i = 0; i < PROBES; i++) {
            long b = Math.floorMod(h1 + i * h2, numBits);
            if ((bits[(int) (b >>> 6)] & (1L << (b & 63))) == 0) return false;
        }
        return true;
    }
}
