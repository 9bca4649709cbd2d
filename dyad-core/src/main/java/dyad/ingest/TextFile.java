package dyad.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a whole UTF-8 text file that a user named (a dictionary, a pattern file, parses, a gold file), with errors
 * that name the file and say in words what is wrong with it: missing, a directory, not readable, binary, not UTF-8.
 * Stateless.
 */
public final class TextFile {
    private TextFile() {
    }

    /**
     * The file's text (a leading byte-order mark removed).
     *
     * @param what what the file should be, for the message ("pattern file", "verb dictionary")
     * @throws UncheckedIOException with a message such as "cannot read pattern file x.txt: no such file"
     */
    public static String read(Path file, String what) {
        byte[] bytes;
        try {
            if (Files.isDirectory(file)) throw failure(cannot(file, what, "it is a directory, not a file"));
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(cannot(file, what, reason(e)), e);
        }
        String binary = binaryProblem(bytes);
        if (binary != null) throw failure(what + " " + file + " is not text: " + binary);
        try {
            return decode(bytes);
        } catch (CharacterCodingException e) {
            throw new UncheckedIOException(what + " " + file + " is not UTF-8 text: " + e.getMessage(), e);
        }
    }

    /** A line of a data file with its {@code #} comment removed and its spaces stripped; {@code number} counts from 1. */
    public record Line(int number, String text) {
    }

    /** The lines of a data file that hold something once {@code #} comments are removed, in order. */
    public static List<Line> contentLines(String text) {
        List<Line> out = new ArrayList<>();
        String[] raw = text.split("\n", -1);
        for (int i = 0; i < raw.length; i++) {
            String t = raw[i];
            int hash = t.indexOf('#');
            if (hash >= 0) t = t.substring(0, hash);
            t = t.strip();
            if (!t.isEmpty()) out.add(new Line(i + 1, t));
        }
        return out;
    }

    /** What went wrong with a file, in words ("no such file", "permission denied", "No space left on device"). */
    public static String reason(IOException e) {
        if (e instanceof NoSuchFileException) return "no such file or directory";
        if (e instanceof AccessDeniedException) return "permission denied";
        if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) return f.getReason();
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** An unchecked failure whose message is {@code message} alone. */
    public static UncheckedIOException failure(String message) {
        return new UncheckedIOException(message, new IOException(message));
    }

    private static String cannot(Path file, String what, String why) {
        return "cannot read " + what + " " + file + ": " + why;
    }

    /** A reason when the bytes look binary (NUL bytes or many control characters), else null. */
    public static String binaryProblem(byte[] b) {
        int n = Math.min(b.length, 8192);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int c = b[i] & 0xff;
            if (c == 0) return "binary file (contains NUL bytes)";
            if (c < 32 && c != '\n' && c != '\r' && c != '\t' && c != '\f') control++;
        }
        return n > 0 && control * 10 > n ? "binary file (" + control + " control characters in the first " + n + " bytes)" : null;
    }

    /**
     * Strict UTF-8 decoding, a leading byte-order mark removed.
     *
     * @throws CharacterCodingException whose message names the bad byte, its offset and its line
     */
    public static String decode(byte[] bytes) throws CharacterCodingException {
        CharsetDecoder d = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult r = d.decode(in, out, true);
        if (r.isError()) {
            int at = in.position();
            int line = 1;
            for (int i = 0; i < at; i++) if (bytes[i] == '\n') line++;
            String where = "bad byte 0x" + Integer.toHexString(bytes[at] & 0xff) + " at byte offset " + at
                    + (line > 1 ? " (line " + line + ")" : "");
            throw new CharacterCodingException() {
                @Override
                public String getMessage() {
                    return where;
                }
            };
        }
        d.flush(out);
        String s = out.flip().toString();
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }
}
