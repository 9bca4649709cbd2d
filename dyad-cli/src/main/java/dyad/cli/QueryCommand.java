package dyad.cli;

import dyad.store.EventStore;
import dyad.store.Reports;
import dyad.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.concurrent.Callable;

/** {@code dyad query "SQL"}: SQL over the database (tables in docs/database.md), printed as a table; read-only by default. */
@Command(name = "query", mixinStandardHelpOptions = true,
        description = {"Run SQL on a Dyad database and print the result (tables: documents, sentences, events, mentions, "
                + "story_clusters, dedup_events; docs/database.md).",
                "The database is opened read-only, and the SQL cannot reach any other file (read_csv, COPY ... TO, ATTACH, "
                        + "EXPORT DATABASE and extensions are refused): 'dyad export' writes files. --write lets it change the database.",
                "Example: dyad query --db events.duckdb \"SELECT plover_event, count(*) FROM events GROUP BY 1 ORDER BY 2 DESC\""})
public final class QueryCommand implements Callable<Integer> {
    @Parameters(paramLabel = "SQL", description = "The query.")
    String sql;

    @Option(names = "--write", description = "Let the SQL change this database (INSERT, UPDATE, DELETE, CREATE, ALTER, DROP). "
            + "Other files stay out of reach.")
    boolean write;

    @Mixin
    TableFormatOption printed;

    @Mixin
    DatabaseOption database;

    @Override
    public Integer call() {
        try (EventStore store = database.openForQueries(write)) {
            System.out.print(new Reports(store).query(sql).format(printed.format));
        } catch (StoreException e) {
            throw new StoreException(e.getMessage() + hint(e.getMessage()), e);
        }
        return 0;
    }

    private String hint(String message) {
        if (message.contains("read-only mode") && !write) return " (the database is opened read-only: --write lets the query change it)";
        if (message.contains("disabled by configuration")) return " ('dyad query' reads and writes no other file: 'dyad export' writes files)";
        return "";
    }
}
