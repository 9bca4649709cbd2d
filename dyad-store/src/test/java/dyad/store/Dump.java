package dyad.store;

import java.nio.file.Path;

/** A canonical dump of a store: every row of documents (without coded_at), sentences and events, sorted. */
final class Dump {
    private Dump() {
    }

    static String of(EventStore store) {
        Reports r = new Reports(store);
        return "documents\n" + r.query("SELECT * EXCLUDE (coded_at) FROM documents ORDER BY ALL").toDelimited('\t')
                + "sentences\n" + r.query("SELECT * FROM sentences ORDER BY ALL").toDelimited('\t')
                + "events\n" + r.query("SELECT * FROM events ORDER BY ALL").toDelimited('\t');
    }

    static String of(Path db) {
        try (EventStore s = EventStore.open(db)) {
            return of(s);
        }
    }
}
