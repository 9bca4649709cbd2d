package dyad.spark;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Bad options are usage errors: exit status 2, one clear line, no stack trace, and no Spark started. */
class CodeJobOptionsTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "--output out                                      | Missing required option: '--input=PATH'",
            "--input in.jsonl                                  | Missing required option: '--output=DIR'",
            "--input in.jsonl --output out --output-format xml | --output-format must be parquet or jsonl, not 'xml'",
            "--input in.jsonl --output out --time-limit 0      | --time-limit must be at least 1, not 0",
            "--input in.jsonl --output out --max-chars -3      | --max-chars must be at least 1, not -3",
            "--input in.jsonl --output out --date yesterday    | Invalid value for option '--date'",
            "--input in.jsonl --output out --threads 4         | Unknown options: '--threads'"})
    void badOptionsAreUsageErrors(String args, String message) {
        StringWriter err = new StringWriter();
        int status = CodeJob.execute(new PrintWriter(err, true), args.strip().split(" +"));
        assertEquals(2, status, err.toString());
        assertTrue(err.toString().startsWith("dyad spark: " + message), err.toString());
        assertFalse(err.toString().contains("\tat "), "a stack trace: " + err);
    }

    @Test
    void usersFilesAreCheckedOnTheDriverWithFileAndLine(@TempDir Path dir) throws IOException {
        Path patterns = dir.resolve("my-patterns.txt");
        Files.writeString(patterns, "# mine\nhobnob-with | 040 | hobnob | target=obl.with\nbroken line without bars\n");
        StringWriter err = new StringWriter();
        int status = CodeJob.execute(new PrintWriter(err, true), "--input", "in.jsonl", "--output", dir.resolve("out").toString(),
                "--patterns", patterns.toString());
        assertEquals(2, status, err.toString());
        assertTrue(err.toString().startsWith("dyad spark: " + patterns + ":3: "), err.toString());

        StringWriter missing = new StringWriter();
        assertEquals(2, CodeJob.execute(new PrintWriter(missing, true), "--input", "in.jsonl", "--output", dir.resolve("out").toString(),
                "--actors", dir.resolve("none.txt").toString()));
        assertTrue(missing.toString().startsWith("dyad spark: --actors " + dir.resolve("none.txt") + ": no such actor dictionary"), missing.toString());
    }
}
