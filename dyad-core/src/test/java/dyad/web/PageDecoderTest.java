package dyad.web;

import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A page's charset: BOM, HTTP header, meta, detection; mojibake is a bug. */
class PageDecoderTest {
    static final String TEXT = "<html><head>%s</head><body><p>Fran\u00e7ois Hollande a critiqu\u00e9 la Russie \u00e0 Gen\u00e8ve.</p></body></html>";

    static String body(PageDecoder.Decoded d) {
        return d.text().substring(d.text().indexOf("<p>") + 3, d.text().indexOf("</p>"));
    }

    @Test
    void theCharsetIsChosenAsBrowsersChooseIt() {
        String expected = "Fran\u00e7ois Hollande a critiqu\u00e9 la Russie \u00e0 Gen\u00e8ve.";
        byte[] latin = String.format(TEXT, "").getBytes(StandardCharsets.ISO_8859_1);
        assertEquals("HTTP header", PageDecoder.decode(latin, "text/html; charset=ISO-8859-1").how());
        assertEquals(expected, body(PageDecoder.decode(latin, "text/html; charset=ISO-8859-1")));
        byte[] meta = String.format(TEXT, "<meta charset=\"windows-1252\">").getBytes(StandardCharsets.ISO_8859_1);
        assertEquals("meta", PageDecoder.decode(meta, null).how());
        assertEquals(expected, body(PageDecoder.decode(meta, null)));
        assertEquals(expected, body(PageDecoder.decode(latin, null)), "undeclared Latin-1 is detected");
        byte[] utf8 = String.format(TEXT, "").getBytes(StandardCharsets.UTF_8);
        PageDecoder.Decoded lie = PageDecoder.decode(utf8, "text/html; charset=iso-8859-1");
        assertEquals(expected, body(lie), "a Latin-1 header over UTF-8 bytes is the common lie");
        byte[] bom = ("\uFEFF" + String.format(TEXT, "<meta charset=\"windows-1252\">")).getBytes(StandardCharsets.UTF_16LE);
        assertEquals("BOM", PageDecoder.decode(bom, "text/html; charset=iso-8859-1").how());
        assertEquals(expected, body(PageDecoder.decode(bom, null)));
        byte[] cyrillic = String.format(TEXT, "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=koi8-r\">")
                .replace("Fran\u00e7ois Hollande a critiqu\u00e9 la Russie \u00e0 Gen\u00e8ve.", "\u041f\u0440\u0430\u0432\u0438\u0442\u0435\u043b\u044c\u0441\u0442\u0432\u043e.")
                .getBytes(Charset.forName("KOI8-R"));
        assertEquals("\u041f\u0440\u0430\u0432\u0438\u0442\u0435\u043b\u044c\u0441\u0442\u0432\u043e.", body(PageDecoder.decode(cyrillic, null)));
    }
}
