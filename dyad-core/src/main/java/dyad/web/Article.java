package dyad.web;

import java.time.LocalDate;

/**
 * What Dyad reads from a web page.
 *
 * @param title        the headline (Open Graph, JSON-LD, the first {@code <h1>}, else {@code <title>}), or null
 * @param text         the article body: paragraphs separated by a blank line, byline, headline and page furniture
 *                     removed; empty when the page has no text
 * @param date         the publication date, or null when the page gives none
 * @param dateSource   where the date was found ("article:published_time", "JSON-LD datePublished", "URL"...), or null
 * @param canonicalUrl the page's canonical address ({@code <link rel=canonical>}, {@code og:url}), else the address it
 *                     was read from, or null
 * @param site         the site's name ({@code og:site_name}, JSON-LD publisher), else the address's host, or null
 * @param language     the body's language, ISO 639-1 ("en"), or {@code und} when it cannot be told
 * @param extraction   how the body was found
 */
public record Article(String title, String text, LocalDate date, String dateSource, String canonicalUrl, String site,
                      String language, Extraction extraction) {

    /** How the body was found. */
    public enum Extraction {
        /** the page's article container */
        ARTICLE("article"),
        /** the article body the page declares in its JSON-LD (the markup holds little text: a page built by scripts) */
        METADATA("metadata"),
        /** no article container stood out: the page's text blocks, best effort */
        PAGE_TEXT("page text"),
        /** the page has no text (only scripts, only images) */
        EMPTY("no text");

        /** the name stored and printed */
        public final String label;

        Extraction(String label) {
            this.label = label;
        }
    }
}
