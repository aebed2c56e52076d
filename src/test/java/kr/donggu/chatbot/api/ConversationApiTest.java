package kr.donggu.chatbot.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.stream.StreamSupport;
import kr.donggu.chatbot.support.TestApp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Conversations as residents hold them, over HTTP on the real server: a list, then "the third one", "that company",
 * a question that names nothing, a switch to another topic and a return to the earlier one ("아까 그 사업"), in the
 * web chat API and in the KakaoTalk skill. The state that makes this work is stored with each turn.
 */
class ConversationApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();

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

    /** One turn: the answer text and the ids of the documents it cites. */
    record Turn(String text, List<String> cited, boolean answered) {
    }

    @Test
    void follows_five_follow_ups_a_topic_switch_and_a_return_in_the_web_chat() {
        assertFiveFollowUpsSwitchAndReturn(web());
    }

    @Test
    void follows_the_same_conversation_in_the_kakaotalk_skill() {
        assertFiveFollowUpsSwitchAndReturn(kakao("kakao-user-conversation"));
    }

    private static void assertFiveFollowUpsSwitchAndReturn(BiFunction<String, String, Turn> chat) {
        Turn list = chat.apply("s1", "별별동구 사회혁신 협력 프로젝트 세부 사업 알려줘");
        assertThat(list.text()).contains("ESG 환경마켓", "도심 텃밭", "씨앗프로젝트", "관광기획", "동명목재문화센터");

        // 1: an ordinal picks the item of the list just given
        Turn third = chat.apply("s1", "세 번째 건 뭐야?");
        assertThat(third.cited()).first().isEqualTo("seed-project-arts-education");
        // 2: a pronoun is that item
        Turn partOf = chat.apply("s1", "그건 어떤 사업의 일부예요?");
        assertThat(partOf.cited()).first().isEqualTo("seed-project-arts-education");
        assertThat(partOf.text()).contains("사회혁신 협력 프로젝트");
        // 3: a question that names nothing stays on it
        Turn when = chat.apply("s1", "언제 했어요?");
        assertThat(when.cited()).first().isEqualTo("seed-project-arts-education");
        assertThat(when.text()).contains("2025년");
        // switch: a question that names another program is about that program
        Turn other = chat.apply("s1", "스토리텔링 마케팅 지원사업은 몇 개 기업을 지원했어요?");
        assertThat(other.cited()).first().isEqualTo("storytelling-marketing");
        assertThat(other.text()).contains("4개소");
        // 4: ellipsis on the new topic
        Turn channels = chat.apply("s1", "홍보는 어디에 했어요?");
        assertThat(channels.cited()).first().isEqualTo("storytelling-marketing");
        assertThat(channels.text()).contains("버스", "엘리베이터");
        // 5: the return to the earlier topic
        Turn back = chat.apply("s1", "아까 그 사업은 누가 추진했어요?");
        assertThat(back.cited()).first().isEqualTo("seed-project-arts-education");
        assertThat(back.text()).contains("사회적경제기업");
    }

    @Test
    void never_bends_a_new_self_contained_question_towards_the_old_topic() {
        var chat = web();
        chat.apply("s2", "씨앗프로젝트가 뭐예요?");

        Turn unrelated = chat.apply("s2", "여권 재발급은 어디서 하나요?");
        Turn otherProgram = chat.apply("s2", "네트워킹 데이는 언제 열렸어요?");

        assertThat(unrelated.answered()).isFalse();
        assertThat(unrelated.cited()).isEmpty();
        assertThat(otherProgram.cited()).first().isEqualTo("networking-day");
        assertThat(otherProgram.text()).contains("12월 18일");
    }

    @Test
    void resolves_that_company_and_that_person() {
        var chat = web();
        chat.apply("s3", "보나드스토리는 어떤 사업에 참여했나요?");

        Turn head = chat.apply("s3", "그 회사 대표는 누구예요?");
        chat.apply("s3", "동구사회적경제연합회 회장은 누구예요?");
        Turn said = chat.apply("s3", "그 사람은 뭐라고 했어요?");

        assertThat(head.text()).contains("김유미");
        assertThat(said.cited()).contains("donggu-social-economy-association");
        assertThat(said.text()).contains("남병효");
    }

    @Test
    void lists_the_rest_of_a_family_after_one_of_it() {
        var chat = web();
        chat.apply("s4", "사회혁신 협력 프로젝트 중에 관광 관련된 거 있어?");

        Turn rest = chat.apply("s4", "나머지는?");

        assertThat(rest.text()).contains("ESG 환경마켓", "도심 텃밭", "씨앗프로젝트", "동명목재문화센터");
        assertThat(rest.answered()).isTrue();
    }

    @Test
    void corrects_a_false_premise_with_the_documented_value() {
        Turn person = web().apply("s5", "보나드스토리 대표가 남병효 맞죠?");
        Turn count = web().apply("s6", "스토리텔링 마케팅은 5개 기업을 지원했죠?");

        assertThat(person.text()).contains("자료와 다릅니다", "김유미").doesNotContain("네, 맞습니다");
        assertThat(count.text()).contains("자료와 다릅니다", "4개소").doesNotContain("5개 기업");
    }

    @Test
    void says_so_when_only_what_is_missing_is_known() {
        Turn market = web().apply("s7", "ESG 환경마켓은 어디서 열렸어요?");

        assertThat(market.answered()).isFalse();
        assertThat(market.text()).contains("나와 있지 않습니다", "동구청");
    }

    private BiFunction<String, String, Turn> web() {
        List<String> sessions = new ArrayList<>();
        return (session, message) -> {
            JsonNode reply = app.chat(sessions.isEmpty() ? null : sessions.get(0), message);
            if (sessions.isEmpty()) {
                sessions.add(reply.get("sessionId").asText());
            }
            List<String> cited = StreamSupport.stream(reply.get("sources").spliterator(), false)
                    .map(s -> s.get("id").asText()).toList();
            return new Turn(reply.get("answer").asText(), cited, reply.get("answered").asBoolean());
        };
    }

    /** The KakaoTalk skill: what the resident sees is every text of the outputs; what it cites is in the store. */
    private BiFunction<String, String, Turn> kakao(String user) {
        return (session, message) -> {
            ObjectNode request = kakaoRequest(user, message);
            JsonNode response = app.post("/channels/kakao/skill", request.toString()).json();
            StringBuilder text = new StringBuilder();
            response.get("template").get("outputs").forEach(o -> collectText(o, text));
            List<String> cited = lastCited();
            return new Turn(text.toString(), cited, true);
        };
    }

    private List<String> lastCited() {
        String json = kr.donggu.chatbot.support.Db.column(data,
                "SELECT sources_json FROM messages ORDER BY created_at DESC, rowid DESC LIMIT 1").get(0);
        try {
            return StreamSupport.stream(JSON.readTree(json).spliterator(), false)
                    .map(s -> s.get("docId").asText()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void collectText(JsonNode node, StringBuilder out) {
        if (node.isTextual()) {
            out.append(node.asText()).append('\n');
        }
        node.forEach(child -> collectText(child, out));
    }

    private static ObjectNode kakaoRequest(String user, String utterance) {
        try {
            ObjectNode request = (ObjectNode) JSON.readTree(Files.readString(
                    Path.of("src/test/resources/messenger-samples/kakao-skill-request.json")));
            ObjectNode userRequest = (ObjectNode) request.get("userRequest");
            userRequest.put("utterance", utterance);
            ((ObjectNode) userRequest.get("user")).put("id", user);
            return request;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
