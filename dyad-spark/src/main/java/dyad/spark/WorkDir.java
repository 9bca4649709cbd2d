package dyad.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The per-input-file results under {@code OUTPUT/_dyad/files/KEY/}: a task writes {@code events-ATTEMPT.jsonl} and
 * {@code documents-ATTEMPT.jsonl}, then commits them by writing the marker {@code _COMMITTED} (a temporary name
 * renamed into place: one small object, so it appears whole or not at all, on HDFS, a local disk and S3 alike).
 * A file with a marker is done: a re-run skips it and reads only the attempt the marker names, so a failed or
 * speculative attempt's leftovers are never read twice. Nothing here depends on a directory rename, which S3 does
 * not make atomic. {@code _dyad} starts with an underscore, so Spark's readers of {@code OUTPUT} pass over it.
 */
final class WorkDir {
    static final String MARKER = "_COMMITTED";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final FileSystem fs;
    private final Path root;

    WorkDir(FileSystem fs, Path output) {
        this.fs = fs;
        this.root = new Path(output, "_dyad");
    }

    Path root() {
        return root;
    }

    /** A file's directory name: its name, readable, and a hash of its whole URI, unique. */
    static String key(String input) {
        String name = new Path(input).getName().replaceAll("[^A-Za-z0-9._-]", "_");
        if (name.length() > 80) name = name.substring(0, 80);
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(input.getBytes(StandardCharsets.UTF_8));
            return name + "-" + HexFormat.of().formatHex(h, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    Path dir(String input) {
        return new Path(new Path(root, "files"), key(input));
    }

    Path eventsFile(FileResult r) {
        return new Path(dir(r.input()), r.eventsFile());
    }

    Path documentsFile(FileResult r) {
        return new Path(dir(r.input()), r.documentsFile());
    }

    FSDataOutputStream create(Path p) throws IOException {
        return fs.create(p, true);
    }

    /** The committed result of this input file, or empty when it has none (never run, or failed before the marker). */
    Optional<FileResult> committed(String input) throws IOException {
        Path marker = new Path(dir(input), MARKER);
        try (InputStream in = fs.open(marker)) {
            FileResult r = JSON.readValue(in, FileResult.class);
            return r.input().equals(input) ? Optional.of(r) : Optional.empty();
        } catch (FileNotFoundException e) {
            return Optional.empty();
        }
    }

    /**
     * Commits a task's files: writes the marker under a name of its own, then renames it into place. Returns false
     * when another attempt committed first (speculative execution); its files are as good as these.
     */
    boolean commit(FileResult r) throws IOException {
        Path dir = dir(r.input());
        Path tmp = new Path(dir, "_tmp-" + r.attempt());
        try (FSDataOutputStream out = fs.create(tmp, true)) {
            out.write(JSON.writeValueAsBytes(r));
        }
        Path marker = new Path(dir, MARKER);
        if (fs.exists(marker) || !fs.rename(tmp, marker)) {
            fs.delete(tmp, false);
            return false;
        }
        return true;
    }

    /** Removes what no marker names in a file's directory: the leftovers of failed attempts (driver only, no task running). */
    void removeLeftovers(String input) throws IOException {
        Path dir = dir(input);
        if (!fs.exists(dir)) return;
        Optional<FileResult> done = committed(input);
        for (FileStatus s : fs.listStatus(dir)) {
            String n = s.getPath().getName().replaceFirst("^\\.(.*)\\.crc$", "$1"); // a local disk's checksum files
            boolean keep = done.isPresent() && (n.equals(MARKER) || n.equals(done.get().eventsFile())
                    || n.equals(done.get().documentsFile()));
            if (!keep) fs.delete(s.getPath(), true);
        }
    }

    /** The settings the output was made with, written by its first run; empty for a new output. */
    Optional<String> settings() throws IOException {
        Path p = new Path(root, "settings.txt");
        if (!fs.exists(p)) return Optional.empty();
        try (InputStream in = fs.open(p)) {
            return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    void writeSettings(String settings) throws IOException {
        try (FSDataOutputStream out = fs.create(new Path(root, "settings.txt"), true)) {
            out.write(settings.getBytes(StandardCharsets.UTF_8));
        }
    }
}
