package dyad.cli;

import dyad.store.EventStore;
import dyad.store.Reports;
import dyad.store.ResultTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.time.LocalDate;
import java.util.concurrent.Callable;

/** {@code dyad report NAME}: the standard aggregates over a database. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Print a standard report: 'dyads' (counts, Goldstein, QuadClass and cooperation-minus-conflict per dyad), "
                + "'country ISO3', or a count table PERIOD-DIMENSION such as dyad-month, country-week, plover-day, root-month, quad-year.",
                "Example: dyad report --db events.duckdb dyads --from 2016-01-01 --to 2016-12-31"})
public final class ReportCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "NAME", description = "dyads, country, or PERIOD-DIMENSION (see --help).")
    String name;

    @Parameters(index = "1", arity = "0..1", paramLabel = "ISO3", description = "For 'country': the country code.")
    String country;

    @Mixin
    DateRangeOptions dates;

    @Option(names = "--one-a-day", description = "Count Phoenix-style: one event per source, target, code and day.")
    boolean oneADay;

    @Mixin
    TableFormatOption printed;

    @Mixin
    DatabaseOption database;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        LocalDate f = dates.from == null ? LocalDate.of(1900, 1, 1) : dates.from;
        LocalDate t = dates.to == null ? LocalDate.of(2999, 12, 31) : dates.to;
        try (EventStore store = database.open()) {
            Reports reports = new Reports(store, oneADay);
            ResultTable table;
            if (name.equals("country")) {
                if (country == null) throw new picocli.CommandLine.ParameterException(spec.commandLine(), "report country needs an ISO3 code, e.g. IRN");
                table = reports.country(country.toUpperCase(), f, t);
            } else if (name.equals("dyads")) {
                table = reports.dyads(f, t);
            } else {
                try {
                    table = reports.named(name, f, t);
                } catch (IllegalArgumentException e) {
                    throw new picocli.CommandLine.ParameterException(spec.commandLine(), e.getMessage() + " (reports: dyads, country, "
                            + String.join(", ", Reports.standardNames()) + ")");
                }
            }
            System.out.print(table.format(printed.format));
        }
        return 0;
    }
}
