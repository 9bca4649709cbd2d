package dyad.server;

import dyad.store.EventStore;
import dyad.store.StoreException;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * The event database as the server uses it: the {@link EventStore} (read-only unless writes are enabled; no access
 * to any other file either way), and a fixed pool of reader connections to it, so that requests read in parallel
 * with each other and with a write. Every read runs in one transaction (one snapshot) and is cancelled when it takes
 * longer than the time limit.
 */
final class Database implements AutoCloseable {
    private final EventStore store;
    private final boolean writable;
    private final int timeLimitSeconds;
    private final BlockingQueue<Connection> idle;
    private final ScheduledExecutorService timer;

    private Database(EventStore store, boolean writable, int readers, int timeLimitSeconds) {
        this.store = store;
        this.writable = writable;
        this.timeLimitSeconds = timeLimitSeconds;
        this.idle = new ArrayBlockingQueue<>(readers);
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "dyad-query-timer");
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Opens an existing database: read-only unless {@code writable}, with {@code readers} connections for reads.
     * An older schema is migrated first (the one write a read-only server makes, before it serves).
     */
    static Database open(Path file, boolean writable, int readers, int timeLimitSeconds) {
        EventStore store = EventStore.openForQueries(file, writable);
        Database db = new Database(store, writable, readers, timeLimitSeconds);
        try {
            for (int i = 0; i < readers; i++) db.idle.add(store.connect());
        } catch (StoreException e) {
            db.close();
            throw e;
        }
        return db;
    }

    EventStore store() {
        return store;
    }

    boolean writable() {
        return writable;
    }

    Path file() {
        return store.file();
    }

    /** Reads rows of a query. */
    @FunctionalInterface
    interface Rows<T> {
        T read(ResultSet r) throws SQLException;
    }

    /** What one request reads, with one connection, in one snapshot. */
    @FunctionalInterface
    interface Work<T> {
        T run(Reader reader) throws SQLException;
    }

    /** Runs parameterised queries on a borrowed connection; the timer cancels the running one when time is up. */
    static final class Reader {
        private final Connection c;
        private volatile PreparedStatement running;
        private volatile boolean timedOut;

        private Reader(Connection c) {
            this.c = c;
        }

        <T> T query(String sql, List<Object> args, Rows<T> rows) throws SQLException {
            try (PreparedStatement p = c.prepareStatement(sql)) {
                for (int i = 0; i < args.size(); i++) p.setObject(i + 1, args.get(i));
                running = p;
                if (timedOut) throw new SQLException("time limit reached");
                try (ResultSet r = p.executeQuery()) {
                    return rows.read(r);
                } finally {
                    running = null;
                }
            }
        }

        private void cancel() {
            timedOut = true;
            PreparedStatement p = running;
            if (p == null) return;
            try {
                p.cancel();
            } catch (SQLException ignored) {
                // the statement ended meanwhile
            }
        }
    }

    /**
     * Runs {@code work} on a reader connection in one read transaction. Answers 503 when no connection frees up or the
     * work takes longer than the time limit.
     */
    <T> T read(Work<T> work) {
        Connection c;
        try {
            c = idle.poll(timeLimitSeconds, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw ApiException.unavailable("interrupted while waiting for the database");
        }
        if (c == null) throw ApiException.unavailable("the database is busy: no connection free within " + timeLimitSeconds + " s");
        Reader reader = new Reader(c);
        ScheduledFuture<?> alarm = timer.schedule(reader::cancel, timeLimitSeconds, TimeUnit.SECONDS);
        try {
            c.setAutoCommit(false);
            try {
                return work.run(reader);
            } finally {
                c.rollback();
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            if (reader.timedOut) {
                throw ApiException.unavailable("the request took longer than the time limit of " + timeLimitSeconds
                        + " s (dyad serve --time-limit); narrow the filters");
            }
            throw new StoreException("cannot read " + store.file() + ": " + e.getMessage(), e);
        } finally {
            alarm.cancel(false);
            idle.add(c);
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
        for (Connection c; (c = idle.poll()) != null; ) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // closing anyway
            }
        }
        store.close();
    }
}
