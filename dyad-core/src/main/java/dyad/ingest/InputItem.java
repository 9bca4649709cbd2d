package dyad.ingest;

import dyad.model.Document;

/** One thing read from the input: a document, a document that comes parsed, or one that could not be read and why. */
public sealed interface InputItem {
    /** Where it came from ("file.jsonl:12", "story.txt", "stdin:3"). */
    String origin();

    record Read(Document document) implements InputItem {
        @Override
        public String origin() {
            return document.origin();
        }
    }

    /** A document of users' CoNLL-U parses: its sentences skip cleaning and linguistics. */
    record Parsed(ConllUReader.ParsedDocument document) implements InputItem {
        @Override
        public String origin() {
            return document.origin();
        }
    }

    /**
     * @param origin where it was
     * @param id     the document id where one is known, else the origin
     * @param reason why it was skipped, in words a user can act on
     */
    record Skipped(String origin, String id, String reason) implements InputItem {
    }
}
