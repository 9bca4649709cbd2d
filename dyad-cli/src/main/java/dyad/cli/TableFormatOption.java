package dyad.cli;

import dyad.store.ResultTable;
import picocli.CommandLine.Option;

/** {@code --format} for the commands that print a result table. */
final class TableFormatOption {
    @Option(names = "--format", paramLabel = "text|csv|tsv|json|jsonl", defaultValue = "text", description = "Output format (default: ${DEFAULT-VALUE}).")
    ResultTable.Format format;
}
