package kr.donggu.chatbot.web;

import io.javalin.http.Context;

/** The usual security headers on every response; a strict CSP since every asset is served by the application. */
final class SecurityHeaders {

    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'; object-src 'none'";

    private SecurityHeaders() {
    }

    /** The chat page the widget frames on the district's pages; everything else may not be framed. */
    static final String EMBED_PATH = "/embed";

    static void apply(Context ctx) {
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "strict-origin-when-cross-origin");
        if (EMBED_PATH.equals(ctx.path())) {
            ctx.header("Content-Security-Policy", CSP.replace("frame-ancestors 'none'", "frame-ancestors *"));
        } else {
            ctx.header("X-Frame-Options", "DENY");
            ctx.header("Content-Security-Policy", CSP);
        }
        ctx.header("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
    }
}
