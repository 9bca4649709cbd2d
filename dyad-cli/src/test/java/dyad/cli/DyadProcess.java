package dyad.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Runs {@code dyad} as a user does: a real java process with the test class path, empty stdin. */
final class DyadProcess {
    private DyadProcess() {
    }

    record Run(int status, String out, String err) {
    }

    static Run run(String... args) throws IOException, InterruptedException {
        return withHeap("3g", args);
    }

    /** With a given maximum heap ("300m"). */
    static Run withHeap(String heap, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + heap, "-cp", System.getProperty("java.class.path"), "dyad.cli.Main"));
        cmd.addAll(List.of(args));
        Path out = Files.createTempFile("dyad-out", ".txt");
        Path err = Files.createTempFile("dyad-err", ".txt");
        Path in = Files.createTempFile("dyad-in", ".txt");
        try {
            Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(in.toFile())).start();
            assertTrue(p.waitFor(5, TimeUnit.MINUTES), "dyad did not finish");
            return new Run(p.exitValue(), Files.readString(out), Files.readString(err));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
            Files.deleteIfExists(in);
        }
    }
}
