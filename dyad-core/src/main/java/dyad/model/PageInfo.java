package dyad.model;

/**
 * What was read from a web page besides its text ({@code dyad.web.ArticleExtractor}); documents from plain text
 * and JSON lines have none.
 *
 * @param site         the site's name ({@code og:site_name}, JSON-LD publisher), else the address's host, or null
 * @param language     the body's language, ISO 639-1 ("en"), or "und" when it cannot be told
 * @param extraction   how the body was found: "article", "metadata" (the page's JSON-LD), "page text" (best effort)
 * @param canonicalUrl the page's canonical address, or null
 * @param dateSource   where the publication date was found ("article:published_time", "URL"...), "WARC-Date" for
 *                     an archived page that gives none, or null
 */
public record PageInfo(String site, String language, String extraction, String canonicalUrl, String dateSource) {
}
