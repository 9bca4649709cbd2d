package dyad.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dyad.model.Document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Reads documents from files, directories (recursed, in name order) and stdin. A {@code .jsonl} file holds one
 * document per line ({@code id}, {@code text}, optional {@code date}, {@code title}, {@code url}); any other file is
 * one plain-text document named by its file name. Everything that cannot be read is reported as
 * {@link InputItem.Skipped} with the reason; nothing is silently dropped. Streams: one line or file at a time.
 */
public final class InputReader {
    /** Documents longer than this (characters) are skipped rather than tie up the pipeline. */
    public static final int DEFAULT_MAX_CHARS = 1_000_000;

    private final ObjectMapper json = new ObjectMapper();
    private final int maxChars;

    public InputReader(int maxChars) {
        this.maxChars = maxChars;
    }

    /** Reads every input in order and hands each item to the sink. "-" is stdin. */
    public void read(List<String> inputs, InputStream stdin, Consumer<InputItem> sink) {
        for (String input : inputs) {
            if (input.equals("-")) {
                readStream("stdin", stdin, sink);
                continue;
            }
            Path p = Path.of(input);
            if (Files.isDirectory(p)) {
                List<Path> files = new ArrayList<>();
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(Files::isRegularFile).sorted().forEach(files::add);
                } catch (IOException e) {
                    sink.accept(new InputItem.Skipped(input, input, "cannot list directory: " + e.getMessage()));
                    continue;
                }
                for (Path f : files) readFile(f, sink);
            } else if (Files.isRegularFile(p)) {
                readFile(p, sink);
            } else {
                sink.accept(new InputItem.Skipped(input, input, Files.exists(p) ? "not a regular file" : "no such file or directory"));
            }
        }
    }

    private void readFile(Path f, Consumer<InputItem> sink) {
        try (InputStream in = new java.io.BufferedInputStream(Files.newInputStream(f), 1 << 16)) {
            if (f.getFileName().toString().toLowerCase().endsWith(".jsonl")) {
                readJsonLines(f.toString(), in, sink);
            } else {
                readPlain(f.toString(), f.getFileName().toString(), in.readAllBytes(), sink);
            }
        } catch (IOException e) {
            sink.accept(new InputItem.Skipped(f.toString(), f.getFileName().toString(), "cannot read: " + e.getMessage()));
        }
    }

    /** Stdin: JSON lines when the first non-blank character is '{', else one plain-text document. */
    private void readStream(String name, InputStream in, Consumer<InputItem> sink) {
        try {
            byte[] all = in.readAllBytes();
            int i = 0;
            while (i < all.length && Character.isWhitespace(all[i])) i++;
            if (i < all.length && all[i] == '{') {
                readJsonLines(name, new java.io.ByteArrayInputStream(all), sink);
            } else {
                readPlain(name, name, all, sink);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void readPlain(String origin, String id, byte[] bytes, Consumer<InputItem> sink) {
        String problem = binaryProblem(bytes);
        if (problem != null) {
            sink.accept(new InputItem.Skipped(origin, id, problem));
            return;
        }
        String text;
        try {
            text = decode(bytes);
        } catch (CharacterCodingException e) {
            sink.accept(new InputItem.Skipped(origin, id, "invalid UTF-8 (" + e.getMessage() + ")"));
            return;
        }
        accept(new Document(id, text, null, null, null, origin), sink);
    }

    private void readJsonLines(String file, InputStream in, Consumer<InputItem> sink) throws IOException {
        int lineNo = 0;
        for (byte[] line; (line = readLine(in)) != null; ) {
            lineNo++;
            String origin = file + ":" + lineNo;
            if (isBlank(line)) continue;
            String text;
            try {
                text = decode(line);
            } catch (CharacterCodingException e) {
                sink.accept(new InputItem.Skipped(origin, origin, "invalid UTF-8 in line " + lineNo));
                continue;
            }
            JsonNode node;
            try {
                node = json.readTree(text);
            } catch (JsonProcessingException e) {
                sink.accept(new InputItem.Skipped(origin, origin, "invalid JSON: " + e.getOriginalMessage()));
                continue;
            }
            if (node == null || !node.isObject()) {
                sink.accept(new InputItem.Skipped(origin, origin, "a JSON line must be an object with 'id' and 'text'"));
                continue;
            }
            String id = node.hasNonNull("id") ? node.get("id").asText() : origin;
            JsonNode t = node.get("text");
            if (t == null || t.isNull()) {
                sink.accept(new InputItem.Skipped(origin, id, "missing 'text' field"));
                continue;
            }
            if (!t.isTextual()) {
                sink.accept(new InputItem.Skipped(origin, id, "'text' is not a string"));
                continue;
            }
            LocalDate date = null;
            if (node.hasNonNull("date")) {
                String d = node.get("date").asText();
                try {
                    date = LocalDate.parse(d.length() > 10 ? d.substring(0, 10) : d);
                } catch (DateTimeParseException e) {
                    sink.accept(new InputItem.Skipped(origin, id, "invalid 'date' '" + d + "' (want YYYY-MM-DD)"));
                    continue;
                }
            }
            accept(new Document(id, t.asText(), date, text(node, "title"), text(node, "url"), origin), sink);
        }
    }

    private void accept(Document d, Consumer<InputItem> sink) {
        if (d.text().isBlank()) {
            sink.accept(new InputItem.Skipped(d.origin(), d.id(), "empty document"));
        } else if (d.text().length() > maxChars) {
            sink.accept(new InputItem.Skipped(d.origin(), d.id(), String.format(
                    "document too long (%,d characters; the limit is %,d, see --max-chars)", d.text().length(), maxChars)));
        } else {
            sink.accept(new InputItem.Read(d));
        }
    }

    private static String text(JsonNode n, String field) {
        return n.hasNonNull(field) ? n.get(field).asText() : null;
    }

    /** A reason when the bytes look binary (NUL bytes or many control characters), else null. */
    static String binaryProblem(byte[] b) {
        int n = Math.min(b.length, 8192);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int c = b[i] & 0xff;
            if (c == 0) return "binary file (contains NUL bytes)";
            if (c < 32 && c != '\n' && c != '\r' && c != '\t' && c != '\f') control++;
        }
        return n > 0 && control * 10 > n ? "binary file (" + control + " control characters in the first " + n + " bytes)" : null;
    }

    private static String decode(byte[] bytes) throws CharacterCodingException {
        CharsetDecoder d = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length);
        java.nio.charset.CoderResult r = d.decode(in, out, true);
        if (r.isError()) {
            throw new CharacterCodingException() {
                @Override
                public String getMessage() {
                    return "bad byte 0x" + Integer.toHexString(bytes[in.position()] & 0xff) + " at byte offset " + in.position();
                }
            };
        }
        d.flush(out);
        String s = out.flip().toString();
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }

    private static boolean isBlank(byte[] line) {
        for (byte b : line) if (!Character.isWhitespace(b)) return false;
        return true;
    }

    private static byte[] readLine(InputStream in) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream(256);
        int c;
        boolean any = false;
        while ((c = in.read()) != -1) {
            any = true;
            if (c == '\n') break;
            b.write(c);
        }
        if (!any) return null;
        byte[] out = b.toByteArray();
        if (out.length > 0 && out[out.length - 1] == '\r') return java.util.Arrays.copyOf(out, out.length - 1);
        return out;
    }
}
