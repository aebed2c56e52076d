package kr.donggu.chatbot.channels;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import kr.donggu.chatbot.chat.ChatReply;
import kr.donggu.chatbot.chat.Source;
import kr.donggu.chatbot.knowledge.KnowledgeBase;
import kr.donggu.chatbot.support.Fixtures;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class KakaoResponsesTest {

    static final String TAIL = "※ 2025년 자료 기준입니다.\n출처: 동구 사회적경제 네트워킹 DAY · 개요";
    static final KnowledgeBase KB = KnowledgeBase.load(Fixtures.BUNDLED_KNOWLEDGE);

    static String body(int sentences) {
        return IntStream.range(0, sentences).mapToObj(i -> "네트워킹 DAY의 " + i + "번째 안내 문장은 이렇게 조금 길게 이어집니다.")
                .collect(Collectors.joining(" "));
    }

    static ChatReply reply(String answer, boolean answered) {
        return new ChatReply("s", "m-1", answer, answered, List.of(new Source("networking-day",
                "동구 사회적경제 네트워킹 DAY", "개요", null)), List.of("누가 참여할 수 있나요?"), "embedded",
                "networking-day", answered ? null : "not_found", false);
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> outputs(Map<String, Object> response) {
        return (List<Map<String, Object>>) ((Map<String, Object>) response.get("template")).get("outputs");
    }

    static String text(Map<String, Object> output) {
        return String.valueOf(((Map<?, ?>) output.get("simpleText")).get("text"));
    }

    @Test
    void a_long_answer_is_split_over_three_outputs_and_keeps_its_year_label_and_source() {
        String answer = body(120) + "\n" + TAIL;   // about 4,300 characters

        List<Map<String, Object>> outputs = outputs(KakaoResponses.reply(reply(answer, true), KB, false));

        assertThat(outputs).hasSize(3).allSatisfy(o -> assertThat(text(o).length()).isBetween(1, 1000));
        assertThat(text(outputs.get(2))).endsWith(TAIL).contains(ChannelTexts.CUT);
        assertThat(text(outputs.get(0))).startsWith("네트워킹 DAY의 0번째");
    }

    @Test
    void an_answer_that_fits_is_kept_whole_with_room_for_a_card() {
        String answer = body(30) + "\n" + TAIL;   // about 1,100 characters

        List<Map<String, Object>> outputs = outputs(KakaoResponses.reply(reply(answer, true), KB, false));

        String joined = text(outputs.get(0)) + " " + text(outputs.get(1));
        assertThat(joined.replace("\n", " ")).isEqualTo(answer.replace("\n", " "));
        assertThat(outputs.get(2)).containsKey("textCard");
    }

    @Test
    void a_miss_offers_a_person_first_and_lists_the_programs() {
        Map<String, Object> response = KakaoResponses.reply(reply("죄송합니다. 찾지 못했습니다.", false), KB, false);

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> quick = (List<Map<String, Object>>) ((Map<String, Object>) response.get("template"))
                .get("quickReplies");
        assertThat(quick.get(0)).containsEntry("messageText", "담당자 연결");
        assertThat(outputs(response)).anySatisfy(o -> assertThat(o).containsKey("listCard"));
        assertThat(outputs(response)).noneSatisfy(o -> assertThat(o).containsKey("textCard"));
    }
}
