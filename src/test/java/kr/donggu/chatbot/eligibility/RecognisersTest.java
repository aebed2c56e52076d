package kr.donggu.chatbot.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RecognisersTest {

    @ParameterizedTest
    @CsvSource({
            "저희는 사회적 기업입니다, 사회적기업",
            "예비 사회적기업이에요, 예비사회적기업",
            "예비사회적 기업, 예비사회적기업",
            "사협인데요, 사회적협동조합",
            "사회적 협동조합, 사회적협동조합",
            "협동 조합이에요, 협동조합",
            "마을 기업, 마을기업",
            "자활 기업입니다, 자활기업",
            "주식회사예요, 일반기업",
            "(주)동구상사, 일반기업",
            "개인인데 참여 돼요?, 개인",
    })
    void recognises_kinds_of_enterprise_as_people_write_them(String text, String label) {
        assertThat(EnterpriseType.recognise(text)).map(EnterpriseType::label).contains(label);
    }

    @ParameterizedTest
    @CsvSource({
            "동구, true", "광주 동구, true", "광주광역시 동구 충장로 1가, true", "금남로에 있어요, true", "동명동, true",
            "광주 서구, false", "광산구, false", "부산 동구, false", "대구 동구, false", "서울, false", "광주 밖, false",
            "광주 다른 구, false",
    })
    void recognises_locations(String text, boolean inDonggu) {
        assertThat(Location.recognise(text)).map(Location::inDonggu).contains(inDonggu);
    }

    @ParameterizedTest
    @CsvSource({"안녕하세요", "텃밭 언제 해요"})
    void finds_no_location_in_ordinary_text(String text) {
        assertThat(Location.recognise(text)).isEmpty();
    }
}
