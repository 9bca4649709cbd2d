package dyad.server;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

import java.nio.ByteBuffer;

/**
 * Errors Jetty answers itself, before a request reaches a route (a request it cannot parse: a path that climbs
 * above the root, a NUL byte, a malformed header): JSON with a message, like every other error, never an HTML page
 * or a stack trace.
 */
final class JettyErrors extends ErrorHandler {
    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause, Callback callback) {
        String text = code == 400
                ? "bad request: the server cannot parse it (a path above the root, a NUL byte or a malformed header)"
                : message == null ? "HTTP " + code : message;
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, Json.JSON);
        response.write(true, ByteBuffer.wrap(Json.error(text, null)), callback);
    }
}
