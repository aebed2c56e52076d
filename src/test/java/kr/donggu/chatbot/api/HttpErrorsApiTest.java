package kr.donggu.chatbot.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import kr.donggu.chatbot.config.Config;
import kr.donggu.chatbot.support.RawHttp;
import kr.donggu.chatbot.support.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every error the server can give, Jetty's own included, is the contract's JSON with the security headers. */
class HttpErrorsApiTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final Duration IDLE = Duration.ofMillis(1500);

    @TempDir
    static Path data;
    static TestApp app;
    static int port;

    @BeforeAll
    static void start() {
        app = TestApp.start(TestApp.config(data).withNetwork(new Config.Network(
                kr.donggu.chatbot.config.TrustedProxies.none(), IDLE)), TestApp.FIXED_CLOCK);
        port = app.port();
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @ParameterizedTest(name = "{0} → {1} {2}")
    @CsvSource(delimiterString = "=>", value = {
            // Jetty's parser, before any route
            "GET /%zz HTTP/1.1 => 400 => invalid_request",
            "GET /api/programs/%FF HTTP/1.1 => 400 => invalid_request",
            "GET /%00 HTTP/1.1 => 400 => invalid_request",
            "GET /../../etc/passwd HTTP/1.1 => 400 => invalid_request",
            "GET / HTTP/3.0 => 400 => http_version_not_supported",
            "GET / FOO/1.1 => 400 => http_version_not_supported",
            "GET /{LONG} HTTP/1.1 => 414 => uri_too_long",
            "GET / HTTP/1.1|X-Big: {LONG} => 431 => headers_too_large",
            "GET / HTTP/1.1|Bad Header => 400 => invalid_request",
            "GET / HTTP/1.1|Host: b => 400 => invalid_request",
            "POST /api/chat HTTP/1.1|Content-Length: -5 => 400 => invalid_request",
            "POST /api/chat HTTP/1.1|Content-Length: 5|Transfer-Encoding: chunked => 400 => invalid_request",
            "CONNECT a:443 HTTP/1.1 => 400 => invalid_request",
            "OPTIONS * HTTP/1.1 => 404 => not_found",
            // the router
            "GET /nope HTTP/1.1 => 404 => not_found",
            "DELETE /api/chat HTTP/1.1 => 405 => method_not_allowed",
            "GET /api/feedback HTTP/1.1 => 405 => method_not_allowed",
            "GET /admin/api/stats HTTP/1.1 => 401 => unauthorized",
            // bodies: malformed chunks, too large
            "POST /api/chat HTTP/1.1|Transfer-Encoding: chunked|BODY:ZZ\\r\\nabc\\r\\n0\\r\\n\\r\\n => 400 => invalid_request",
            "POST /api/chat HTTP/1.1|Content-Length: 70000|BODY:{70K} => 413 => message_too_long",
            "POST /api/feedback HTTP/1.1|Content-Length: 70000|BODY:{70K} => 413 => payload_too_large",
    })
    void is_the_contract_json_with_security_headers(String request, int status, String code) {
        RawHttp.Response r = RawHttp.exchange(port, raw(request));

        assertThat(r.status()).isEqualTo(status);
        assertThat(r.header("Content-Type")).startsWith("application/json");
        assertThat(json(r.body()).get("error").get("code").asText()).isEqualTo(code);
        assertThat(json(r.body()).get("error").get("message").asText()).isNotBlank().doesNotContain("Exception");
        assertThat(r.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(r.header("Content-Security-Policy")).contains("default-src 'self'");
        assertThat(r.header("X-Frame-Options")).isEqualTo("DENY");
    }

    @Test
    void an_admin_token_in_another_case_is_refused_on_the_same_connection() throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            OutputStream out = socket.getOutputStream();
            InputStream in = socket.getInputStream();
            socket.setSoTimeout(10_000);
            for (String token : new String[] {"test-admin-token", "TEST-ADMIN-TOKEN", "test-admin-token", "Test-Admin-Token"}) {
                out.write(("GET /admin/api/stats HTTP/1.1\r\nHost: a\r\nAuthorization: Bearer " + token + "\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
                out.flush();

                int status = RawHttp.read(in).status();

                assertThat(status).as(token).isEqualTo(token.equals("test-admin-token") ? 200 : 401);
            }
        }
    }

    @Test
    void a_body_trickled_byte_by_byte_is_cut_off_with_408_before_it_ends() throws Exception {
        // given: a body promised at 1,200 bytes that comes one byte every 50 ms, a minute's worth
        AtomicInteger sent = new AtomicInteger();
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/chat HTTP/1.1\r\nHost: a\r\nContent-Type: application/json\r\nContent-Length: 1200"
                    + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            CompletableFuture<Void> trickle = CompletableFuture.runAsync(() -> trickle(out, sent));

            // when
            RawHttp.Response r = RawHttp.read(socket.getInputStream());

            // then: refused in the contract's shape while most of the body was still to come
            assertThat(r.status()).isEqualTo(408);
            assertThat(json(r.body()).get("error").get("code").asText()).isEqualTo("request_timeout");
            assertThat(sent.get()).isLessThan(1200);
            trickle.cancel(true);
        }
        assertThat(app.chat(null, "텃밭 신청은 언제 해요?").get("answer").asText()).isNotBlank();
    }

    @Test
    void a_body_that_never_comes_is_answered_408_after_the_idle_timeout() throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout((int) IDLE.multipliedBy(10).toMillis());
            socket.getOutputStream().write(("POST /api/handoff HTTP/1.1\r\nHost: a\r\nContent-Type: application/json\r\n"
                    + "Content-Length: 100\r\n\r\n{\"name\":").getBytes(StandardCharsets.US_ASCII));

            RawHttp.Response r = RawHttp.read(socket.getInputStream());

            assertThat(r.status()).as(r.body()).isEqualTo(408);
            assertThat(json(r.body()).get("error").get("code").asText()).as(r.body()).isEqualTo("request_timeout");
        }
    }

    private static void trickle(OutputStream out, AtomicInteger sent) {
        try {
            for (int i = 0; i < 1200; i++) {
                out.write('x');
                out.flush();
                sent.incrementAndGet();
                TimeUnit.MILLISECONDS.sleep(50);   // the pace of the attack, not an ordering of events
            }
        } catch (IOException | InterruptedException e) {
            // the server hung up, as it should
        }
    }

    /** Expands the table's shorthand: '|' between header lines, BODY: before the body, {LONG} and {70K}. */
    private static String raw(String spec) {
        String[] parts = spec.replace("{LONG}", "x".repeat(20_000)).split("\\|");
        StringBuilder head = new StringBuilder(parts[0].strip()).append("\r\nHost: a\r\n");
        String body = "";
        for (int i = 1; i < parts.length; i++) {
            String p = parts[i].strip();
            if (p.startsWith("BODY:")) {
                body = p.substring(5).replace("\\r\\n", "\r\n").replace("{70K}", "z".repeat(70_000));
            } else {
                head.append(p).append("\r\n");
            }
        }
        return head.append("Connection: close\r\n\r\n") + body;
    }

    private static JsonNode json(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + body, e);
        }
    }
}
