package dyad.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;

/**
 * The checks a command makes on each file it will write, before it loads anything or reads any input: the
 * directory exists, the path is not a directory, and the file is none of the command's inputs (compared by real
 * path, so links and {@code ./x} count) nor inside an input directory (which the run would read). A failed
 * check is a usage error (exit status 2) naming the option, the file and what is wrong.
 */
final class Outputs {
    private Outputs() {
    }

    /**
     * @param option  the option that names the file ("-o", "--html", "--db")
     * @param output  the file to be written
     * @param inputs  the files and directories the command reads
     */
    static void check(CommandSpec spec, String option, Path output, Collection<Path> inputs) {
        String what = option + " " + output;
        if (Files.isDirectory(output)) throw usage(spec, what + " is a directory; give a file name");
        Path parent = output.toAbsolutePath().getParent();
        if (!Files.isDirectory(parent)) throw usage(spec, what + ": no such directory " + parent);
        if (!Files.isWritable(parent)) throw usage(spec, what + ": cannot write in " + parent + " (permission denied)");
        for (Path in : inputs) {
            if (in == null) continue;
            if (sameFile(output, in)) {
                throw usage(spec, what + " is also an input of this command (" + in + "); writing it would destroy it: choose another file");
            }
            if (Files.isDirectory(in) && real(parent).startsWith(real(in))) {
                throw usage(spec, what + " is inside the input directory " + in + ", which the run reads: write it elsewhere");
            }
        }
    }

    /** Whether two paths name the same existing file (real paths, hard links included). */
    static boolean sameFile(Path a, Path b) {
        if (a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize())) return true;
        if (!Files.exists(a) || !Files.exists(b)) return false;
        try {
            return Files.isSameFile(a, b);
        } catch (IOException e) {
            return real(a).equals(real(b));
        }
    }

    private static Path real(Path p) {
        try {
            return p.toRealPath();
        } catch (IOException e) {
            return p.toAbsolutePath().normalize();
        }
    }

    private static ParameterException usage(CommandSpec spec, String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}
