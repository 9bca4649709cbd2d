package dyad.eval;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertThrows;

/** dyad-eval draws its charts with dyad-core's dyad.plot: neither the event store nor DuckDB is on its class path. */
class DependenciesTest {
    @Test
    void neitherTheStoreNorDuckDbIsADependency() {
        assertThrows(ClassNotFoundException.class, () -> Class.forName("dyad.store.EventStore"));
        assertThrows(ClassNotFoundException.class, () -> Class.forName("org.duckdb.DuckDBConnection"));
    }
}
