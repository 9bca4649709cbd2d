package dyad.coder;

/**
 * What a batch did, for its summary: every input item is coded, skipped (with a reason) or already in the output
 * from an earlier run.
 *
 * @param coded         documents coded
 * @param skipped       documents and inputs skipped (unreadable, empty, too long, timed out...)
 * @param alreadyStored documents not coded again: the output (the database) holds them with the same text
 * @param undated       documents without a date that were given today's
 * @param sentences     sentences of the coded documents
 * @param parsed        of them, sentences parsed
 * @param events        events written
 * @param negated       negated events (dropped unless kept)
 * @param modal         hypothetical, future and historical events (dropped unless kept)
 */
public record BatchCounts(long coded, long skipped, long alreadyStored, long undated, long sentences, long parsed, long events,
                          long negated, long modal) {
    public static final BatchCounts NONE = new BatchCounts(0, 0, 0, 0, 0, 0, 0, 0, 0);

    /** Every input item met: coded, skipped or already stored. */
    public long read() {
        return coded + skipped + alreadyStored;
    }

    BatchCounts plusCoded(DocumentResult r) {
        return new BatchCounts(coded + 1, skipped, alreadyStored, undated, sentences + r.sentences(), parsed + r.parsed(),
                events + r.events().size(), negated + r.negated(), modal + r.modal());
    }

    BatchCounts plusSkipped() {
        return new BatchCounts(coded, skipped + 1, alreadyStored, undated, sentences, parsed, events, negated, modal);
    }

    BatchCounts plusAlreadyStored() {
        return new BatchCounts(coded, skipped, alreadyStored + 1, undated, sentences, parsed, events, negated, modal);
    }

    BatchCounts plusUndated() {
        return new BatchCounts(coded, skipped, alreadyStored, undated + 1, sentences, parsed, events, negated, modal);
    }
}
