package dyad.store;

import dyad.model.Document;
import dyad.model.Event;

import java.util.List;
import java.util.Objects;

/** One document's worth of rows for {@link EventStore#writeBatch}: a coded document or a skipped one. */
public sealed interface StoreEntry {
    /** The document id the entry replaces. */
    String docId();

    /**
     * A coded document with its sentences and events.
     *
     * @param document  the input document (id, date, title, url, origin)
     * @param textHash  SHA-256 of the raw text ({@link EventStore#sha256(String)}), used to resume runs
     * @param sentences the cleaned text's sentences, in order (index = position in the list)
     * @param events    the document's events, in output order
     * @param cleanText the cleaned text, which the events' offsets refer to (table {@code document_texts}), or null
     */
    record Coded(Document document, String textHash, List<String> sentences, List<Event> events, String cleanText)
            implements StoreEntry {
        public Coded {
            Objects.requireNonNull(document, "document");
            sentences = List.copyOf(sentences);
            events = List.copyOf(events);
        }

        /** Without the cleaned text (nothing to highlight in). */
        public Coded(Document document, String textHash, List<String> sentences, List<Event> events) {
            this(document, textHash, sentences, events, null);
        }

        @Override
        public String docId() {
            return document.id();
        }
    }

    /**
     * A document that was read but not coded, or could not be read.
     *
     * @param docId    the document id (or the origin where the input gave no id)
     * @param url      its url, or null
     * @param origin   where it was read from (file:line)
     * @param reason   why it was skipped
     * @param textHash SHA-256 of the raw text where there was one, else null
     * @param document the document where it was read (its title, date and web page are stored too), else null
     */
    record Skipped(String docId, String url, String origin, String reason, String textHash, Document document) implements StoreEntry {
        public Skipped {
            Objects.requireNonNull(docId, "docId");
            Objects.requireNonNull(reason, "reason");
        }

        public Skipped(String docId, String url, String origin, String reason, String textHash) {
            this(docId, url, origin, reason, textHash, null);
        }
    }
}
