package kr.donggu.chatbot.web;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.javalin.http.Context;
import java.util.Optional;

/**
 * Reads a request body as a JSON object and its fields with their types checked. Every failure, including invalid
 * UTF-8 and wrong types, becomes {@code 400 invalid_request} instead of Javalin's default 500.
 */
public final class JsonBody {

    private static final ObjectMapper STRICT = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

    private final JsonNode node;

    private JsonBody(JsonNode node) {
        this.node = node;
    }

    public static JsonBody read(Context ctx) {
        byte[] bytes = ctx.bodyAsBytes();
        try {
            JsonNode node = STRICT.readTree(bytes);
            if (node == null || !node.isObject()) {
                throw ApiException.invalid("요청 본문은 JSON 객체여야 합니다.");
            }
            return new JsonBody(node);
        } catch (java.io.IOException e) {   // JacksonException, and malformed UTF-8 (CharConversionException)
            throw ApiException.invalid("요청 본문이 올바른 JSON이 아닙니다.");
        }
    }

    public static JsonBody of(JsonNode node) {
        return new JsonBody(node);
    }

    public Optional<String> optionalText(String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return Optional.empty();
        }
        if (!v.isTextual()) {
            throw ApiException.invalid("'" + field + "' 항목은 문자열이어야 합니다.");
        }
        return Optional.of(v.textValue());
    }

    public String requiredText(String field) {
        return optionalText(field).orElseThrow(() -> ApiException.invalid("'" + field + "' 항목이 필요합니다."));
    }

    public Optional<Boolean> optionalBoolean(String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return Optional.empty();
        }
        if (!v.isBoolean()) {
            throw ApiException.invalid("'" + field + "' 항목은 true 또는 false여야 합니다.");
        }
        return Optional.of(v.booleanValue());
    }

    public Optional<JsonNode> optionalObject(String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return Optional.empty();
        }
        if (!v.isObject()) {
            throw ApiException.invalid("'" + field + "' 항목은 객체여야 합니다.");
        }
        return Optional.of(v);
    }

    public JsonNode node() {
        return node;
    }
}
