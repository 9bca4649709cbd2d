package dyad.cli;

import dyad.store.EventStore;
import dyad.store.Reports;
import dyad.store.ResultTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.concurrent.Callable;

/** {@code dyad query "SQL"}: any SQL over the database (tables in docs/database.md), printed as a table. */
@Command(name = "query", mixinStandardHelpOptions = true,
        description = {"Run SQL on a Dyad database and print the result (tables: documents, sentences, events, mentions, "
                + "story_clusters, dedup_events; docs/database.md).",
                "Example: dyad query --db events.duckdb \"SELECT plover_event, count(*) FROM events GROUP BY 1 ORDER BY 2 DESC\""})
public final class QueryCommand implements Callable<Integer> {
    @Parameters(paramLabel = "SQL", description = "The query.")
    String sql;

    @Option(names = "--format", paramLabel = "text|csv|tsv|json|jsonl", defaultValue = "text", description = "Output format (default: ${DEFAULT-VALUE}).")
    ResultTable.Format format;

    @Mixin
    DatabaseOption database;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        try (EventStore store = database.open(spec.commandLine())) {
            System.out.print(new Reports(store).query(sql).format(format));
        }
        return 0;
    }
}
