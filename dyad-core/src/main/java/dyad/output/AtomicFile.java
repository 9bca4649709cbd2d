package dyad.output;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A file written in full or not at all: everything goes to a temporary file in the target's directory
 * ({@code .NAME.RANDOM.partial}), which {@link #commit()} renames over the target. Closing without committing
 * deletes the temporary file, so a failed run leaves the target as it was; a killed run leaves it as it was too,
 * with the partial file beside it. A target that is a symbolic link is written where the link points.
 */
public final class AtomicFile implements AutoCloseable {
    private final Path target;
    private final Path temp;
    private boolean committed;

    private AtomicFile(Path target, Path temp) {
        this.target = target;
        this.temp = temp;
    }

    /** Creates the temporary file for {@code target}. */
    public static AtomicFile create(Path target) throws IOException {
        Path real = Files.isSymbolicLink(target) ? target.toRealPath() : target.toAbsolutePath();
        Path dir = real.getParent();
        for (int attempt = 0; ; attempt++) {
            String random = Long.toString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE, 36);
            Path temp = dir.resolve("." + real.getFileName() + "." + random + ".partial");
            try {
                Files.createFile(temp);
                return new AtomicFile(real, temp);
            } catch (FileAlreadyExistsException e) {
                if (attempt > 10) throw e;
            }
        }
    }

    /** The file as it will be named once committed. */
    public Path target() {
        return target;
    }

    /** Where the content goes until {@link #commit()}. */
    public Path temp() {
        return temp;
    }

    /** A stream over the temporary file (the caller closes it before committing). */
    public OutputStream newOutputStream() throws IOException {
        return Files.newOutputStream(temp);
    }

    /** Renames the temporary file over the target. */
    public void commit() throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
        committed = true;
    }

    /** Deletes the temporary file unless it was committed. */
    @Override
    public void close() {
        if (committed) return;
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the partial file " + temp + ": " + e.getMessage(), e);
        }
    }

    /** Writes {@code content} (UTF-8) to {@code target} in full or not at all. */
    public static void writeString(Path target, String content) {
        try (AtomicFile f = create(target)) {
            Files.writeString(f.temp(), content, java.nio.charset.StandardCharsets.UTF_8);
            f.commit();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target + ": " + dyad.ingest.TextFile.reason(e), e);
        }
    }
}
