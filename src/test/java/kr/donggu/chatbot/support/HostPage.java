package kr.donggu.chatbot.support;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.Charset;

/**
 * A district web page on another origin that embeds the widget, served in a legacy Korean charset (many Korean
 * public sites still are EUC-KR), to show the widget does not depend on the host page's charset.
 */
public final class HostPage implements AutoCloseable {

    private final HttpServer server;

    public HostPage(String html, Charset charset) {
        byte[] body = html.getBytes(charset);
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "text/html; charset=" + charset.name());
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
