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
        static final Coder KEEPING = new Coder(CoderConfig.defaults().withKeepModal(true).withKeepNegated(true), CODER.linguistics());
    }

    static Coder get() {
        return Holder.CODER;
    }

    /** The same models, keeping negated, hypothetical, future and historical events (flagged). */
    static Coder keeping() {
        return Holder.KEEPING;
    }
}
