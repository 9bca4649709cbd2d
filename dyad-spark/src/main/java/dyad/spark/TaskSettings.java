package dyad.spark;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Map;

/**
 * Everything a task needs besides its input file, shipped with it (a few kilobytes).
 *
 * @param coder          how the coder is built
 * @param maxChars       documents longer than this are skipped, as {@code dyad code --max-chars}
 * @param timeLimit      seconds a document may take, as {@code dyad code --time-limit}
 * @param threads        coder threads per task ({@code spark.task.cpus}): one big file can use several cores
 * @param defaultDate    the date of documents that carry none, fixed on the driver so that every task uses the same
 * @param output         the job's output directory (a Hadoop file system URI)
 * @param hadoop         the driver's Hadoop configuration (file system settings such as {@code fs.s3a.*})
 * @param failure        fault injection for tests, {@code NAME:N}: the first N attempts of the task for the input
 *                       file named NAME fail after writing part of its output; null in real runs
 */
public record TaskSettings(CoderSettings coder, int maxChars, int timeLimit, int threads, LocalDate defaultDate,
                           String output, Map<String, String> hadoop, String failure) implements Serializable {
    public TaskSettings {
        hadoop = Map.copyOf(hadoop);
    }
}
