package dyad.server;

import java.util.Map;

/**
 * A request the server answers with an error: an HTTP status and a message in words, sent as JSON
 * ({@code {"error": "...", "parameter": "..."}}), never a stack trace.
 *
 * @see Errors
 */
public final class ApiException extends RuntimeException {
    private final int status;
    private final String parameter;
    private final Map<String, String> headers;

    ApiException(int status, String message, String parameter, Map<String, String> headers) {
        super(message, null, false, false);
        this.status = status;
        this.parameter = parameter;
        this.headers = Map.copyOf(headers);
    }

    /** 400: a query parameter (or body field) that is missing, unknown or malformed; the message names it. */
    static ApiException badParameter(String parameter, String problem) {
        return new ApiException(400, "parameter '" + parameter + "': " + problem, parameter, Map.of());
    }

    static ApiException badRequest(String message) {
        return new ApiException(400, message, null, Map.of());
    }

    static ApiException unauthorized(String message) {
        return new ApiException(401, message, null, Map.of("WWW-Authenticate", "Bearer realm=\"dyad\""));
    }

    static ApiException forbidden(String message) {
        return new ApiException(403, message, null, Map.of());
    }

    static ApiException notFound(String message) {
        return new ApiException(404, message, null, Map.of());
    }

    static ApiException tooLarge(long limit) {
        return new ApiException(413, String.format("the request body is larger than the limit of %,d bytes (dyad serve --max-body)", limit),
                null, Map.of());
    }

    static ApiException busy(int retryAfterSeconds, String message) {
        return new ApiException(429, message, null, Map.of("Retry-After", Integer.toString(retryAfterSeconds)));
    }

    static ApiException unavailable(String message) {
        return new ApiException(503, message, null, Map.of());
    }

    public int status() {
        return status;
    }

    /** The parameter at fault, or null. */
    public String parameter() {
        return parameter;
    }

    /** Headers to send with the error (Retry-After, WWW-Authenticate). */
    public Map<String, String> headers() {
        return headers;
    }
}
