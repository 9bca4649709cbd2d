package dyad.server;

import dyad.coder.Coder;
import dyad.coder.CoderConfig;

/**
 * One coder, with one set of CoreNLP models, for every test of this JVM that codes (loading takes seconds and
 * gigabytes). The holder idiom: created on first use, never changed afterwards.
 */
final class TestCoder {
    private TestCoder() {
    }

    private static final class Holder {
        static final Coder CODER = new Coder(CoderConfig.defaults());
    }

    static Coder get() {
        return Holder.CODER;
    }
}
