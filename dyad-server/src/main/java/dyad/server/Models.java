package dyad.server;

import dyad.coder.Coder;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * The coder of {@code POST /api/code}, with its models (CoreNLP, dictionaries, gazetteer: seconds and a gigabyte or
 * two). Loaded once: in the background from the start (the server answers reads meanwhile, and {@code /api/code}
 * waits for the load), or lazily by the first {@code /api/code}. Thread-safe.
 */
public final class Models {
    /** Where the models are. */
    public enum State { NOT_LOADED, LOADING, READY, FAILED }

    private final Supplier<Coder> load;
    private CompletableFuture<Coder> coder;

    private Models(Supplier<Coder> load) {
        this.load = load;
    }

    /** Starts loading now, on a thread of its own. */
    public static Models loadingNow(Supplier<Coder> load) {
        Models m = new Models(load);
        m.start();
        return m;
    }

    /** Loads on the first {@code /api/code}. */
    public static Models lazy(Supplier<Coder> load) {
        return new Models(load);
    }

    /** A coder already loaded (tests, benchmarks). */
    public static Models ready(Coder coder) {
        Models m = new Models(() -> coder);
        m.coder = CompletableFuture.completedFuture(coder);
        return m;
    }

    private synchronized CompletableFuture<Coder> start() {
        if (coder == null) {
            coder = new CompletableFuture<>();
            Thread t = new Thread(() -> {
                try {
                    coder.complete(load.get());
                } catch (RuntimeException | Error e) {
                    coder.completeExceptionally(e);
                }
            }, "dyad-models");
            t.setDaemon(true);
            t.start();
        }
        return coder;
    }

    public synchronized State state() {
        if (coder == null) return State.NOT_LOADED;
        if (!coder.isDone()) return State.LOADING;
        return coder.isCompletedExceptionally() ? State.FAILED : State.READY;
    }

    /** The coder, starting the load if needed and waiting up to {@code seconds} for it; 503 when it is not ready by then. */
    Coder coder(int seconds) {
        CompletableFuture<Coder> f = start();
        try {
            return f.get(seconds, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            throw ApiException.unavailable("the models are still loading; try again in a few seconds");
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            throw ApiException.unavailable("the models could not be loaded: " + (c.getMessage() == null ? c.toString() : c.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw ApiException.unavailable("interrupted while waiting for the models");
        }
    }
}
