package dyad.spark;

import java.io.Serializable;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a task did with one input file: the content of the file's commit marker, and the task's answer to the driver.
 *
 * @param input     the input file's URI
 * @param attempt   the task attempt whose files the marker commits ({@code events-ATTEMPT.jsonl},
 *                  {@code documents-ATTEMPT.jsonl})
 * @param documents documents met (coded + skipped)
 * @param coded     documents coded
 * @param skipped   documents skipped, with their reasons in the documents rows
 * @param sentences sentences of the coded documents
 * @param events    events written
 * @param counted   WARC records that are not documents, by kind
 */
public record FileResult(String input, String attempt, long documents, long coded, long skipped, long sentences, long events,
                         Map<String, Long> counted) implements Serializable {
    public FileResult {
        counted = counted == null ? Map.of() : new TreeMap<>(counted);
    }

    String eventsFile() {
        return "events-" + attempt + ".jsonl";
    }

    String documentsFile() {
        return "documents-" + attempt + ".jsonl";
    }
}
