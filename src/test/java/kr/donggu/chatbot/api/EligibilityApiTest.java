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
    void checks_one_program_in_the_contract_shape() {
        JsonNode body = app.post("/api/eligibility", Map.of("enterpriseType", "일반기업", "location", "광주광역시 동구",
                "programId", "social-contribution-project")).json();

        JsonNode result = body.get("results").get(0);
        assertThat(result.get("programId").asText()).isEqualTo("social-contribution-project");
        assertThat(result.get("verdict").asText()).isEqualTo("ineligible");
        assertThat(result.get("reasons").get(0).get("criterion").asText()).isEqualTo("enterprise_type");
        assertThat(result.get("reasons").get(0).get("met").asBoolean()).isFalse();
        assertThat(result.get("reasons").get(0).get("source").asText()).isEqualTo("social-contribution-project · 대상");
        assertThat(result.get("missing")).extracting(JsonNode::asText).containsExactly("own_program");
    }

    @Test
    void checks_all_programs_with_criteria() {
        JsonNode results = app.post("/api/eligibility", Map.of("enterpriseType", "협동조합", "location", "동구",
                "facts", Map.of("collaboration", true))).json().get("results");

        assertThat(results.size()).isGreaterThanOrEqualTo(10);
        // no bundled program excludes a cooperative in Dong-gu; none states enough to say "eligible" outright
        assertThat(results).allSatisfy(r -> assertThat(r.get("verdict").asText()).isEqualTo("needs_confirmation"));
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
    void guides_a_check_one_question_at_a_time_and_survives_a_restart() {
        JsonNode first = app.chat("s-elig", "저희도 사회공헌 프로젝트에 참여할 수 있나요?");
        assertThat(first.get("answer").asText()).contains("유형");
        assertThat(first.get("quickReplies")).extracting(JsonNode::asText).contains("협동조합", "마을기업");

        JsonNode second = app.chat("s-elig", "협동조합");
        assertThat(second.get("answer").asText()).contains("소재지");
        app.close();
        app = TestApp.start(data);

        JsonNode third = app.chat("s-elig", "광주 동구");
        assertThat(third.get("answer").asText()).contains("프로그램");
        assertThat(third.get("quickReplies")).extracting(JsonNode::asText).containsExactly("예", "아니요", "잘 모르겠어요");

        JsonNode verdict = app.chat("s-elig", "예");
        assertThat(verdict.get("answer").asText()).contains("별별동구 사회공헌 프로젝트 참여 가능 여부: 확인 필요")
                .contains("협동조합은 이 사업의 참여 기업 유형").contains("동구청");
        assertThat(verdict.get("answered").asBoolean()).isTrue();
        assertThat(verdict.get("sources").get(0).get("id").asText()).isEqualTo("social-contribution-project");
    }

    @Test
    void gives_the_verdict_at_once_when_everything_is_said_in_the_first_message() {
        JsonNode reply = app.chat(null, "광주 동구에 있는 주식회사인데 사회공헌 프로젝트 참여할 수 있나요?");

        assertThat(reply.get("answer").asText()).contains("참여 가능 여부: 참여 어려움").contains("일반기업");
    }

    @Test
    void a_user_who_changes_the_subject_leaves_the_check() {
        app.chat("s-leave", "우리 마을기업도 참여할 수 있나요?");

        JsonNode reply = app.chat("s-leave", "네트워킹 데이는 언제 열렸어요?");

        assertThat(reply.get("answer").asText()).contains("12월 18일");
        JsonNode after = app.chat("s-leave", "협동조합");
        assertThat(after.get("answer").asText()).doesNotContain("소재지는 어디");
    }
}
