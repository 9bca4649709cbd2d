package dyad.eval;

/**
 * One event of Dyad's output, the fields scoring reads.
 *
 * @param docId         the document id
 * @param sentenceIndex the sentence within the document
 * @param category      PLOVER event category
 * @param cameo         CAMEO event code
 * @param source        source actor code
 * @param target        target actor code, or null
 * @param sourceText    the source's words
 * @param targetText    the target's words, or null
 * @param origin        file:line
 * @param sentence      the sentence's text, or null
 */
public record CodedEvent(String docId, int sentenceIndex, String category, String cameo, String source, String target,
                         String sourceText, String targetText, String origin, String sentence) {

    /** An event whose sentence text is not known. */
    public CodedEvent(String docId, int sentenceIndex, String category, String cameo, String source, String target,
                      String sourceText, String targetText, String origin) {
        this(docId, sentenceIndex, category, cameo, source, target, sourceText, targetText, origin, null);
    }

    /** The same event, scored as part of another document (a story's sentence record). */
    public CodedEvent inDocument(String doc) {
        return new CodedEvent(doc, sentenceIndex, category, cameo, source, target, sourceText, targetText, origin, sentence);
    }

    /** The CAMEO root ("11" for "112"). */
    public String root() {
        return cameo.substring(0, 2);
    }
}
