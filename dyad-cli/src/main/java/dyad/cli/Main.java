package dyad.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;

/** The {@code dyad} command: one subcommand class per verb, each a thin layer over the library. */
@Command(name = "dyad", mixinStandardHelpOptions = true, version = "dyad 0.1.0",
        description = "Political event coder: news in, CAMEO + PLOVER events out.",
        subcommands = {CodeCommand.class, ExtractCommand.class, ValidateCommand.class, ActorsCommand.class, EvalCommand.class, QueryCommand.class, ReportCommand.class, ExportCommand.class,
                DedupCommand.class, PlotCommand.class, PatternsCommand.class, ExplainCommand.class, GeoCommand.class, GeoEvalCommand.class, BenchCommand.class,
                BenchStoreCommand.class, ServeCommand.class, BenchServeCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns the exit status: 0 done, 1 failure, 2 usage error. */
    public static int run(String... args) {
        CommandLine cl = new CommandLine(new Main());
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setParameterExceptionHandler(Main::usageError);
        cl.setExecutionExceptionHandler((ex, line, parse) -> {
            line.getErr().println("dyad: " + (ex.getMessage() == null ? ex.toString() : ex.getMessage()));
            if (System.getenv("DYAD_DEBUG") != null) ex.printStackTrace(line.getErr());
            return 1;
        });
        try {
            return cl.execute(args);
        } catch (OutOfMemoryError e) {
            System.err.println(outOfMemory(Runtime.getRuntime().maxMemory()));
            return 1;
        }
    }

    /**
     * A usage error: the message and where to find the options, not the whole usage (which buries the message); exit
     * status 2.
     */
    private static int usageError(CommandLine.ParameterException ex, String[] args) {
        CommandLine line = ex.getCommandLine();
        PrintWriter err = line.getErr();
        err.println("dyad: " + ex.getMessage());
        CommandLine.UnmatchedArgumentException.printSuggestions(ex, err);
        err.println("(" + line.getCommandSpec().qualifiedName() + " --help lists the options)");
        return line.getCommandSpec().exitCodeOnInvalidInput();
    }

    /** The advice when the heap is too small (most often while the models load). */
    static String outOfMemory(long maxHeap) {
        return String.format("dyad: out of memory: the Java heap is limited to %,d MB; Dyad needs about 1 GB to load its"
                + " models and gazetteer, and 2 to 4 GB to code with several threads. Give it more with"
                + " DYAD_JAVA_OPTS=\"-Xmx4g -Xss4m\" (the launcher's default when DYAD_JAVA_OPTS is not set), or java -Xmx4g.",
                maxHeap / (1024 * 1024));
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing command (try 'dyad code --help')");
    }
}
