package dyad.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/**
 * Where the next WARC record starts after damage: in a file of uncompressed WARC, the next line that starts with
 * {@code WARC/1.}; in a file gzipped record by record, the next gzip member whose first bytes unpack to
 * {@code WARC/1.}. A file gzipped whole has no such member after its start. The file is scanned as a stream.
 */
final class RecordStart {
    private static final byte[] MAGIC = "WARC/1.".getBytes(StandardCharsets.US_ASCII);

    private RecordStart() {
    }

    /** The offset of the first record that starts after byte {@code at}, or -1. */
    static long after(Path file, long at) throws IOException {
        boolean gzip;
        try (FileChannel c = FileChannel.open(file); InputStream in = Channels.newInputStream(c)) {
            gzip = in.read() == 0x1f && in.read() == 0x8b;
        }
        try (FileChannel c = FileChannel.open(file)) {
            c.position(at + 1);
            InputStream in = new BufferedInputStream(Channels.newInputStream(c), 1 << 16);
            long pos = at + 1;
            int prev = '\n';
            int[] window = new int[3];
            for (int b; (b = in.read()) >= 0; pos++) {
                if (gzip) {
                    window[0] = window[1];
                    window[1] = window[2];
                    window[2] = b;
                    if (window[0] == 0x1f && window[1] == 0x8b && window[2] == 8 && unpacksToRecord(file, pos - 2)) return pos - 2;
                } else if (b == 'W' && prev == '\n' && startsWithMagic(file, pos)) {
                    return pos;
                }
                prev = b;
            }
            return -1;
        }
    }

    private static boolean unpacksToRecord(Path file, long offset) {
        try (FileChannel c = FileChannel.open(file)) {
            c.position(offset);
            return startsWithMagic(new GZIPInputStream(Channels.newInputStream(c), 512));
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean startsWithMagic(Path file, long offset) throws IOException {
        try (FileChannel c = FileChannel.open(file)) {
            c.position(offset);
            return startsWithMagic(Channels.newInputStream(c));
        }
    }

    private static boolean startsWithMagic(InputStream in) throws IOException {
        byte[] head = in.readNBytes(MAGIC.length);
        return java.util.Arrays.equals(head, MAGIC);
    }
}
