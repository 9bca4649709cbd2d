package dyad.web;

/**
 * A run of text between block-level boundaries of a page (a paragraph, a list item, a heading, text between
 * {@code <div>}s), with what tells article text from furniture.
 *
 * @param text    the text, whitespace collapsed; {@code <br>} is a newline
 * @param links   how many of its characters are inside links
 * @param punct   how many sentence punctuation marks it holds
 * @param heading whether it is (inside) a heading
 */
record TextBlock(String text, int links, int punct, boolean heading) {
    /** The shortest text that counts as a paragraph when it has punctuation, and without. */
    static final int SHORT = 25;
    static final int LONG = 80;

    double linkDensity() {
        return text.isEmpty() ? 0 : (double) links / text.length();
    }

    /** Whether it reads like article text: long enough, not mostly links, not a heading. */
    boolean isProse() {
        int len = text.length();
        return !heading && linkDensity() <= 0.5 && (len >= LONG || (len >= SHORT && punct > 0));
    }
}
