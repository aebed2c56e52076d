package kr.donggu.chatbot.web;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The usual security headers on every response, errors included; a strict CSP since every asset is served by the
 * application.
 */
final class SecurityHeaders {

    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'; object-src 'none'";

    /** The chat page the widget frames on the district's pages; everything else may not be framed. */
    static final String EMBED_PATH = "/embed";

    /** Every path but {@link #EMBED_PATH}. */
    static final Map<String, String> DEFAULT = headers(CSP, true);
    private static final Map<String, String> EMBED = headers(CSP.replace("frame-ancestors 'none'", "frame-ancestors *"),
            false);

    private SecurityHeaders() {
    }

    static void apply(Context ctx) {
        (EMBED_PATH.equals(ctx.path()) ? EMBED : DEFAULT).forEach(ctx::header);
    }

    private static Map<String, String> headers(String csp, boolean denyFraming) {
        Map<String, String> h = new LinkedHashMap<>();
        h.put("X-Content-Type-Options", "nosniff");
        h.put("Referrer-Policy", "strict-origin-when-cross-origin");
        if (denyFraming) {
            h.put("X-Frame-Options", "DENY");
        }
        h.put("Content-Security-Policy", csp);
        h.put("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
        return Map.copyOf(h);
    }
}
