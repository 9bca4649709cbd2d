package dyad.server;

/**
 * How {@code dyad serve} runs.
 *
 * @param host             the address to bind (127.0.0.1 by default: this machine only)
 * @param port             the port; 0 picks a free one
 * @param token            the bearer token that allows writes, or null: writes off, database read-only
 * @param maxBodyBytes     the largest request body accepted (413 beyond)
 * @param timeLimitSeconds how long one request may take: a query is cancelled (503), a document is skipped as
 *                         {@code dyad code --time-limit} skips it
 * @param codeThreads      documents coded at once by {@code POST /api/code}
 * @param codeQueue        requests that may wait for a coding thread; more are answered 429
 * @param readers          database connections for reads (requests reading at once)
 * @param maxPage          the most events one page of {@code GET /api/events} returns
 */
public record ServerConfig(String host, int port, String token, long maxBodyBytes, int timeLimitSeconds, int codeThreads,
                           int codeQueue, int readers, int maxPage) {
    public static final String LOCALHOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 8080;
    public static final long DEFAULT_MAX_BODY = 2L * 1024 * 1024;
    public static final int DEFAULT_TIME_LIMIT = 60;
    public static final int DEFAULT_MAX_PAGE = 1000;

    public ServerConfig {
        if (port < 0 || port > 65535) throw new IllegalArgumentException("port " + port + " is out of range (0 to 65535)");
        if (maxBodyBytes < 1) throw new IllegalArgumentException("the body limit must be at least 1 byte");
        if (timeLimitSeconds < 1) throw new IllegalArgumentException("the time limit must be at least 1 s");
        if (codeThreads < 1 || codeQueue < 0 || readers < 1 || maxPage < 1) {
            throw new IllegalArgumentException("code threads, readers and page size must be at least 1, the queue at least 0");
        }
    }

    /** 127.0.0.1:8080, no writes, 2 MB bodies, 60 s per request, one coding thread per core and as many waiting. */
    public static ServerConfig defaults() {
        int cores = Runtime.getRuntime().availableProcessors();
        return new ServerConfig(LOCALHOST, DEFAULT_PORT, null, DEFAULT_MAX_BODY, DEFAULT_TIME_LIMIT, cores, cores,
                Math.max(4, cores), DEFAULT_MAX_PAGE);
    }

    public boolean writable() {
        return token != null;
    }

    public ServerConfig withAddress(String newHost, int newPort) {
        return new ServerConfig(newHost, newPort, token, maxBodyBytes, timeLimitSeconds, codeThreads, codeQueue, readers, maxPage);
    }

    public ServerConfig withToken(String newToken) {
        return new ServerConfig(host, port, newToken, maxBodyBytes, timeLimitSeconds, codeThreads, codeQueue, readers, maxPage);
    }

    public ServerConfig withLimits(long newMaxBody, int newTimeLimit) {
        return new ServerConfig(host, port, token, newMaxBody, newTimeLimit, codeThreads, codeQueue, readers, maxPage);
    }

    public ServerConfig withCodePool(int threads, int queue) {
        return new ServerConfig(host, port, token, maxBodyBytes, timeLimitSeconds, threads, queue, readers, maxPage);
    }

    @Override
    public String toString() {
        // never print the token
        return "ServerConfig[" + host + ":" + port + ", writes " + (writable() ? "on" : "off") + ", body <= " + maxBodyBytes
                + " bytes, " + timeLimitSeconds + " s, code " + codeThreads + "+" + codeQueue + ", readers " + readers
                + ", page <= " + maxPage + "]";
    }
}
