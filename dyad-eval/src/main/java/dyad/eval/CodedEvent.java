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
 */
public record CodedEvent(String docId, int sentenceIndex, String category, String cameo, String source, String target,
                         String sourceText, String targetText, String origin) {

    /** The CAMEO root ("11" for "112"). */
    public String root() {
        return cameo.substring(0, 2);
    }
}
