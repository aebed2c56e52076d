package kr.donggu.chatbot.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's own errors (a malformed request line, an unknown HTTP version, a header or URI too long, bad percent
 * encoding, a body that arrives too slowly) in the contract's JSON with the security headers, instead of Jetty's
 * HTML page. Installed on the server and on the servlet context, which each keep an error handler.
 */
final class JettyErrors {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CONTENT_TYPE = "application/json; charset=utf-8";

    private JettyErrors() {
    }

    static ErrorHandler forServer() {
        return new ErrorHandler() {
            @Override
            public boolean handle(Request request, Response response, Callback callback) {
                return writeJson(request, response, callback);
            }

            @Override
            public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
                fields.put(HttpHeader.CONTENT_TYPE, CONTENT_TYPE);
                SecurityHeaders.DEFAULT.forEach(fields::put);
                return ByteBuffer.wrap(body(status));
            }
        };
    }

    static ErrorHandler forServletContext() {
        return new org.eclipse.jetty.ee10.servlet.ErrorHandler() {
            @Override
            public boolean handle(Request request, Response response, Callback callback) {
                return writeJson(request, response, callback);
            }
        };
    }

    private static boolean writeJson(Request request, Response response, Callback callback) {
        int status = request.getAttribute(ErrorHandler.ERROR_STATUS) instanceof Integer s ? s : response.getStatus();
        status = status < 400 ? 500 : status;
        response.setStatus(sent(status));
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, CONTENT_TYPE);
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        SecurityHeaders.DEFAULT.forEach(response.getHeaders()::put);
        response.write(true, "HEAD".equals(request.getMethod()) ? ByteBuffer.allocate(0) : ByteBuffer.wrap(body(status)),
                callback);
        return true;
    }

    /** An HTTP version we do not speak is the client's doing: 400, so it never counts as a server error. */
    private static int sent(int status) {
        return status == 505 ? 400 : status;
    }

    private static byte[] body(int status) {
        try {
            return JSON.writeValueAsBytes(ErrorBody.forStatus(status));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
