package dyad.spark;

import java.time.LocalDate;
import java.util.List;

/**
 * What a job codes and where it writes.
 *
 * @param inputs   files, directories or globs on any Hadoop file system
 * @param output   the output directory
 * @param format   {@code parquet} or {@code jsonl} (JSON lines in {@code dyad code}'s schema)
 * @param coder    how the coder is built
 * @param maxChars documents longer than this are skipped
 * @param timeLimit seconds a document may take
 * @param date     the date of documents that carry none, or null: the first run's day, kept in the output for re-runs
 * @param failure  fault injection for tests ({@link TaskSettings#failure()}), or null
 */
public record JobOptions(List<String> inputs, String output, String format, CoderSettings coder, int maxChars,
                         int timeLimit, LocalDate date, String failure) {
    public JobOptions {
        inputs = List.copyOf(inputs);
    }

    /** As {@code dyad code} codes by default, to Parquet. */
    public static JobOptions defaults(List<String> inputs, String output) {
        return new JobOptions(inputs, output, "parquet", CoderSettings.DEFAULTS, dyad.ingest.InputReader.DEFAULT_MAX_CHARS, 120, null, null);
    }

    public JobOptions withFormat(String f) {
        return new JobOptions(inputs, output, f, coder, maxChars, timeLimit, date, failure);
    }

    public JobOptions withDate(LocalDate d) {
        return new JobOptions(inputs, output, format, coder, maxChars, timeLimit, d, failure);
    }

    public JobOptions withFailure(String f) {
        return new JobOptions(inputs, output, format, coder, maxChars, timeLimit, date, f);
    }
}
