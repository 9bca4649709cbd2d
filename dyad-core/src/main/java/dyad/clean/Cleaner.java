package dyad.clean;

import dyad.model.CleanDocument;
import dyad.model.Document;

/** Stage 1: turns a raw (often scraped) document into clean prose. Implementations are stateless and thread-safe. */
public interface Cleaner {
    CleanDocument clean(Document document);
}
