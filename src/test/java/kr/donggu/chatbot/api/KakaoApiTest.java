package kr.donggu.chatbot.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import kr.donggu.chatbot.config.Config;
import kr.donggu.chatbot.support.Db;
import kr.donggu.chatbot.support.Fixtures;
import kr.donggu.chatbot.support.TestApp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** KakaoTalk as residents use it: a hand-off inside the conversation, program lists, cards, limits. */
class KakaoApiTest {

    @TempDir
    Path data;

    static JsonNode say(TestApp app, String userId, String utterance) {
        TestApp.Response r = app.post("/channels/kakao/skill",
                KakaoCallbackTest.request(utterance, userId, null).toString());
        assertThat(r.status()).isEqualTo(200);
        return r.json();
    }

    static String text(JsonNode response) {
        List<String> texts = new ArrayList<>();
        response.get("template").get("outputs").forEach(o -> {
            if (o.has("simpleText")) {
                texts.add(o.get("simpleText").get("text").asText());
            }
        });
        return String.join("\n", texts);
    }

    static List<String> quickReplies(JsonNode response) {
        List<String> out = new ArrayList<>();
        response.get("template").get("quickReplies").forEach(q -> out.add(q.get("messageText").asText()));
        return out;
    }

    static JsonNode output(JsonNode response, String type) {
        for (JsonNode o : response.get("template").get("outputs")) {
            if (o.has(type)) {
                return o.get(type);
            }
        }
        return null;
    }

    @Test
    void a_kakao_conversation_ends_with_a_ticket_whose_number_the_resident_gets() {
        try (TestApp app = TestApp.start(data)) {
            JsonNode consent = say(app, "resident-1", "담당자 연결");
            assertThat(text(consent)).contains("개인정보 수집·이용에 동의");
            assertThat(quickReplies(consent)).containsExactly("동의합니다", "동의하지 않습니다");

            assertThat(text(say(app, "resident-1", "동의합니다"))).contains("어떤 내용을 문의");
            assertThat(text(say(app, "resident-1", "스토리텔링 지원사업 신청 서류가 궁금합니다"))).contains("성함");
            assertThat(text(say(app, "resident-1", "홍길동"))).contains("번호나 이메일 주소를 알려");
            String done = text(say(app, "resident-1", "제 번호는 010-2345-6789입니다"));

            List<String> ids = Db.column(data, "SELECT id FROM tickets");
            assertThat(ids).hasSize(1);
            assertThat(done).contains("접수되었습니다").contains(ids.get(0));
            assertThat(Db.column(data, "SELECT name || '|' || contact || '|' || question FROM tickets"))
                    .containsExactly("홍길동|제 번호는 010-2345-6789입니다|스토리텔링 지원사업 신청 서류가 궁금합니다");
            assertThat(Db.column(data, "SELECT session_id FROM tickets").get(0)).startsWith("kakao:");
            // every turn is stored as usual, masked; none of them waits in the unanswered list
            assertThat(Db.count(data, "SELECT COUNT(*) FROM messages WHERE channel = 'kakao'")).isEqualTo(5);
            assertThat(String.join(" ", Db.column(data, "SELECT question FROM messages")))
                    .doesNotContain("010-2345-6789").contains("[전화번호]");
            assertThat(Db.count(data, "SELECT COUNT(*) FROM unanswered")).isZero();
        }
    }

    @Test
    void the_hand_off_can_be_declined_or_cancelled_and_takes_no_ticket() {
        try (TestApp app = TestApp.start(data)) {
            say(app, "resident-2", "담당자에게 문의하고 싶어요");
            assertThat(text(say(app, "resident-2", "동의하지 않습니다"))).contains("접수하지 않았습니다");

            say(app, "resident-3", "담당자 연결");
            say(app, "resident-3", "네");
            assertThat(text(say(app, "resident-3", "취소"))).contains("취소했습니다");
            // after the hand-off, questions are answered again
            assertThat(text(say(app, "resident-3", "네트워킹 DAY는 언제 열렸나요?"))).contains("12월 18일");

            say(app, "resident-4", "담당자 연결");
            say(app, "resident-4", "동의");
            say(app, "resident-4", "문의합니다");
            say(app, "resident-4", "김동구");
            say(app, "resident-4", "모르겠어요");
            assertThat(text(say(app, "resident-4", "주민번호 900101-1234567 010-1111-2222"))).contains("전화번호나 이메일");
            assertThat(text(say(app, "resident-4", "없어요"))).contains("접수하지 못했습니다");

            assertThat(Db.count(data, "SELECT COUNT(*) FROM tickets")).isZero();
        }
    }

    @Test
    void where_the_bot_cannot_answer_it_offers_a_person_and_the_programs() {
        try (TestApp app = TestApp.start(data)) {
            JsonNode miss = say(app, "resident-5", "동구청 근처 커피 맛집 알려줘");

            assertThat(quickReplies(miss).get(0)).isEqualTo("담당자 연결");
            JsonNode list = output(miss, "listCard");
            assertThat(list).isNotNull();
            assertThat(list.get("header").get("title").asText()).isNotBlank();
            assertThat(list.get("items").size()).isBetween(1, 5);
            assertThat(list.get("items").get(0).get("action").asText()).isEqualTo("message");
            // a tap on a listed program asks about it, and gets an answer
            String tapped = list.get("items").get(0).get("messageText").asText();
            assertThat(say(app, "resident-5", tapped).get("template").get("outputs").get(0).get("simpleText")
                    .get("text").asText()).contains("출처:");
        }
    }

    @Test
    void a_question_about_which_programs_exist_gets_a_list_card() {
        try (TestApp app = TestApp.start(data)) {
            JsonNode response = say(app, "resident-6", "어떤 사업이 있나요?");

            JsonNode list = output(response, "listCard");
            assertThat(list).isNotNull();
            assertThat(list.get("items")).allSatisfy(item -> {
                assertThat(item.get("title").asText()).isNotBlank();
                assertThat(item.get("messageText").asText()).endsWith("뭐예요?");
            });
            assertThat(response.get("template").get("outputs").size()).isBetween(2, 3);
        }
    }

    @Test
    void a_cited_document_with_a_url_gets_a_card_with_a_link_and_follow_up_buttons() throws Exception {
        Path knowledge = Fixtures.copyOf(Fixtures.BUNDLED_KNOWLEDGE, data.resolve("knowledge"));
        Path doc = knowledge.resolve("programs/networking-day.md");
        Files.writeString(doc, Files.readString(doc).replaceFirst("(?m)^url:\\s*$",
                "url: https://www.donggu.kr/board/networking-day"));
        try (TestApp app = TestApp.start(TestApp.config(knowledge, data.resolve("data")), TestApp.FIXED_CLOCK)) {
            JsonNode response = say(app, "resident-7", "네트워킹 DAY는 언제 열렸나요?");

            JsonNode card = output(response, "textCard");
            assertThat(card).isNotNull();
            assertThat(card.get("title").asText()).contains("네트워킹 DAY");
            assertThat(card.get("buttons").size()).isBetween(2, 3);
            assertThat(card.get("buttons").get(0).get("action").asText()).isEqualTo("webLink");
            assertThat(card.get("buttons").get(0).get("webLinkUrl").asText())
                    .isEqualTo("https://www.donggu.kr/board/networking-day");
            assertThat(card.get("buttons").get(1).get("action").asText()).isEqualTo("message");
            assertThat(card.get("buttons")).allSatisfy(b -> assertThat(b.get("label").asText()).hasSizeLessThanOrEqualTo(14));
            assertThat(text(response)).contains("12월 18일").contains("출처:");
        }
    }

    @Test
    void a_user_over_the_rate_limit_is_told_politely_and_not_answered() {
        Config config = TestApp.config(data).withChannels(Config.Channels.off().withPerUserPerMinute(3));
        try (TestApp app = TestApp.start(config, TestApp.FIXED_CLOCK)) {
            for (int i = 0; i < 3; i++) {
                say(app, "busy-user", "네트워킹 DAY는 언제 열렸나요?");
            }
            JsonNode limited = say(app, "busy-user", "네트워킹 DAY는 언제 열렸나요?");
            JsonNode other = say(app, "calm-user", "네트워킹 DAY는 언제 열렸나요?");

            assertThat(text(limited)).contains("잠시 답변을 멈췄습니다");
            assertThat(text(other)).contains("12월 18일");
            assertThat(Db.count(data, "SELECT COUNT(*) FROM messages")).isEqualTo(4);
        }
    }

    @Test
    void a_message_that_looks_like_a_template_is_answered_and_stored() {
        try (TestApp app = TestApp.start(data)) {
            JsonNode response = say(app, "resident-8", "{{x}} 네트워킹 DAY {{question}}");

            assertThat(text(response)).isNotBlank();
            assertThat(Db.column(data, "SELECT question FROM messages")).containsExactly("{{x}} 네트워킹 DAY {{question}}");
        }
    }
}
