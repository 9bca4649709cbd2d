package dyad.cli;

import dyad.store.EventStore;
import dyad.store.Reports;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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

    @Mixin
    TableFormatOption printed;

    @Mixin
    DatabaseOption database;

    @Override
    public Integer call() {
        try (EventStore store = database.open()) {
            System.out.print(new Reports(store).query(sql).format(printed.format));
        }
        return 0;
    }
}
