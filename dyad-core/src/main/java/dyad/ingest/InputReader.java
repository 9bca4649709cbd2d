package dyad.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dyad.model.Document;
import dyad.web.ArticleExtractor;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Reads documents from files, directories (recursed depth first, in name order, symbolic links followed) and stdin.
 * A {@code .jsonl} file holds one document per line ({@code id}, {@code text}, optional {@code date}, {@code title},
 * {@code url}); a {@code .warc}/{@code .warc.gz} file is an archive of web pages ({@link WarcInput}); a web page
 * ({@code .html}, {@code .htm}, gzipped too, or any file or JSON line whose text is markup: {@link Html}) is read
 * for its article ({@link PageReader}); any other file is one plain-text document named by its file name.
 * Everything that cannot be read (unreadable files and directories, link loops, binary files, bad UTF-8, damaged
 * archives, pages without text, pages in a language the run does not code, duplicate pages) is reported as
 * {@link InputItem.Skipped} with the reason; nothing is silently dropped. Streams: one line, file or WARC record at
 * a time.
 */
public final class InputReader {
    /** Documents longer than this (characters) are skipped rather than tie up the pipeline. */
    public static final int DEFAULT_MAX_CHARS = 1_000_000;
    /** The languages Dyad codes: web pages in others are skipped with "language xx" by every front end that codes. */
    public static final Set<String> CODED_LANGUAGES = Set.of("en");

    private final ObjectMapper json = new ObjectMapper();
    private final ArticleExtractor extractor = new ArticleExtractor();
    private final int maxChars;
    private final Set<String> languages;

    /** A reader that keeps web pages in every language. */
    public InputReader(int maxChars) {
        this(maxChars, Set.of());
    }

    /**
     * @param languages the languages (ISO 639-1) of the web pages to read; pages in others are skipped with
     *                  "language xx"; empty: every language
     */
    public InputReader(int maxChars, Set<String> languages) {
        this.maxChars = maxChars;
        this.languages = Set.copyOf(languages);
    }

    /**
     * Reads every input in order and hands each item to the sink. "-" is stdin. Web pages met twice in one call
     * (the same URL, or the same text) are read once.
     */
    public void read(List<String> inputs, InputStream stdin, Consumer<InputItem> sink) {
        PageReader pages = new PageReader(extractor, languages, maxChars);
        for (String input : inputs) {
            if (input.equals("-")) {
                readStream("stdin", stdin, pages, sink);
            } else {
                new Walk(sink, pages).visit(Path.of(input));
            }
        }
    }

    /**
     * One INPUT argument, depth first, each directory's entries in name order. Symbolic links are followed; a link to
     * a directory above it (a loop), to a directory or file already read, or to nothing is listed as skipped, as is
     * every file or directory that cannot be read. Every path met is read or listed.
     */
    private final class Walk {
        private final Consumer<InputItem> sink;
        private final PageReader pages;
        private final Set<Path> seen = new HashSet<>();
        private final Set<Path> above = new HashSet<>();

        Walk(Consumer<InputItem> sink, PageReader pages) {
            this.sink = sink;
            this.pages = pages;
        }

        void visit(Path p) {
            String where = p.toString();
            Path real;
            try {
                real = p.toRealPath();
            } catch (NoSuchFileException e) {
                skip(where, Files.isSymbolicLink(p) ? "broken symbolic link (it points to nothing)" : "no such file or directory");
                return;
            } catch (AccessDeniedException e) {
                skip(where, "permission denied");
                return;
            } catch (IOException e) {
                skip(where, "cannot read: " + e.getMessage());
                return;
            }
            if (Files.isDirectory(real)) {
                if (above.contains(real)) {
                    skip(where, "symbolic link loop: it leads back to " + real + ", a directory above it");
                } else if (!seen.add(real)) {
                    skip(where, "directory already read (" + real + ")");
                } else {
                    above.add(real);
                    directory(p);
                    above.remove(real);
                }
            } else if (!Files.isRegularFile(real)) {
                skip(where, "not a regular file");
            } else if (!seen.add(real)) {
                skip(where, "same file as one already read (" + real + ")");
            } else {
                readFile(p, pages, sink);
            }
        }

        private void directory(Path dir) {
            List<Path> entries = new ArrayList<>();
            try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
                for (Path e : s) entries.add(e);
            } catch (AccessDeniedException e) {
                skip(dir.toString(), "permission denied (directory not read)");
                return;
            } catch (IOException e) {
                skip(dir.toString(), "cannot list directory: " + e.getMessage());
                return;
            }
            entries.sort(Comparator.comparing(e -> e.getFileName().toString()));
            for (Path e : entries) visit(e);
        }

        private void skip(String where, String reason) {
            sink.accept(new InputItem.Skipped(where, where, reason));
        }
    }

    private void readFile(Path f, PageReader pages, Consumer<InputItem> sink) {
        String name = f.getFileName().toString();
        if (WarcInput.isWarcFile(name)) {
            try {
                WarcInput.read(f, pages, sink);
            } catch (IOException e) {
                sink.accept(new InputItem.Skipped(f.toString(), name, "cannot read: " + TextFile.reason(e)));
            }
            return;
        }
        try (InputStream in = new java.io.BufferedInputStream(Files.newInputStream(f), 1 << 16)) {
            if (name.toLowerCase().endsWith(".jsonl")) {
                if (Files.size(f) == 0) {
                    sink.accept(new InputItem.Skipped(f.toString(), name, "empty file (no JSON lines)"));
                } else {
                    readJsonLines(f.toString(), in, pages, sink);
                }
            } else if (Html.isHtmlFile(name)) {
                readPage(f.toString(), name, in, pages, sink);
            } else {
                readPlain(f.toString(), name, in.readAllBytes(), pages, sink);
            }
        } catch (AccessDeniedException e) {
            sink.accept(new InputItem.Skipped(f.toString(), name, "permission denied"));
        } catch (IOException e) {
            sink.accept(new InputItem.Skipped(f.toString(), name, "cannot read: " + e.getMessage()));
        }
    }

    /** Stdin: JSON lines when the first non-blank character is '{', else one plain-text document or page. */
    private void readStream(String name, InputStream in, PageReader pages, Consumer<InputItem> sink) {
        try {
            byte[] all = in.readAllBytes();
            int i = 0;
            while (i < all.length && Character.isWhitespace(all[i])) i++;
            if (i < all.length && all[i] == '{') {
                readJsonLines(name, new java.io.ByteArrayInputStream(all), pages, sink);
            } else {
                readPlain(name, name, all, pages, sink);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A saved page ({@code .html}, {@code .html.gz}): its bytes (a truncated gzip file gives what it holds), its
     * charset from a byte-order mark, its meta tag or detection.
     */
    private void readPage(String origin, String name, InputStream in, PageReader pages, Consumer<InputItem> sink) throws IOException {
        byte[] bytes;
        String note = null;
        if (name.toLowerCase(java.util.Locale.ROOT).endsWith(".gz")) {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            try (InputStream gz = new java.util.zip.GZIPInputStream(in)) {
                byte[] buf = new byte[1024]; // small reads: a damaged stream gives up to the damage
                for (int n; (n = gz.read(buf)) > 0 && out.size() <= PageReader.MAX_PAGE_BYTES; ) out.write(buf, 0, n);
            } catch (java.io.EOFException | java.util.zip.ZipException e) {
                note = "gzip data damaged or truncated after " + out.size() + " bytes";
            }
            bytes = out.toByteArray();
        } else {
            bytes = in.readNBytes(PageReader.MAX_PAGE_BYTES + 1);
        }
        if (bytes.length > PageReader.MAX_PAGE_BYTES) {
            sink.accept(new InputItem.Skipped(origin, name, String.format("web page too large (over %,d MB; the limit is %,d MB)",
                    PageReader.MAX_PAGE_BYTES >> 20, PageReader.MAX_PAGE_BYTES >> 20)));
        } else if (bytes.length == 0) {
            sink.accept(new InputItem.Skipped(origin, name, note != null ? note + " (nothing readable)" : "empty document"));
        } else {
            sink.accept(pages.read(origin, name, bytes, null, null, null, null));
        }
    }

    private void readPlain(String origin, String id, byte[] bytes, PageReader pages, Consumer<InputItem> sink) {
        String problem = TextFile.binaryProblem(bytes);
        if (problem != null) {
            sink.accept(new InputItem.Skipped(origin, id, problem));
            return;
        }
        if (Html.isHtml(new String(bytes, 0, Math.min(bytes.length, 1 << 16), java.nio.charset.StandardCharsets.ISO_8859_1))) {
            sink.accept(pages.read(origin, id, bytes, null, null, null, null));
            return;
        }
        String text;
        try {
            text = TextFile.decode(bytes);
        } catch (CharacterCodingException e) {
            sink.accept(new InputItem.Skipped(origin, id, "invalid UTF-8 (" + e.getMessage() + ")"));
            return;
        }
        accept(new Document(id, text, null, null, null, origin), sink);
    }

    private void readJsonLines(String file, InputStream in, PageReader pages, Consumer<InputItem> sink) throws IOException {
        int lineNo = 0;
        for (byte[] line; (line = readLine(in)) != null; ) {
            lineNo++;
            String origin = file + ":" + lineNo;
            if (isBlank(line)) continue;
            String text;
            try {
                text = TextFile.decode(line);
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
            if (Html.isHtml(t.asText())) {
                sink.accept(pages.read(origin, id, t.asText(), text(node, "url"), date));
                continue;
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
