package dyad.eval;

/**
 * True positives, false positives and false negatives, with the figures they give. Precision is 0 when nothing was
 * coded, recall 0 when the gold has nothing, F1 0 when both are 0.
 */
public record Counts(int tp, int fp, int fn) {
    public static final Counts ZERO = new Counts(0, 0, 0);

    public Counts plus(Counts o) {
        return new Counts(tp + o.tp, fp + o.fp, fn + o.fn);
    }

    /** Gold events: matched plus missed. */
    public int gold() {
        return tp + fn;
    }

    /** Coded events: matched plus false alarms. */
    public int coded() {
        return tp + fp;
    }

    public double precision() {
        return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
    }

    public double recall() {
        return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
    }

    public double f1() {
        return tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
    }
}
