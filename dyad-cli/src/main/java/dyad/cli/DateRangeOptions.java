package dyad.cli;

import picocli.CommandLine.Option;

import java.time.LocalDate;

/** {@code --from} / {@code --to} for the commands that read events from a database. */
final class DateRangeOptions {
    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "First day (default: all).")
    LocalDate from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Last day (default: all).")
    LocalDate to;
}
