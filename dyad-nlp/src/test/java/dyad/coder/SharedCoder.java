package dyad.coder;

/**
 * One coder, with one set of CoreNLP models, for all tests in this JVM (loading takes seconds and gigabytes).
 * The holder idiom: created on first use, never changed afterwards.
 */
final class SharedCoder {
    private SharedCoder() {
    }

    private static final class Holder {
        static final Coder CODER = new Coder(CoderConfig.defaults());
    }

    static Coder get() {
        return Holder.CODER;
    }
}
