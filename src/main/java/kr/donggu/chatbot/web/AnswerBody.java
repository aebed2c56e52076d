package kr.donggu.chatbot.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import kr.donggu.chatbot.curated.AnswerDraft;
import kr.donggu.chatbot.store.StoredAnswer;

/** Reads the body of {@code POST} and {@code PUT /admin/api/answers}: the fields with their types checked. */
final class AnswerBody {

    private AnswerBody() {
    }

    static AnswerDraft read(Context ctx) {
        JsonBody body = JsonBody.read(ctx);
        return new AnswerDraft(body.optionalText("question").orElse(null), texts(body.node().get("variants")),
                body.optionalText("answer").orElse(null), citations(body.node().get("sources")),
                body.optionalText("validUntil").map(AnswerBody::day).orElse(null));
    }

    private static List<String> texts(JsonNode node) {
        List<String> out = new ArrayList<>();
        for (JsonNode item : array(node, "variants")) {
            if (!item.isTextual()) {
                throw ApiException.invalid("'variants' 항목은 문자열 배열이어야 합니다.");
            }
            out.add(item.textValue());
        }
        return out;
    }

    private static List<StoredAnswer.Citation> citations(JsonNode node) {
        List<StoredAnswer.Citation> out = new ArrayList<>();
        for (JsonNode item : array(node, "sources")) {
            if (!item.isObject()) {
                throw ApiException.invalid("'sources' 항목은 {\"id\", \"section\"} 객체의 배열이어야 합니다.");
            }
            JsonBody source = JsonBody.of(item);
            out.add(new StoredAnswer.Citation(source.optionalText("id").orElse(null),
                    source.optionalText("section").orElse(null)));
        }
        return out;
    }

    private static Iterable<JsonNode> array(JsonNode node, String field) {
        if (node == null || node.isNull()) {
            return List.of();
        }
        if (!node.isArray()) {
            throw ApiException.invalid("'" + field + "' 항목은 배열이어야 합니다.");
        }
        return node;
    }

    private static LocalDate day(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw ApiException.invalid("'validUntil' 항목은 2026-12-31처럼 YYYY-MM-DD 형식의 날짜여야 합니다.");
        }
    }
}
