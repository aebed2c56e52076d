package kr.donggu.chatbot.web;

import io.javalin.http.Handler;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** HTML pages from the classpath, read once. */
final class Pages {

    private static final Map<String, String> CACHE = new ConcurrentHashMap<>();

    private Pages() {
    }

    /** Serves the page with its charset named, so no host or proxy guesses it. */
    static Handler html(String resource) {
        return ctx -> ctx.contentType("text/html; charset=utf-8").result(read(resource));
    }

    static String read(String resource) {
        return CACHE.computeIfAbsent(resource, r -> {
            try (InputStream in = Pages.class.getResourceAsStream(r)) {
                if (in == null) {
                    throw new IllegalStateException("Missing page " + r);
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
