package kr.donggu.chatbot.channels;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.BadRequestResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Parsing platform bodies (a malformed one is a 400, never a 500) and deriving session ids from platform users. */
final class ChannelBodies {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ChannelBodies() {
    }

    static JsonNode parse(byte[] body) {
        try {
            JsonNode node = JSON.readTree(body);
            if (node == null || !node.isObject()) {
                throw new BadRequestResponse();
            }
            return node;
        } catch (IOException e) {
            throw new BadRequestResponse();
        }
    }

    /** A stable session id from a platform user id of any length (Kakao's may be 70 characters). */
    static String session(String platform, String userId) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(userId.getBytes(StandardCharsets.UTF_8));
            return platform + ":" + HexFormat.of().formatHex(hash, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Control characters other than tab and line breaks, and unpaired surrogates (a lone escaped surrogate in
     * JSON): the web refuses them; here they are dropped.
     */
    private static final java.util.regex.Pattern CONTROLS = java.util.regex.Pattern.compile(
            "[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]|[\\uD800-\\uDBFF](?![\\uDC00-\\uDFFF])|(?<![\\uD800-\\uDBFF])[\\uDC00-\\uDFFF]");

    /**
     * The message text a user sent, without control characters (LangChain4j takes a message of nothing else for
     * blank and throws), capped at the chat limit so an over-long message is still answered.
     */
    static String text(String raw) {
        String t = raw == null ? "" : CONTROLS.matcher(raw).replaceAll("").strip();
        return t.length() > 2000 ? t.substring(0, 2000) : t;
    }
}
