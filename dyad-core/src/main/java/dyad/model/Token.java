package dyad.model;

/**
 * One token of an annotated sentence.
 *
 * @param index 0-based index within its sentence
 * @param word  the word as written
 * @param lemma its lemma (lower case for common words)
 * @param pos   Penn Treebank part-of-speech tag
 * @param ner   named-entity tag (PERSON, ORGANIZATION, LOCATION, O), or "O" when NER did not run
 * @param start character offset into the cleaned document text
 * @param end   end offset (exclusive)
 * @param head  index of the syntactic head in the same sentence, -1 for the root,
 *              {@link #UNPARSED} when the sentence was not parsed
 * @param rel   Universal Dependencies relation to the head ("nsubj", "obl", "compound:prt"...), "" when unparsed
 */
public record Token(int index, String word, String lemma, String pos, String ner,
                    int start, int end, int head, String rel) {
    public static final int ROOT = -1;
    public static final int UNPARSED = -2;

    public boolean isVerb() {
        return pos.startsWith("VB") || pos.equals("MD");
    }

    public boolean isNoun() {
        return pos.startsWith("NN");
    }

    /** The relation without its subtype: "obl" for "obl:tmod". */
    public String baseRel() {
        int colon = rel.indexOf(':');
        return colon < 0 ? rel : rel.substring(0, colon);
    }
}
