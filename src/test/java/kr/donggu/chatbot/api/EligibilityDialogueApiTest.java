package kr.donggu.chatbot.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.StreamSupport;
import kr.donggu.chatbot.config.Config;
import kr.donggu.chatbot.support.Db;
import kr.donggu.chatbot.support.Fixtures;
import kr.donggu.chatbot.support.TestApp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The eligibility check as a conversation over HTTP, in embedded mode, one path per test. */
class EligibilityDialogueApiTest {

    static final String OFFICE = "광주광역시 동구청 사회적경제 담당 부서";

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

    static String answer(JsonNode reply) {
        return reply.get("answer").asText();
    }

    static List<String> chips(JsonNode reply) {
        return StreamSupport.stream(reply.get("quickReplies").spliterator(), false).map(JsonNode::asText).toList();
    }

    static List<String> sources(JsonNode reply) {
        return StreamSupport.stream(reply.get("sources").spliterator(), false).map(s -> s.get("id").asText()).toList();
    }

    @Test
    void the_kind_alone_decides_at_once_and_the_reply_says_what_to_confirm() {
        JsonNode reply = app.chat("s-type", "일반 회사인데 사회공헌 프로젝트 참여할 수 있나요?");

        assertThat(answer(reply)).startsWith("「별별동구 사회공헌 프로젝트」 참여 가능 여부: 확인 필요")
                .contains("확인한 내용: 일반기업")
                .contains("별별동구 사회공헌 프로젝트는 지역 내 아동·청소년·장애인·노인 시설 등과 사회적경제기업을 연계해")
                .contains("일반기업은 참여 기업 유형(사회적기업, 예비사회적기업, 협동조합, 사회적협동조합, 마을기업, 자활기업)에 "
                        + "포함되지 않습니다.")
                .contains("참여를 제한하는 기준이 자료에 명시되어 있지는 않습니다")
                .contains(OFFICE + "에 확인해 주세요")
                .doesNotContain("여쭐게요");
        assertThat(reply.get("answered").asBoolean()).isTrue();
        assertThat(sources(reply)).containsOnly("social-contribution-project");
        assertThat(chips(reply)).startsWith("네", "아니요");
    }

    @Test
    void one_question_names_the_program_and_restates_what_is_known_then_the_verdict() {
        JsonNode question = app.chat("s-one", "저희는 동구에 있는 협동조합인데 사회혁신 협력 프로젝트에 참여할 수 있나요?");

        assertThat(answer(question)).isEqualTo("협동조합, 동구 소재로 확인했습니다. 「별별동구 사회혁신 협력 프로젝트」 확인을 "
                + "위해 한 가지만 여쭐게요: 다른 사회적경제기업과 함께 사업을 기획하고 실행할 계획이 있으신가요?");
        assertThat(chips(question)).containsExactly("예", "아니요", "잘 모르겠어요");

        JsonNode verdict = app.chat("s-one", "네, 있어요");

        assertThat(answer(verdict)).startsWith("「별별동구 사회혁신 협력 프로젝트」 참여 가능 여부: 확인 필요")
                .contains("확인한 내용: 협동조합, 동구 소재, 다른 사회적경제기업과의 공동 기획·실행: 예")
                .contains("말씀하신 내용은 자료에 나온 참여 방식과 맞습니다")
                .contains("다른 사업도 확인해 드릴까요?");
        assertThat(sources(verdict)).containsOnly("social-innovation-project");
    }

    @Test
    void a_general_question_gets_a_general_answer_and_then_the_offer_to_check_one() {
        JsonNode general = app.chat("s-general", "일반 회사도 참여할 수 있나요?");

        assertThat(answer(general)).contains("별별동구 사회혁신 협력 프로젝트에는 동구의 사회적경제기업들이 서로 협업하는 방식으로 "
                        + "참여했습니다.")
                .contains("별별동구 사회공헌 프로젝트에는 사회적경제기업이 참여했습니다.")
                .contains("자료에는 어느 사업에도 참여 자격(기업 유형, 소재지 등)이 명시되어 있지 않습니다.")
                .contains("일반기업이 참여할 수 있는지도 자료에 나와 있지 않습니다.")
                .contains("사업을 골라 주시면");
        assertThat(chips(general)).contains("사회혁신 협력 프로젝트", "별별동구 사회공헌 프로젝트")
                .allSatisfy(c -> assertThat(c).hasSizeLessThanOrEqualTo(14));

        JsonNode checked = app.chat("s-general", "사회혁신 협력 프로젝트");

        assertThat(answer(checked)).startsWith("「별별동구 사회혁신 협력 프로젝트」 참여 가능 여부: 확인 필요")
                .contains("일반기업은 참여 기업 유형");
    }

    @Test
    void a_resident_hears_who_took_part_and_that_no_criteria_are_stated() {
        JsonNode reply = app.chat("s-resident", "우리는 개인인데 텃밭 참여 가능해?");

        assertThat(answer(reply)).startsWith("「생애전환기 대상자와 함께하는 도심 텃밭 운영」 참여 가능 여부: 확인 필요")
                .contains("개인으로 확인했습니다.")
                .contains("도심 텃밭 운영에는 생애전환기 대상자가 함께했습니다.")
                .contains("생애전환기 대상자의 구체적인 나이 기준이나 참여 자격은 이 자료에 나와 있지 않습니다.")
                .contains("참여를 원하시면 " + OFFICE + "에 확인해 주세요.")
                .doesNotContain("어떤 사업", "여쭐게요");
    }

    @Test
    void yes_and_no_after_a_verdict_answer_its_question_not_a_new_one() {
        app.chat("s-yes", "일반 회사인데 사회공헌 프로젝트 참여할 수 있나요?");

        JsonNode yes = app.chat("s-yes", "네");
        assertThat(answer(yes)).isEqualTo("일반기업으로 확인했습니다. 확인하고 싶은 사업을 골라 주세요.");
        assertThat(chips(yes)).contains("사회혁신 협력 프로젝트").doesNotContain("별별동구 사회공헌 프로젝트");

        JsonNode no = app.chat("s-yes", "아니요");
        assertThat(answer(no)).isEqualTo("알겠습니다. 더 궁금하신 점이 있으면 말씀해 주세요.");
        assertThat(no.get("answered").asBoolean()).isFalse();
        assertThat(Db.column(data, "SELECT question FROM unanswered")).isEmpty();
    }

    @Test
    void no_and_dont_know_answer_the_pending_question() {
        app.chat("s-no", "저희는 동구에 있는 협동조합인데 사회공헌 프로젝트에 참여할 수 있나요?");

        JsonNode no = app.chat("s-no", "아니요");

        assertThat(answer(no)).contains("확인한 내용: 협동조합, 동구 소재, 전문성을 살린 프로그램 제공: 아니요")
                .contains("전문성을 살린 프로그램 제공 조건에 맞지 않습니다.")
                .contains("신청 요건으로 명시된 것은 아닙니다");

        app.chat("s-unknown", "저희는 동구에 있는 협동조합인데 사회공헌 프로젝트에 참여할 수 있나요?");
        JsonNode unknown = app.chat("s-unknown", "잘 모르겠어요");
        assertThat(answer(unknown)).contains("전문성을 살린 프로그램 제공: 모름").contains("아직 확인하지 못했습니다");
    }

    @Test
    void a_legal_form_is_asked_about_not_taken_for_a_kind() {
        JsonNode form = app.chat("s-form", "(주)동구상사인데 사회공헌 프로젝트 참여 가능한가요?");

        assertThat(answer(form)).startsWith("주식회사로 확인했습니다. 「별별동구 사회공헌 프로젝트」 확인을 위해")
                .contains("주식회사는 법적 형태여서 그것만으로는 기업 유형을 알 수 없습니다");
        assertThat(chips(form)).contains("사회적기업", "해당 없음");

        JsonNode next = app.chat("s-form", "사회적기업이에요");

        assertThat(answer(next)).startsWith("주식회사 형태의 사회적기업으로 확인했습니다.").contains("소재지는 어디인가요?");
    }

    @Test
    void cancel_leaves_the_dialogue() {
        app.chat("s-cancel", "우리 기업도 사회공헌 프로젝트에 참여할 수 있나요?");

        JsonNode left = app.chat("s-cancel", "취소");
        assertThat(answer(left)).isEqualTo("참여 자격 확인을 마칠게요. 다른 궁금한 점을 말씀해 주세요.");

        JsonNode after = app.chat("s-cancel", "마을기업");
        assertThat(answer(after)).doesNotContain("여쭐게요", "참여 가능 여부");
    }

    @Test
    void another_question_is_answered_in_between_and_the_check_resumes() {
        JsonNode asked = app.chat("s-resume", "우리 기업도 사회공헌 프로젝트에 참여할 수 있나요?");
        assertThat(answer(asked)).contains("기업이나 단체의 유형은 무엇인가요?");

        JsonNode between = app.chat("s-resume", "네트워킹 데이는 언제 열렸어요?");
        assertThat(answer(between)).contains("12월 18일");
        assertThat(chips(between)).endsWith("자격 확인 계속하기").hasSizeLessThanOrEqualTo(5);

        JsonNode resumed = app.chat("s-resume", "자격 확인 계속하기");
        assertThat(answer(resumed)).isEqualTo("「별별동구 사회공헌 프로젝트」 확인을 이어서 할게요. 기업이나 단체의 유형은 무엇인가요?");

        JsonNode next = app.chat("s-resume", "협동조합");
        assertThat(answer(next)).startsWith("협동조합으로 확인했습니다.").contains("소재지는 어디인가요?");
    }

    @Test
    void what_the_asker_said_of_themselves_in_any_message_is_not_asked_again() {
        app.chat("s-slots", "저희는 동구에 있는 협동조합이에요.");
        app.chat("s-slots", "사회공헌 프로젝트가 뭐예요?");

        JsonNode check = app.chat("s-slots", "저희도 참여할 수 있나요?");

        assertThat(answer(check)).startsWith("협동조합, 동구 소재로 확인했습니다. 「별별동구 사회공헌 프로젝트」 확인을 위해 한 가지만");
    }

    @Test
    void a_check_under_way_survives_a_restart() {
        app.chat("s-restart", "저희는 협동조합인데 사회공헌 프로젝트 참여 가능해요?");
        app.close();
        app = TestApp.start(data);

        JsonNode next = app.chat("s-restart", "광주 동구");

        assertThat(answer(next)).startsWith("협동조합, 동구 소재로 확인했습니다.").contains("프로그램을 시설에 제공하실 수 있나요?");
    }

    @Test
    void no_verdict_of_any_program_for_any_kind_loses_a_sentence_to_the_fact_guard() {
        List<String> programs = List.of("사회혁신 협력 프로젝트", "사회공헌 프로젝트", "스토리텔링 마케팅", "사회서비스 연대조직",
                "네트워킹 DAY", "ESG 환경마켓", "도심 텃밭", "씨앗프로젝트", "관광기획", "독립책방 굿즈");
        // like the 2025 program (every question answered yes), unlike it at once, and a resident
        List<String> askers = List.of("저희는 동구에 있는 협동조합인데", "저희는 광주 서구에 있는 일반 회사인데", "저는 동구 주민인데");
        int n = 0;
        for (String program : programs) {
            for (String asker : askers) {
                String session = "s-guard-" + n++;
                JsonNode reply = app.chat(session, asker + " " + program + " 참여할 수 있나요?");
                for (int turn = 0; turn < 3 && answer(reply).contains("여쭐게요"); turn++) {
                    reply = app.chat(session, "예");
                }
                assertThat(answer(reply)).as(program + " / " + asker).contains("참여 가능 여부:");
            }
        }
        assertThat(Db.count(data, "SELECT count(*) FROM guard_events")).isZero();
    }

    @Test
    void the_same_dialogue_runs_through_the_kakao_skill_with_quick_replies_within_its_limits() {
        JsonNode question = kakao("kakao-user-1", "저희는 동구에 있는 협동조합인데 사회혁신 협력 프로젝트에 참여할 수 있나요?");
        assertThat(kakaoText(question)).startsWith("협동조합, 동구 소재로 확인했습니다. 「별별동구 사회혁신 협력 프로젝트」");
        assertThat(kakaoChips(question)).containsExactly("예", "아니요", "잘 모르겠어요");

        JsonNode between = kakao("kakao-user-1", "네트워킹 데이는 언제 열렸어요?");
        assertThat(kakaoChips(between)).contains("자격 확인 계속하기");

        JsonNode resumed = kakao("kakao-user-1", "자격 확인 계속하기");
        assertThat(kakaoText(resumed)).contains("확인을 이어서 할게요");

        JsonNode verdict = kakao("kakao-user-1", "예");
        assertThat(kakaoText(verdict)).startsWith("「별별동구 사회혁신 협력 프로젝트」 참여 가능 여부: 확인 필요");

        JsonNode general = kakao("kakao-user-2", "일반 주식회사도 사회적경제 지원사업에 참여할 수 있나요?");
        assertThat(kakaoChips(general)).contains("사회혁신 협력 프로젝트");
        for (JsonNode reply : List.of(question, between, resumed, verdict, general)) {
            JsonNode quick = reply.get("template").get("quickReplies");
            assertThat(quick.size()).isBetween(1, 10);
            // every chip of the dialogue fits Kakao's 14-character label whole: nothing is cut
            quick.forEach(q -> assertThat(q.get("label").asText()).hasSizeLessThanOrEqualTo(14));
        }
        for (JsonNode reply : List.of(question, resumed, verdict, general)) {
            reply.get("template").get("quickReplies").forEach(q ->
                    assertThat(q.get("label").asText()).isEqualTo(q.get("messageText").asText()));
        }
    }

    JsonNode kakao(String user, String utterance) {
        com.fasterxml.jackson.databind.node.ObjectNode request = ChannelsApiTest.sample("kakao-skill-request.json");
        ((com.fasterxml.jackson.databind.node.ObjectNode) request.get("userRequest")).put("utterance", utterance);
        ((com.fasterxml.jackson.databind.node.ObjectNode) request.get("userRequest").get("user")).put("id", user);
        TestApp.Response r = app.post("/channels/kakao/skill", request.toString());
        assertThat(r.status()).isEqualTo(200);
        return r.json();
    }

    static String kakaoText(JsonNode response) {
        return response.get("template").get("outputs").get(0).get("simpleText").get("text").asText();
    }

    static List<String> kakaoChips(JsonNode response) {
        return StreamSupport.stream(response.get("template").get("quickReplies").spliterator(), false)
                .map(q -> q.get("messageText").asText()).toList();
    }

    @Test
    void a_stated_criterion_decides_at_once_with_its_quote_and_source(@TempDir Path knowledge, @TempDir Path other) {
        Fixtures.copyOf(Fixtures.BUNDLED_KNOWLEDGE, knowledge);
        Fixtures.write(knowledge.resolve("programs/zz-stated.md"), """
                ---
                id: zz-stated
                title: 시험 공모 사업
                audience: [enterprise]
                source:
                  - name: 시험 공고문
                eligibility:
                  - criterion: enterprise_type
                    label: 신청 자격
                    allowed: [사회적기업, 협동조합]
                    status: stated
                    section: 대상
                    quote: 사회적기업과 협동조합만 신청할 수 있습니다
                ---
                ## 개요
                시험 공모 사업은 시험을 위한 사업입니다.

                ## 대상
                시험 공모 사업은 사회적기업과 협동조합이 신청할 수 있습니다.
                """);
        try (TestApp stated = TestApp.start(Config.defaults(knowledge, other).withPort(0), TestApp.FIXED_CLOCK)) {
            JsonNode reply = stated.chat("s-stated", "일반 회사인데 시험 공모 사업 참여할 수 있나요?");

            assertThat(answer(reply)).startsWith("「시험 공모 사업」 참여 가능 여부: 참여 어려움")
                    .contains("- 일반기업은 신청 자격(사회적기업, 협동조합)에 포함되지 않습니다. 근거: \"사회적기업과 협동조합만 "
                            + "신청할 수 있습니다\" (시험 공고문)")
                    .contains("자료에 나온 기준으로는 참여가 어렵습니다.");
        }
    }
}
