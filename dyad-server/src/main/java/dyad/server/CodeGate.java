package dyad.server;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The bounded pool of {@code POST /api/code}: at most {@code threads} documents are coded at once and at most
 * {@code queue} more wait for a turn; a request beyond that is answered 429 at once, with a {@code Retry-After}
 * estimated from recent coding times, rather than queued without bound. A waiting request that gets no turn within
 * the time limit is answered 503.
 */
final class CodeGate {
    private final int threads;
    private final int queue;
    private final int timeLimitSeconds;
    private final Semaphore admitted;
    private final Semaphore running;
    /** An exponential moving average of the coding time, in nanoseconds (0 before the first document). */
    private final AtomicLong averageNanos = new AtomicLong();

    CodeGate(int threads, int queue, int timeLimitSeconds) {
        if (threads < 1 || queue < 0) throw new IllegalArgumentException("threads >= 1, queue >= 0");
        this.threads = threads;
        this.queue = queue;
        this.timeLimitSeconds = timeLimitSeconds;
        this.admitted = new Semaphore(threads + queue);
        this.running = new Semaphore(threads, true);
    }

    /** A turn to code; close it when done. */
    interface Turn extends AutoCloseable {
        @Override
        void close();
    }

    Turn enter() {
        if (!admitted.tryAcquire()) {
            throw ApiException.busy(retryAfterSeconds(), "busy: " + threads + " documents are being coded and " + queue
                    + " are waiting (dyad serve --code-threads, --code-queue); try again later");
        }
        boolean turn = false;
        try {
            turn = running.tryAcquire(timeLimitSeconds, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (!turn) {
            admitted.release();
            throw ApiException.unavailable("no coding thread was free within the time limit of " + timeLimitSeconds + " s");
        }
        long start = System.nanoTime();
        return () -> {
            long took = System.nanoTime() - start;
            averageNanos.getAndUpdate(a -> a == 0 ? took : (a * 3 + took) / 4);
            running.release();
            admitted.release();
        };
    }

    /** Documents being coded now. */
    int running() {
        return threads - running.availablePermits();
    }

    /** Requests waiting for a turn. */
    int waiting() {
        return Math.max(0, threads + queue - admitted.availablePermits() - running());
    }

    int threads() {
        return threads;
    }

    int queue() {
        return queue;
    }

    /** When a turn is likely free: the average coding time times the rounds ahead, at least 1 s. */
    int retryAfterSeconds() {
        double rounds = (double) (queue + threads) / threads;
        return (int) Math.max(1, Math.ceil(averageNanos.get() / 1e9 * rounds));
    }
}
