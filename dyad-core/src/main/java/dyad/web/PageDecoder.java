package dyad.web;

import org.mozilla.universalchardet.UniversalDetector;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A page's bytes to text, its character set chosen as a browser would, then checked so that no mojibake gets
 * through: a byte-order mark; the HTTP header's {@code charset} (a WARC response); a {@code <meta charset>} or
 * {@code http-equiv} declaration in the first 4 KB; else detection (valid UTF-8 is UTF-8; otherwise
 * juniversalchardet's guess, else windows-1252). A declared Latin-1 or windows-1252 page whose bytes are valid UTF-8
 * with multi-byte sequences is UTF-8 (the declaration is the common lie); a declared UTF-8 page with many invalid
 * sequences is detected instead. ISO-8859-1 and US-ASCII are read as windows-1252, as browsers do. Stateless.
 */
public final class PageDecoder {
    /** A page as text, and how its character set was chosen ("BOM", "HTTP header", "meta", "detected"). */
    public record Decoded(String text, Charset charset, String how) {
    }

    private static final int PRESCAN = 4096;
    private static final Pattern META = Pattern.compile(
            "<meta\\b[^>]{0,400}?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern HEADER = Pattern.compile("charset\\s*=\\s*[\"']?([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private PageDecoder() {
    }

    /**
     * @param contentType the HTTP {@code Content-Type} header, or null (a saved file)
     */
    public static Decoded decode(byte[] bytes, String contentType) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) return new Decoded(text(bytes, 3, StandardCharsets.UTF_8), StandardCharsets.UTF_8, "BOM");
        if (startsWith(bytes, 0xFE, 0xFF)) return new Decoded(text(bytes, 2, StandardCharsets.UTF_16BE), StandardCharsets.UTF_16BE, "BOM");
        if (startsWith(bytes, 0xFF, 0xFE)) return new Decoded(text(bytes, 2, StandardCharsets.UTF_16LE), StandardCharsets.UTF_16LE, "BOM");
        Charset declared = null;
        String how = null;
        if (contentType != null) {
            Matcher m = HEADER.matcher(contentType);
            if (m.find()) {
                declared = charset(m.group(1));
                how = "HTTP header";
            }
        }
        if (declared == null) {
            Matcher m = META.matcher(new String(bytes, 0, Math.min(bytes.length, PRESCAN), StandardCharsets.ISO_8859_1));
            if (m.find()) {
                declared = charset(m.group(1));
                how = "meta";
            }
        }
        if (declared != null) {
            // a meta tag that says UTF-16 in a page read as ASCII bytes is wrong by construction (HTML's rule)
            if (how.equals("meta") && declared.name().startsWith("UTF-16")) declared = StandardCharsets.UTF_8;
            if (declared.equals(StandardCharsets.UTF_8)) {
                int bad = invalidUtf8(bytes);
                if (bad * 1000L <= bytes.length) return new Decoded(text(bytes, 0, StandardCharsets.UTF_8), StandardCharsets.UTF_8, how);
            } else if (declared.equals(WINDOWS_1252) || declared.name().startsWith("ISO-8859")) {
                if (invalidUtf8(bytes) == 0 && hasMultiByte(bytes)) {
                    return new Decoded(text(bytes, 0, StandardCharsets.UTF_8), StandardCharsets.UTF_8, "detected (declared " + declared.name() + ")");
                }
                return new Decoded(text(bytes, 0, declared), declared, how);
            } else {
                return new Decoded(text(bytes, 0, declared), declared, how);
            }
        }
        Charset guess = detect(bytes);
        return new Decoded(text(bytes, 0, guess), guess, "detected");
    }

    /** Valid UTF-8 is UTF-8; otherwise the detector's guess, else windows-1252. */
    static Charset detect(byte[] bytes) {
        if (invalidUtf8(bytes) == 0) return StandardCharsets.UTF_8;
        UniversalDetector d = new UniversalDetector();
        d.handleData(bytes, 0, Math.min(bytes.length, 1 << 20));
        d.dataEnd();
        Charset c = d.getDetectedCharset() == null ? null : charset(d.getDetectedCharset());
        return c == null || c.equals(StandardCharsets.UTF_8) ? WINDOWS_1252 : c;
    }

    /** A charset by its label, with browsers' aliases (Latin-1 and ASCII are windows-1252); null when unknown. */
    static Charset charset(String label) {
        String l = label.trim().toLowerCase(Locale.ROOT);
        switch (l) {
            case "iso-8859-1", "iso8859-1", "latin1", "latin-1", "us-ascii", "ascii", "cp1252", "l1" -> {
                return WINDOWS_1252;
            }
            case "utf8", "unicode-1-1-utf-8" -> {
                return StandardCharsets.UTF_8;
            }
            case "gb2312", "gbk", "x-gbk" -> {
                return Charset.forName("GB18030");
            }
            default -> {
                try {
                    return Charset.forName(l);
                } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                    return null;
                }
            }
        }
    }

    /** The number of bytes that start an invalid UTF-8 sequence. */
    static int invalidUtf8(byte[] b) {
        int bad = 0;
        int i = 0;
        int n = b.length;
        while (i < n) {
            int c = b[i] & 0xff;
            if (c < 0x80) {
                i++;
                continue;
            }
            int len = c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3 : c >= 0xF0 && c <= 0xF4 ? 4 : 0;
            boolean ok = len > 0 && i + len <= n;
            for (int k = 1; ok && k < len; k++) ok = (b[i + k] & 0xC0) == 0x80;
            if (ok) {
                i += len;
            } else if (len > 0 && i + len > n && n - i < len && tailIsContinuation(b, i + 1)) {
                i = n; // a sequence cut by the end of the data (a truncated record) is not evidence against UTF-8
            } else {
                bad++;
                i++;
            }
        }
        return bad;
    }

    private static boolean tailIsContinuation(byte[] b, int from) {
        for (int k = from; k < b.length; k++) if ((b[k] & 0xC0) != 0x80) return false;
        return true;
    }

    private static boolean hasMultiByte(byte[] b) {
        for (byte x : b) if (x < 0) return true;
        return false;
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) if ((b[i] & 0xff) != prefix[i]) return false;
        return true;
    }

    /** Decodes, replacing what cannot be decoded (a damaged page is read as far as it goes). */
    private static String text(byte[] b, int from, Charset cs) {
        try {
            return cs.newDecoder().onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE)
                    .decode(ByteBuffer.wrap(b, from, b.length - from)).toString();
        } catch (CharacterCodingException e) {
            return new String(b, from, b.length - from, cs);
        }
    }
}
