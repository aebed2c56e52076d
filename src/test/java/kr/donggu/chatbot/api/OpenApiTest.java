package kr.donggu.chatbot.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import kr.donggu.chatbot.support.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code GET /openapi.json} stays equal to what the server serves: every registered route is documented, and every
 * documented operation is registered, except the contract's paths still being built on other branches, which must
 * not be served yet (once one is, this test fails until it leaves {@link #PENDING}).
 */
class OpenApiTest {

    /** In the shared contract, served by branches not merged yet. */
    private static final Set<String> PENDING = Set.of();
    /** Served by the static-file handler from {@code /web}, not by a route. */
    private static final Set<String> STATIC_FILES = Set.of("GET /", "GET /widget.js");
    private static final Set<String> METHODS = Set.of("GET", "POST", "PUT", "DELETE", "PATCH");

    @TempDir
    static Path dir;
    private static TestApp app;

    @BeforeAll
    static void start() {
        app = TestApp.start(dir);
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void is_an_openapi_3_document_of_the_service() {
        TestApp.Response r = app.get("/openapi.json");

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.header("Content-Type")).startsWith("application/json");
        JsonNode doc = r.json();
        assertThat(doc.path("openapi").asText()).startsWith("3.");
        assertThat(doc.path("paths").path("/api/chat").path("post").path("requestBody").isMissingNode()).isFalse();
        assertThat(doc.path("components").path("schemas").has("Error")).isTrue();
    }

    @Test
    void documents_every_route_the_server_registers() {
        Set<String> undocumented = new TreeSet<>(served());
        undocumented.removeAll(documented());

        assertThat(undocumented).as("served but missing from src/main/resources/openapi.json").isEmpty();
    }

    @Test
    void serves_every_documented_operation_except_those_still_pending() {
        Set<String> missing = new TreeSet<>(documented());
        missing.removeAll(served());
        missing.removeAll(STATIC_FILES);

        assertThat(missing).as("documented but not served").isEqualTo(new TreeSet<>(PENDING));
    }

    @Test
    void pending_operations_are_documented() {
        assertThat(documented()).containsAll(PENDING);
    }

    @Test
    void the_documented_static_files_are_served() {
        for (String op : STATIC_FILES) {
            assertThat(app.get(op.substring(op.indexOf(' ') + 1)).status()).as(op).isEqualTo(200);
        }
    }

    private static Set<String> served() {
        Set<String> out = new TreeSet<>();
        app.javalin().unsafe.internalRouter.allHttpHandlers().forEach(h -> {
            String method = h.endpoint.method.name();
            if (METHODS.contains(method)) {
                out.add(method + " " + h.endpoint.path);
            }
        });
        return out;
    }

    private static Set<String> documented() {
        Set<String> out = new TreeSet<>();
        app.get("/openapi.json").json().path("paths").fields().forEachRemaining(path ->
                path.getValue().fieldNames().forEachRemaining(method ->
                        out.add(method.toUpperCase(java.util.Locale.ROOT) + " " + path.getKey())));
        return out;
    }
}
