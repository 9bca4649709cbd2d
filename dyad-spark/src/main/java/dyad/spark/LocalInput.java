package dyad.spark;

import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * An input file as Dyad's readers take it, a local path: the file itself on a local disk ({@code file:}), else a
 * copy on the executor's disk under the file's own name (a plain-text document's id is its file name; a WARC file
 * is read with random access to go on after damage). Deleted when closed. Origins ("file:line", "file@offset")
 * name the input's URI, not the copy.
 */
final class LocalInput implements AutoCloseable {
    private final java.nio.file.Path path;
    private final java.nio.file.Path tempDir;
    private final String uri;

    private LocalInput(java.nio.file.Path path, java.nio.file.Path tempDir, String uri) {
        this.path = path;
        this.tempDir = tempDir;
        this.uri = uri;
    }

    static LocalInput of(FileSystem fs, Path input) throws IOException {
        URI u = input.toUri();
        if ("file".equals(u.getScheme())) return new LocalInput(java.nio.file.Path.of(u), null, u.getPath());
        java.nio.file.Path dir = Files.createTempDirectory("dyad-input-");
        java.nio.file.Path local = dir.resolve(input.getName());
        fs.copyToLocalFile(false, input, new Path(local.toUri()), true);
        return new LocalInput(local, dir, input.toString());
    }

    java.nio.file.Path path() {
        return path;
    }

    /** An origin the reader gave, with the input's name for the local copy's. */
    String origin(String origin) {
        if (origin == null || tempDir == null) return origin;
        String local = path.toString();
        return origin.startsWith(local) ? uri + origin.substring(local.length()) : origin;
    }

    @Override
    public void close() {
        if (tempDir == null) return;
        try (Stream<java.nio.file.Path> s = Files.walk(tempDir)) {
            for (java.nio.file.Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
