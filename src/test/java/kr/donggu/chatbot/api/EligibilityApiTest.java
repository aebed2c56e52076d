package kr.donggu.chatbot.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.Map;
import kr.donggu.chatbot.support.TestApp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EligibilityApiTest {

    @TempDir
    Path data;
    TestApp app;

    @BeforeEach
    void start() {
        app = TestApp.start(data);
    }

    @AfterEach
    void stop() {
        app.close();
    }

    @Test
    void checks_one_program_in_the_contract_shape_without_ruling_out_what_the_source_does_not() {
        JsonNode body = app.post("/api/eligibility", Map.of("enterpriseType", "일반기업", "location", "광주광역시 동구",
                "programId", "social-contribution-project")).json();

        JsonNode result = body.get("results").get(0);
        assertThat(result.get("programId").asText()).isEqualTo("social-contribution-project");
        assertThat(result.get("verdict").asText()).isEqualTo("needs_confirmation");
        assertThat(result.get("reasons").get(0).get("criterion").asText()).isEqualTo("enterprise_type");
        assertThat(result.get("reasons").get(0).get("met").asBoolean()).isFalse();
        assertThat(result.get("reasons").get(0).get("explanation").asText()).startsWith("일반기업은 참여 기업 유형(")
                .contains("동구청 확인이 필요합니다");
        assertThat(result.get("reasons").get(1).get("explanation").asText())
                .startsWith("동구 소재는 소재지 기준(광주광역시 동구)에 맞습니다.");
        assertThat(result.get("reasons").get(0).get("source").asText()).isEqualTo("social-contribution-project · 대상");
        assertThat(result.get("missing")).extracting(JsonNode::asText).containsExactly("own_program");
    }

    @Test
    void checks_all_programs_with_criteria() {
        JsonNode results = app.post("/api/eligibility", Map.of("enterpriseType", "협동조합", "location", "동구",
                "facts", Map.of("collaboration", true))).json().get("results");

        assertThat(results.size()).isGreaterThanOrEqualTo(10);
        assertThat(results).allSatisfy(r -> assertThat(r.get("verdict").asText())
                .isIn("eligible", "ineligible", "needs_confirmation"));
    }

    @Test
    void rejects_unknown_kinds_programs_and_bad_facts() {
        assertThat(app.post("/api/eligibility", Map.of("enterpriseType", "대기업")).json().get("error").get("code").asText())
                .isEqualTo("invalid_request");
        assertThat(app.post("/api/eligibility", Map.of("enterpriseType", "협동조합", "programId", "nope")).status())
                .isEqualTo(404);
        assertThat(app.post("/api/eligibility", Map.of("enterpriseType", "협동조합", "facts", Map.of("x", 3))).status())
                .isEqualTo(400);
        assertThat(app.post("/api/eligibility", "{\"enterpriseType\": 1}").status()).isEqualTo(400);
        assertThat(app.post("/api/eligibility", "not json").status()).isEqualTo(400);
    }

    @Test
    void shows_each_criterion_with_its_status_and_quote() {
        JsonNode criteria = app.get("/api/programs/social-innovation-project").json().get("eligibility");

        assertThat(criteria).allSatisfy(c -> assertThat(c.get("status").asText()).isEqualTo("to_confirm"));
        assertThat(criteria.get(0).get("quote").asText()).isEqualTo("지역 현안 해결을 목표로 사회적경제기업 간 협업 모델 발굴에 집중했다");
        assertThat(criteria.get(1).get("quote").isNull()).isTrue();
    }
}
