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
     * @param origin   where it was
     * @param id       the document id where one is known, else the origin
     * @param reason   why it was skipped, in words a user can act on
     * @param document the document where it was read (a page in another language, a duplicate), else null
     * @param tally    null when the skip is listed one by one; else the heading it is counted under in the summary
     *                 instead ("language de", "duplicate URL", "duplicate text")
     */
    record Skipped(String origin, String id, String reason, Document document, String tally) implements InputItem {
        public Skipped(String origin, String id, String reason) {
            this(origin, id, reason, null, null);
        }
    }

    /**
     * Something in the input that is not a document and is only counted by kind, never listed or stored: a WARC
     * request, metadata or warcinfo record, a redirect, a 404, an image or a PDF.
     *
     * @param origin where it was ("crawl.warc.gz@1234")
     * @param kind   what it is ("request", "response HTTP 404", "response application/pdf")
     */
    record Counted(String origin, String kind) implements InputItem {
    }
}
