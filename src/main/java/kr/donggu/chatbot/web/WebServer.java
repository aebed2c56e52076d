package kr.donggu.chatbot.web;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * Builds the Javalin application (not started) from the parts {@code App} wired, so tests and {@code main} run
 * the same server.
 */
public final class WebServer {

    /** Bodies above this are refused with 413 before they are read. */
    public static final int MAX_BODY_BYTES = 64 * 1024;
    /**
     * A request body arriving slower than this is answered 408 and its worker freed. Jetty measures the rate from the
     * body's first byte to each read, with no grace period, so a whole small body that waits in the queue under load
     * counts as slow: at 1,024 bytes/s a 150-byte chat message read 150 ms after it arrived was refused (one 408 in
     * the benchmark at 64 clients). At 128 bytes/s such a message may wait over a second; a trickled body is still
     * cut off long before its 64 KiB.
     */
    static final long MIN_BODY_BYTES_PER_SECOND = 128;
    /** How long a stopping server waits for requests in flight. */
    static final java.time.Duration DRAIN_LIMIT = java.time.Duration.ofSeconds(10);

    private WebServer() {
    }

    private static void closeAll(java.util.List<AutoCloseable> resources) {
        for (AutoCloseable r : resources) {
            try {
                r.close();
            } catch (Exception e) {
                org.slf4j.LoggerFactory.getLogger(WebServer.class).warn("Closing {} failed", r.getClass().getSimpleName(), e);
            }
        }
    }

    /**
     * Jetty's own errors in the contract's shape; slow or stalled request bodies cut off; header values matched
     * case-sensitively in Jetty's per-connection cache, which otherwise hands a request the cached, correctly cased
     * value of a header (an admin token) that differs from it only in case.
     */
    private static void jetty(io.javalin.config.JavalinConfig cfg, java.time.Duration idleTimeout) {
        cfg.jetty.modifyServer(server -> server.setErrorHandler(JettyErrors.forServer()));
        cfg.jetty.modifyServletContextHandler(context -> context.setErrorHandler(JettyErrors.forServletContext()));
        cfg.jetty.modifyHttpConfiguration(http -> {
            http.setHeaderCacheCaseSensitive(true);
            http.setMinRequestDataRate(MIN_BODY_BYTES_PER_SECOND);
            http.setIdleTimeout(idleTimeout.toMillis());
        });
    }

    /** @param resources closed, in order, once the server has stopped */
    public static Javalin create(WebParts parts, java.util.List<AutoCloseable> resources) {
        ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        InFlight inFlight = new InFlight();
        return Javalin.create(cfg -> {
            cfg.startup.showJavalinBanner = false;
            cfg.startup.startupWatcherEnabled = false;
            cfg.jetty.port = parts.config().port();
            cfg.jetty.threadPool = new QueuedThreadPool(64, 8, 60_000);
            cfg.http.maxRequestSize = MAX_BODY_BYTES;
            cfg.http.prefer405over404 = true;
            jetty(cfg, parts.config().network().requestIdleTimeout());
            cfg.jsonMapper(new JavalinJackson(json, false));
            cfg.staticFiles.add(sf -> {
                sf.hostedPath = "/";
                sf.directory = "/web";
                sf.location = Location.CLASSPATH;
                // named, so a host page in EUC-KR does not decode widget.js in its own charset
                sf.mimeTypes.add("text/javascript; charset=utf-8", "js");
                sf.mimeTypes.add("text/css; charset=utf-8", "css");
                sf.mimeTypes.add("text/html; charset=utf-8", "html");
            });
            cfg.events.serverStopping(() -> inFlight.drain(DRAIN_LIMIT));
            cfg.events.serverStopped(() -> closeAll(resources));
            ErrorMapper.register(cfg);
            Routes.register(cfg, parts, json, inFlight);
        });
    }
}
