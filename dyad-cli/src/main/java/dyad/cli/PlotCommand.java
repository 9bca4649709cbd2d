package dyad.cli;

import dyad.plot.Chart;
import dyad.plot.ChartRenderer;
import dyad.store.EventStore;
import dyad.store.Plots;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code dyad plot}: PNG and SVG charts from a database. */
@Command(name = "plot", mixinStandardHelpOptions = true,
        description = {"Draw a chart as PNG and SVG: 'dyad A B' (cooperation and conflict per month between two actors, by code "
                + "prefix), 'top-dyads', or 'categories' (PLOVER mix).",
                "Example: dyad plot --db events.duckdb dyad RUS UKR -o rus-ukr   (writes rus-ukr.png and rus-ukr.svg)"})
public final class PlotCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "CHART", description = "dyad, top-dyads or categories.")
    String chart;

    @Parameters(index = "1..*", arity = "0..2", paramLabel = "CODE", description = "For 'dyad': two actor codes or prefixes.")
    List<String> codes = List.of();

    @Option(names = {"-o", "--output"}, paramLabel = "BASE", required = true, description = "Output path without extension: BASE.png and BASE.svg.")
    Path output;

    @Option(names = "--top", paramLabel = "N", defaultValue = "15", description = "Bars in top-dyads (default: ${DEFAULT-VALUE}).")
    int top;

    @Mixin
    DateRangeOptions dates;

    @Mixin
    DatabaseOption database;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Ranges.atLeast(spec, "--top", top, 1);
        for (Path file : ChartRenderer.files(output)) Outputs.check(spec, "-o", file, List.of(database.db));
        try (EventStore store = database.open()) {
            Plots plots = new Plots(store);
            Chart c = switch (chart) {
                case "dyad" -> {
                    if (codes.size() != 2) throw new picocli.CommandLine.ParameterException(spec.commandLine(), "plot dyad needs two codes, e.g. RUS UKR");
                    yield plots.dyad(codes.get(0).toUpperCase(), codes.get(1).toUpperCase(), dates.from, dates.to);
                }
                case "top-dyads" -> plots.topDyads(top, dates.from, dates.to);
                case "categories" -> plots.categories(dates.from, dates.to);
                default -> throw new picocli.CommandLine.ParameterException(spec.commandLine(), "unknown chart '" + chart + "' (dyad, top-dyads, categories)");
            };
            Path[] files = new ChartRenderer().write(c, output);
            System.err.println("dyad: wrote " + files[0] + " and " + files[1]);
        }
        return 0;
    }
}
