package dyad.ingest;

import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.MessageBody;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.zip.ZipException;

/**
 * A WARC file (WARC/1.0 or 1.1; plain, gzipped per record or gzipped whole) read as a stream, one record at a time,
 * through jwarc: memory does not grow with the file. A {@code response} record with HTTP status 200 and an HTML
 * content type (or a {@code resource} record of HTML) is a page: its id is the record id, its URL the target URI,
 * its date the page's publication date, else the WARC date. Every other record is {@link InputItem.Counted} by
 * kind ({@code request}, {@code metadata}, {@code response redirect (HTTP 301)}, {@code response application/pdf}).
 * Damage (a truncated gzip stream, a malformed header, a length that lies) is one skipped item naming the byte
 * offset: every record before it has been read, and reading goes on with the next record that starts cleanly
 * ({@link RecordStart}) where there is one; a truncated file, or one gzipped whole, ends there.
 */
final class WarcInput {
    private WarcInput() {
    }

    /** Whether a file name says WARC ({@code .warc}, {@code .warc.gz}). */
    static boolean isWarcFile(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.endsWith(".warc") || n.endsWith(".warc.gz");
    }

    static void read(Path file, PageReader pages, Consumer<InputItem> sink) throws IOException {
        int[] records = {0};
        long from = 0;
        while (from >= 0) from = readFrom(file, from, records, pages, sink);
    }

    /**
     * Reads records from byte {@code from} on; returns where to go on after damage (the next record that starts
     * cleanly, in a file of uncompressed or record-by-record gzipped WARC), or -1 at the end.
     */
    private static long readFrom(Path file, long from, int[] records, PageReader pages, Consumer<InputItem> sink) throws IOException {
        String name = file.toString();
        FileChannel channel = FileChannel.open(file);
        channel.position(from);
        try (WarcReader reader = new WarcReader(channel)) {
            long at = from;
            while (true) {
                Optional<WarcRecord> next;
                try {
                    at = reader.position();
                    next = reader.next();
                } catch (IOException | RuntimeException e) {
                    return damaged(file, at, records[0], e, sink);
                }
                if (next.isEmpty()) return -1;
                records[0]++;
                WarcRecord rec = next.get();
                String origin = name + "@" + rec.position();
                try {
                    sink.accept(record(rec, origin, pages));
                } catch (IOException | RuntimeException e) {
                    return damaged(file, rec.position(), records[0] - 1, e, sink);
                }
            }
        } finally {
            channel.close();
        }
    }

    private static InputItem record(WarcRecord rec, String origin, PageReader pages) throws IOException {
        if (rec instanceof WarcResponse resp) {
            HttpResponse http;
            try {
                http = resp.http();
            } catch (IOException | RuntimeException e) {
                return new InputItem.Counted(origin, "response with a malformed HTTP header");
            }
            int status = http.status();
            if (status >= 300 && status < 400) return new InputItem.Counted(origin, "response redirect (HTTP " + status + ")");
            if (status != 200) return new InputItem.Counted(origin, "response HTTP " + status);
            String type = http.headers().first("Content-Type").orElse("");
            if (!isHtml(type)) return new InputItem.Counted(origin, "response " + baseType(type));
            return page(rec, origin, http.bodyDecoded(), type, resp.target(), pages);
        }
        if (rec instanceof WarcResource res) {
            String type = res.contentType().toString();
            if (isHtml(type)) return page(rec, origin, res.body(), type, res.target(), pages);
            return new InputItem.Counted(origin, "resource " + baseType(type));
        }
        return new InputItem.Counted(origin, rec.type());
    }

    private static InputItem page(WarcRecord rec, String origin, MessageBody body, String contentType, String url,
                                  PageReader pages) throws IOException {
        String id = rec.id().toString();
        byte[] bytes;
        try (InputStream in = body.stream()) {
            bytes = in.readNBytes(PageReader.MAX_PAGE_BYTES + 1);
        }
        if (bytes.length > PageReader.MAX_PAGE_BYTES) {
            return new InputItem.Skipped(origin, id, String.format("web page too large (over %,d MB; the limit is %,d MB)",
                    PageReader.MAX_PAGE_BYTES >> 20, PageReader.MAX_PAGE_BYTES >> 20));
        }
        return pages.read(origin, id, bytes, contentType, url, LocalDate.ofInstant(rec.date(), ZoneOffset.UTC), "WARC-Date");
    }

    private static boolean isHtml(String contentType) {
        String t = baseType(contentType);
        return t.equals("text/html") || t.equals("application/xhtml+xml");
    }

    private static String baseType(String contentType) {
        if (contentType == null || contentType.isBlank()) return "without a content type";
        MediaType m = MediaType.parseLeniently(contentType);
        String t = m.isValid() ? m.base().toString() : contentType.split(";")[0].strip();
        return t.toLowerCase(Locale.ROOT);
    }

    /**
     * Reports damage at byte {@code at}, after {@code records} good records; returns the offset of the next clean
     * record to go on from, or -1 when there is none (a truncated file, a file gzipped whole).
     */
    private static long damaged(Path file, long at, int records, Throwable e, Consumer<InputItem> sink) throws IOException {
        String what;
        if (e instanceof EOFException) {
            what = "the file ends in the middle of a record (truncated)";
        } else if (e instanceof ZipException) {
            what = "corrupt gzip data (" + e.getMessage() + ")";
        } else {
            String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            what = "malformed WARC record (" + (m.length() > 160 ? m.substring(0, 160) + "..." : m) + ")";
        }
        long next = e instanceof EOFException ? -1 : RecordStart.after(file, at);
        String where = file + "@" + at;
        sink.accept(new InputItem.Skipped(where, where, "damaged WARC file: " + what + " at byte offset " + at
                + (next < 0 ? "; the " + records + " record(s) before it were read, the rest of the file is not"
                : "; reading goes on with the next record, at byte offset " + next)));
        return next;
    }
}
