package dyad.web;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Article extraction on small pages that each show one rule. */
class ArticleExtractorTest {
    final ArticleExtractor x = new ArticleExtractor();

    static final String P1 = "The foreign minister said on Tuesday that the talks, which began in Geneva last week, would continue.";
    static final String P2 = "Negotiators from both sides met for six hours, officials said, and agreed to meet again in January.";
    static final String P3 = "The talks are the first since the ceasefire collapsed in the spring, when fighting resumed in the east.";

    static String page(String head, String body) {
        return "<!DOCTYPE html><html lang=\"en\"><head>" + head + "</head><body>" + body + "</body></html>";
    }

    static String story() {
        return "<p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p>";
    }

    @Test
    void furnitureGoesAndTheArticleStays() {
        String html = page("<title>Talks go on | Daily News</title>",
                "<header><nav><a href=/>Home</a><a href=/world>World</a></nav></header>"
                        + "<div class=\"cookie-banner\">We use cookies to improve your experience. Accept all cookies to continue reading.</div>"
                        + "<main><article><h1>Talks go on</h1><p class=byline>By Jane Doe</p><p>March 3, 2020 10:15 AM</p>"
                        + "<div class=\"share-tools\"><a href=#>Share on Facebook</a> <a href=#>Tweet</a></div>"
                        + story() + "<p>Advertisement</p>"
                        + "<div class=\"related-stories\"><h3>Related</h3><ul><li><a href=/a>Ceasefire collapses in the east after weeks of shelling</a></li>"
                        + "<li><a href=/b>Minister visits Geneva for the first time since the war began</a></li></ul></div>"
                        + "</article></main>"
                        + "<section id=\"comments\"><p>This is a long reader comment that says a great deal about the talks, the minister and the war.</p>"
                        + "<p>Another long reader comment that goes on and on about the talks and the ceasefire and the minister.</p></section>"
                        + "<footer>Copyright Daily News. All rights reserved. Terms of use, privacy policy and cookie settings apply.</footer>");
        Article a = x.extract(html, "https://www.dailynews.example/world/talks");
        assertEquals(P1 + "\n\n" + P2 + "\n\n" + P3, a.text());
        assertEquals(Article.Extraction.ARTICLE, a.extraction());
        assertEquals("en", a.language());
        assertEquals("dailynews.example", a.site(), "no site name: the host");
        assertEquals("Talks go on", a.title(), "the first h1 before the <title>");
    }

    @Test
    void metadataComesFromTheSourcesInOrder() {
        String head = "<meta property=\"og:title\" content=\"Talks go on in Geneva\"><meta property=\"og:site_name\" content=\"Daily News\">"
                + "<link rel=\"canonical\" href=\"/world/talks-go-on\"><meta name=\"author\" content=\"Jane Doe\">"
                + "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@graph\":[{\"@type\":\"NewsArticle\","
                + "\"headline\":\"Other\",\"datePublished\":\"2020-03-02T23:30:00-05:00\"}]}</script>";
        Article a = x.extract(page(head, "<article><p>Jane Doe</p>" + story() + "</article>"), "https://www.dailynews.example/amp/talks?x=1");
        assertEquals("Talks go on in Geneva", a.title());
        assertEquals("Daily News", a.site());
        assertEquals("https://www.dailynews.example/world/talks-go-on", a.canonicalUrl());
        assertEquals(LocalDate.of(2020, 3, 2), a.date(), "the date the page writes, not UTC's");
        assertEquals("JSON-LD datePublished", a.dateSource());
        assertTrue(a.text().startsWith(P1), "the author's name above the article is the byline: " + a.text());

        Article og = x.extract(page("<meta property=\"article:published_time\" content=\"2019-11-19T03:00:00Z\">" + head.substring(head.indexOf("<script")),
                "<article>" + story() + "</article>"), null);
        assertEquals(LocalDate.of(2019, 11, 19), og.date());
        assertEquals("article:published_time", og.dateSource());
        Article time = x.extract(page("", "<article><time datetime=\"2018-05-06\">May 6</time>" + story() + "</article>"), null);
        assertEquals("<time datetime>", time.dateSource());
        Article meta = x.extract(page("<meta name=\"dc.date\" content=\"12 January 2017\">", "<article>" + story() + "</article>"), null);
        assertEquals(LocalDate.of(2017, 1, 12), meta.date());
        Article url = x.extract(page("", "<article>" + story() + "</article>"), "https://site.example/news/2016/03/28/talks.html");
        assertEquals(LocalDate.of(2016, 3, 28), url.date());
        assertEquals("URL", url.dateSource());
        assertNull(x.extract(page("", "<article>" + story() + "</article>"), null).date());
    }

    @Test
    void aPageBuiltByScriptsGivesItsDeclaredBodyOrNothing() {
        String ld = "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"articleBody\":\"" + P1 + "\\n" + P2 + "\\n" + P3 + "\"}</script>";
        Article a = x.extract(page(ld, "<div id=app></div><script>render()</script>"), null);
        assertEquals(Article.Extraction.METADATA, a.extraction());
        assertEquals(P1 + "\n\n" + P2 + "\n\n" + P3, a.text());
        Article none = x.extract(page("<script>var x = 1;</script>", "<script>render()</script><noscript>Enable JavaScript</noscript>"), null);
        assertEquals(Article.Extraction.EMPTY, none.extraction());
        assertEquals("", none.text());
    }

    @Test
    void aPageWithoutAnArticleGivesItsTextBestEffort() {
        Article a = x.extract(page("", "<div><a href=/a>Home</a></div><div>Opening hours: 9 to 5.</div><div>Call us.</div>"), null);
        assertEquals(Article.Extraction.PAGE_TEXT, a.extraction());
        assertTrue(a.text().contains("Opening hours: 9 to 5.") && !a.text().contains("Home"), a.text());
    }

    @Test
    void paragraphsAndLineBreaksAreKept() {
        Article a = x.extract(page("", "<article><div>" + P1 + "<br><br>" + P2 + "</div><ul><li>" + P3 + "</li><li>Second point of the list, in full.</li></ul></article>"), null);
        assertEquals(P1 + "\n\n" + P2 + "\n\n" + P3 + "\n\nSecond point of the list, in full.", a.text());
        assertFalse(a.text().contains("  "));
    }
}
