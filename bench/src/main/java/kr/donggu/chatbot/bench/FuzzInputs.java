package kr.donggu.chatbot.bench;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import kr.donggu.chatbot.channels.Signatures;

/**
 * Random and adversarial requests for every endpoint: byte soup, broken JSON, wrong types, huge, control and
 * surrogate characters, jamo, template syntax ({@code {{}, {@code }}}, {@code {{x}}}), and, for the channels,
 * correctly signed platform payloads carrying all of that, so the fuzz reaches the chat behind each channel.
 */
final class FuzzInputs {

    /** One request: over HTTP (method, path, headers, body) or, when {@code raw} is set, as bytes on a socket. */
    record Probe(String endpoint, String method, String path, Map<String, String> headers, byte[] body, byte[] raw) {
    }

    static final String TG_SECRET = "fuzz-telegram-secret";
    static final String SLACK_SECRET = "fuzz-slack-secret";
    static final String LINE_SECRET = "fuzz-line-secret";
    static final String ADMIN_TOKEN = "fuzz-admin-token";

    static final List<String> TEMPLATES = List.of("{{", "}}", "{{x}}", "{{question}}", "}}{{", "{{{{x}}}}",
            "{{#each items}}x{{/each}}", "{{userMessage}}", "{{contents}}", "${x}", "{%x%}", "{{ name | upper }}");
    private static final List<String> ENDPOINTS = List.of("chat", "stream", "feedback", "handoff", "eligibility",
            "programs", "program", "kakao", "telegram", "slack", "line", "admin", "health", "static", "raw");
    private static final List<String> TYPES = List.of("사회적기업", "예비사회적기업", "협동조합", "사회적협동조합", "마을기업",
            "자활기업", "일반기업", "개인");

    private final Random random;
    private long sequence;

    FuzzInputs(long seed) {
        this.random = new Random(seed);
    }

    static List<String> endpoints() {
        return ENDPOINTS;
    }

    Probe next() {
        String endpoint = ENDPOINTS.get(random.nextInt(ENDPOINTS.size()));
        sequence++;
        return switch (endpoint) {
            case "chat" -> post(endpoint, "/api/chat", chatBody());
            case "stream" -> post(endpoint, "/api/chat/stream", chatBody());
            case "feedback" -> post(endpoint, "/api/feedback", body(Map.of("sessionId", text(), "messageId", text(),
                    "rating", pick("up", "down", text()), "comment", text())));
            case "handoff" -> post(endpoint, "/api/handoff", body(Map.of("name", text(), "contact", text(),
                    "question", text(), "consent", pick("true", "false", "\"예\"", "null"))));
            case "eligibility" -> post(endpoint, "/api/eligibility", body(Map.of("enterpriseType",
                    pick(TYPES.get(random.nextInt(TYPES.size())), text()), "location", text(), "programId", text(),
                    "facts", pick("{\"collaboration\":true}", "{\"x\":" + text() + "}", "[]", "null"))));
            case "programs" -> new Probe(endpoint, method(), "/api/programs" + query(), Map.of(), new byte[0], null);
            case "program" -> new Probe(endpoint, method(), "/api/programs/" + pathSegment(), Map.of(), new byte[0], null);
            case "kakao" -> post(endpoint, "/channels/kakao/skill", kakao());
            case "telegram" -> telegram();
            case "slack" -> slack();
            case "line" -> line();
            case "admin" -> admin();
            case "health" -> new Probe(endpoint, method(), pick("/health", "/metrics", "/openapi.json"), Map.of(),
                    new byte[0], null);
            case "static" -> new Probe(endpoint, method(), "/" + pathSegment(), Map.of(), new byte[0], null);
            default -> new Probe(endpoint, "RAW", "-", Map.of(), new byte[0], raw());
        };
    }

    private Probe post(String endpoint, String path, byte[] body) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", pick("application/json", "application/json; charset=utf-8", "text/plain",
                "application/x-www-form-urlencoded", "*/*"));
        if (random.nextInt(10) == 0) {
            headers.put("X-Forwarded-For", pick("203.0.113.7", "not-an-ip", "1.2.3.4, 5.6.7.8", text()));
        }
        return new Probe(endpoint, random.nextInt(20) == 0 ? method() : "POST", path, headers, body, null);
    }

    private byte[] chatBody() {
        return switch (random.nextInt(6)) {
            case 0 -> bytes(random.nextInt(300));
            case 1 -> jsonish();
            case 2 -> ("{\"message\":" + pick("1", "true", "null", "[]", "{}", "\"\"", "\"   \"") + "}").getBytes();
            case 3 -> body(Map.of("message", pick("") + "텃밭 " + template() + " 신청은요?", "sessionId",
                    pick("fuzz-" + random.nextInt(50), text())));
            default -> body(Map.of("message", text()));
        };
    }

    private byte[] kakao() {
        if (random.nextInt(4) == 0) {
            return random.nextBoolean() ? bytes(random.nextInt(200)) : jsonish();
        }
        return ("{\"userRequest\":{\"utterance\":" + quote(text()) + ",\"user\":{\"id\":" + quote("u" + random.nextInt(100))
                + "}},\"bot\":{\"id\":\"b\"}}").getBytes(StandardCharsets.UTF_8);
    }

    private Probe telegram() {
        String body = random.nextInt(4) == 0 ? new String(jsonish(), StandardCharsets.UTF_8)
                : "{\"update_id\":" + sequence + ",\"message\":{\"chat\":{\"id\":" + (1 + random.nextInt(1000))
                + "},\"text\":" + quote(text()) + "}}";
        return new Probe("telegram", "POST", "/channels/telegram/webhook", Map.of("Content-Type", "application/json",
                "X-Telegram-Bot-Api-Secret-Token", random.nextInt(5) == 0 ? text() : TG_SECRET),
                body.getBytes(StandardCharsets.UTF_8), null);
    }

    private Probe slack() {
        byte[] body = (random.nextInt(4) == 0 ? new String(jsonish(), StandardCharsets.UTF_8)
                : "{\"type\":\"event_callback\",\"team_id\":\"T1\",\"event_id\":\"Ev" + sequence + "\",\"event\":{\"type\":"
                + "\"message\",\"channel\":\"D1\",\"user\":\"U" + random.nextInt(100) + "\",\"ts\":\"1.0\",\"text\":"
                + quote(text()) + "}}").getBytes(StandardCharsets.UTF_8);
        String ts = String.valueOf(System.currentTimeMillis() / 1000 - (random.nextInt(5) == 0 ? 1000 : 0));
        byte[] base = ("v0:" + ts + ":" + new String(body, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
        String signature = random.nextInt(5) == 0 ? "v0=" + text() : "v0=" + HexFormat.of().formatHex(Signatures.hmacSha256(SLACK_SECRET, base));
        return new Probe("slack", "POST", "/channels/slack/events", Map.of("X-Slack-Request-Timestamp", ts,
                "X-Slack-Signature", signature), body, null);
    }

    private Probe line() {
        byte[] body = (random.nextInt(4) == 0 ? new String(jsonish(), StandardCharsets.UTF_8)
                : "{\"events\":[{\"type\":\"message\",\"replyToken\":\"r" + sequence + "\",\"webhookEventId\":\"w" + sequence
                + "\",\"source\":{\"userId\":\"U" + random.nextInt(100) + "\"},\"message\":{\"type\":\"text\",\"text\":"
                + quote(text()) + "}}]}").getBytes(StandardCharsets.UTF_8);
        String signature = random.nextInt(5) == 0 ? text() : Base64.getEncoder().encodeToString(Signatures.hmacSha256(LINE_SECRET, body));
        return new Probe("line", "POST", "/channels/line/webhook", Map.of("X-Line-Signature", signature), body, null);
    }

    private Probe admin() {
        String path = pick("/admin/api/unanswered", "/admin/api/tickets", "/admin/api/tickets/" + pathSegment() + "/status",
                "/admin/api/stats", "/admin/api/reindex", "/admin/api/knowledge", "/admin/api/unanswered.csv");
        String token = pick(ADMIN_TOKEN, ADMIN_TOKEN.toUpperCase(), text(), "");
        return new Probe("admin", path.endsWith("status") ? "POST" : method(), path,
                Map.of("Authorization", "Bearer " + token), body(Map.of("status", pick("open", "closed", text()))), null);
    }

    /** Malformed HTTP: bad request lines and versions, broken headers and chunks, lying lengths. */
    private byte[] raw() {
        String line = pick("GET /" + text().replace(" ", "%20") + " HTTP/1.1", "GET / HTTP/3.0", "GET / FOO/1.1",
                "GET /%zz HTTP/1.1", "GET /" + "x".repeat(10_000 + random.nextInt(10_000)) + " HTTP/1.1", "FOO / HTTP/1.1",
                "POST /api/chat HTTP/1.1", "GET /../../etc/passwd HTTP/1.1", "GET /%00 HTTP/1.1", "CONNECT a:443 HTTP/1.1");
        String headers = pick("Host: a\r\n", "", "Host: a\r\nHost: b\r\n", "Host: a\r\nBad Header\r\n",
                "Host: a\r\nX-Big: " + "y".repeat(20_000) + "\r\n", "Host: a\r\nContent-Length: -1\r\n",
                "Host: a\r\nTransfer-Encoding: chunked\r\n", "Host: a\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n");
        String body = headers.contains("chunked") ? pick("ZZ\r\nabc\r\n0\r\n\r\n", "3\r\n{{x\r\n0\r\n\r\n") : "";
        return (line + "\r\n" + headers + "Connection: close\r\n\r\n" + body).getBytes(StandardCharsets.ISO_8859_1);
    }

    /** A message: Hangul, jamo, controls, lone surrogates, emoji, huge, template syntax, or nothing. */
    String text() {
        return switch (random.nextInt(9)) {
            case 0 -> template();
            case 1 -> "텃밭 " + template() + " 네트워킹 데이";
            case 2 -> chars(random.nextInt(40), '가', '힣');
            case 3 -> chars(random.nextInt(40), 'ᄀ', 'ᇿ');
            case 4 -> chars(random.nextInt(30), '\u0000', '\u001f');
            case 5 -> chars(1 + random.nextInt(4), '\uD800', '\uDFFF') + "😀";
            case 6 -> "가".repeat(1990 + random.nextInt(30));
            case 7 -> chars(random.nextInt(60), ' ', '~');
            default -> "";
        };
    }

    private String template() {
        return TEMPLATES.get(random.nextInt(TEMPLATES.size()));
    }

    private String chars(int n, char from, char to) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < n; i++) {
            s.append((char) (from + random.nextInt(to - from + 1)));
        }
        return s.toString();
    }

    private byte[] body(Map<String, String> fields) {
        StringBuilder s = new StringBuilder("{");
        fields.forEach((k, v) -> {
            if (random.nextInt(8) != 0) {   // now and then a field is missing
                s.append(s.length() > 1 ? "," : "").append(quote(k)).append(':')
                        .append(v.startsWith("{") || v.startsWith("[") || v.equals("true") || v.equals("false")
                                || v.equals("null") || v.startsWith("\"") ? v : quote(v));
            }
        });
        return s.append('}').toString().getBytes(StandardCharsets.UTF_8);
    }

    private byte[] jsonish() {
        return chars(random.nextInt(200), ' ', '}').replace('\\', '"').getBytes(StandardCharsets.UTF_8);
    }

    private byte[] bytes(int n) {
        byte[] b = new byte[n];
        random.nextBytes(b);
        return b;
    }

    private String method() {
        return pick("GET", "GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS");
    }

    private String query() {
        return random.nextBoolean() ? "" : "?" + pick("x=%zz", "audience=" + text().replace(" ", "+"), "a=%", "&&=");
    }

    private String pathSegment() {
        return pick("social-innovation-project", "..%2F..%2Fetc", "%2e%2e", "a%2Fb", "%FF%FE", "x".repeat(300),
                "{{x}}".replace("{", "%7B").replace("}", "%7D"), "%EA%B0%80", "garden");
    }

    @SafeVarargs
    private <T> T pick(T... options) {
        return options[random.nextInt(options.length)];
    }

    private static String quote(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> out.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return out.append('"').toString();
    }
}
