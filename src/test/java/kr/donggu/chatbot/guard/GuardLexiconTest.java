package kr.donggu.chatbot.guard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The guard's word lists in {@code knowledge/dictionary/guard-*.txt}, as the guard reads them. */
class GuardLexiconTest {

    @Test
    void the_bundled_files_have_no_problems() {
        assertThat(GuardFixture.GUARD.lexicon().problems()).isEmpty();
    }

    @ParameterizedTest(name = "{0} → {1} {2}")
    @CsvSource(delimiter = '|', value = {
            // polarity: negation, 'beyond', and what the documents lack
            "수혜 기관은 운영에 참여하지 않았습니다.             | NEGATION   | 않",
            "단순한 기부를 넘어 적극적인 참여를 이끌었습니다.     | BEYOND     | 넘어",
            "단순한 기부에 그치지 않고 참여를 이끌었습니다.       | BEYOND     | 그치지않",
            "움직이기보다 필요를 공유하는 구조가 중요합니다.       | BEYOND     | 기보다",
            "개최 날짜와 장소는 이 자료에 나와 있지 않습니다.     | ABSENCE    | 나와있지않",
            "날짜는 자료에 안 나와 있어요.                      | ABSENCE    | 안나와",
            "이윤뿐 아니라 사회적 가치를 추구합니다.             | ALSO       | 뿐아니라",
            // scope
            "보나드스토리가 단독으로 운영했습니다.               | SOLO       | 단독",
            "동구의 모든 기업이 참여했습니다.                   | ALL        | 모든",
            "동구 주민이라면 누구나 참여할 수 있습니다.          | ALL        | 누구나",
            "일부 기업만 지원을 받았습니다.                     | SOME       | 일부",
            "기초생활수급자만 참여할 수 있습니다.                | ONLY       | 만",
            "모두 다섯 개의 프로젝트가 추진되었습니다.           | TOTAL      | 모두",
            "두 사업 모두 2025년에 추진되었습니다.              | TOTAL      | 모두",
            // time after the documents' own
            "지원 기업은 내년에도 다시 선정됩니다.               | CONTINUE   | 내년에도",
            "2026년에도 같은 방식으로 운영됩니다.               | CONTINUE   | 년에도",
            "올해도 환경마켓은 계속 운영되고 있습니다.           | CONTINUE   | 올해도",
            "2026년 상반기에 모집할 예정입니다.                 | PLAN       | 예정",
            "앞으로도 협력 관계를 만들어 가겠다고 밝혔습니다.     | PLAN       | 겠",
            "전시는 현재도 운영 중입니다.                       | CURRENT    | 현재",
            // recurring dates and periods
            "매월 셋째 주 토요일에 열립니다.                    | RECURRENCE | 셋째주",
            "매월 셋째 주 토요일에 열립니다.                    | RECURRENCE | 토요일",
            "격주로 교육이 진행됩니다.                          | RECURRENCE | 격주",
            "모집은 상반기에 진행됩니다.                        | PERIOD     | 상반기",
            // reported speech
            "행정 지원에 나서겠다고 말했습니다.                 | REPORTED   | 말했",
    })
    void cue_words_are_found_by_class(String sentence, Cues.Cls cls, String cue) {
        assertThat(GuardFixture.read(sentence).cues(cls)).contains(cue);
    }

    @ParameterizedTest(name = "{0} has no {1}")
    @CsvSource(delimiter = '|', value = {
            "지역 돌봄·복지 영역의 협력체계를 넓힙니다.          | PERIOD",      // 봄 inside 돌봄
            "공동주택 엘리베이터 광고를 활용했습니다.            | JOINT",       // 공동주택 is no joint action
            "다음과 같이 안내해 드리겠습니다.                   | JOINT",
            "다음과 같이 안내해 드리겠습니다.                   | PLAN",        // a polite promise is not a plan
            "기업 간 협업이 지역 문제 해결로 이어질 수 있습니다. | ONLY",
            "2025년도 사회혁신 협력 프로젝트에 참여했습니다.      | CONTINUE",
            "자세한 내용은 담당 부서에 확인해 주세요.            | NEGATION",
    })
    void cue_words_are_not_found_inside_other_words(String sentence, Cues.Cls cls) {
        assertThat(GuardFixture.read(sentence).has(cls)).isFalse();
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "스토리텔링 마케팅 지원사업은 4개소를 지원했습니다.   | storytelling-marketing",
            "사회혁신협력프로젝트는 2025년에 추진됐습니다.       | social-innovation-project",
            "㈜보나드스토리가 참여했습니다.                     | bonad-story",
            "남병효 회장은 말했습니다.                          | nam-byeonghyo",
            "김유미예요.                                       | kim-yumi",
            "네트워킹 DAY는 12월 18일에 열렸습니다.             | networking-day",
            "전시 공간은 동명목재문화센터 안에 있습니다.         | dongmyeong-culture-centre",
            "사회적기업은 고용노동부 장관의 인증을 받습니다.      | ministry-of-employment-and-labor",
            "예비사회적기업은 지정을 받습니다.                  | pre-social-enterprise",
    })
    void names_are_recognised_with_particles_and_spacing(String sentence, String id) {
        assertThat(GuardFixture.read(sentence).entities()).extracting(Names.Entity::id).contains(id);
    }

    @ParameterizedTest(name = "{0} names nothing")
    @CsvSource(delimiter = '|', value = {
            "별별동구 사업입니다.",      // 동구 inside 별별동구
            "임택 동구청장이 말했습니다.", // 동구청 inside 동구청장
            "한국사회적기업진흥원이 인증합니다.",
    })
    void names_are_not_found_inside_longer_words(String sentence) {
        assertThat(GuardFixture.read(sentence).entities()).extracting(Names.Entity::kind)
                .doesNotContain(Names.EntityKind.DISTRICT, Names.EntityKind.TYPE);
    }

    @ParameterizedTest(name = "{0} → {1} ({2})")
    @CsvSource(delimiter = '|', value = {
            // names nobody listed, recognised by their shape
            "광주사회혁신재단이 주관합니다.            | 광주사회혁신재단   | ORGANISATION",
            "담당 부서는 사회적경제팀입니다.           | 사회적경제팀      | ORGANISATION",
            "동구청 광장에서 열립니다.                 | 광장            | PLACE",
            "텃밭은 푸른마을공원 안에 있습니다.         | 푸른마을공원      | PLACE",
            "담당자는 박정훈 주무관입니다.             | 박정훈           | PERSON_ROLE",
            "임택 동구청장이 참석했습니다.             | 임택             | PERSON_ROLE",
            "행사는 동구청 앞에서 열렸습니다.          | 동구청앞          | PLACE",
            "행사는 동구청에서 열렸습니다.             | 동구청           | PLACE",
    })
    void unlisted_names_become_anchors(String sentence, String anchor, ClaimKind kind) {
        assertThat(GuardFixture.read(sentence).anchors()).containsEntry(anchor, kind);
    }

    @ParameterizedTest(name = "{0} → {1} {2}")
    @CsvSource(delimiter = '|', value = {
            "(주)보나드스토리 김유미 대표는 말했습니다.               | kim-yumi      | 대표",
            "(주)보나드스토리의 대표는 김유미입니다.                 | kim-yumi      | 대표",
            "남병효 동구사회적경제연합회 회장은 말했습니다.          | nam-byeonghyo | 회장",
            "선정된 기업 대표는 남병효 회장입니다.                  | nam-byeonghyo | 대표",
    })
    void roles_are_paired_with_the_person_they_are_said_of(String sentence, String person, String role) {
        assertThat(GuardFixture.read(sentence).pairs()).contains(person + "|" + role);
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {
            "돕      | 지원",
            "아파트   | 공동주택",
            "매체    | 채널",
            "이어지   | 연결",
            "저마다   | 각자",
    })
    void words_of_one_group_mean_the_same(String word, String same) {
        Words words = GuardFixture.GUARD.lexicon().words;
        assertThat(words.keysOf(word)).containsAnyElementsOf(words.keysOf(same));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "자료에 따르면 사업은 2025년에 추진되었습니다. | 사업은 2025년에 추진되었습니다.",
            "네, 두 사업에 모두 참여했습니다.            | 두 사업에 모두 참여했습니다.",
            "네트워킹 DAY는 열렸습니다.                | 네트워킹 day는 열렸습니다.",
    })
    void lead_ins_are_stripped_but_not_words_that_begin_like_them(String sentence, String rest) {
        assertThat(GuardFixture.GUARD.lexicon().words.withoutLeadIn(GuardText.normalize(sentence))).isEqualTo(rest);
    }

    @ParameterizedTest(name = "{0} ↔ {1}")
    @CsvSource(delimiter = '|', value = {
            "긍정 | 부정",
            "적극 | 소극",
            "영리 | 비영리",
            "유료 | 무료",
    })
    void evaluative_words_know_their_opposites(String word, String opposite) {
        Words words = GuardFixture.GUARD.lexicon().words;
        assertThat(words.opposites(word)).contains(opposite);
        assertThat(words.opposites(opposite)).contains(word);
    }

    @Test
    void a_district_named_as_the_area_is_no_venue() {
        assertThat(GuardFixture.read("광주 동구에서 추진한 사업입니다.").anchors()).isEmpty();
    }

    @Test
    void a_bad_line_is_reported_with_its_file_and_line_and_skipped() {
        GuardLexicon lexicon = GuardLexicon.parse(Map.of(
                Cues.FILE, "negation: -않\nmood: 기쁨\nplan: ~(unclosed",
                Names.FILE, "program a b c: 이름\nperson kim: 김유미",
                Words.FILE, "number: 다섯=five"), Map.of());

        assertThat(lexicon.problems()).hasSize(4).anySatisfy(p -> assertThat(p).startsWith("guard-cues.txt line 2"))
                .anySatisfy(p -> assertThat(p).startsWith("guard-cues.txt line 3"))
                .anySatisfy(p -> assertThat(p).startsWith("guard-names.txt line 1"))
                .anySatisfy(p -> assertThat(p).startsWith("guard-words.txt line 1"));
    }

    @Test
    void a_missing_file_is_a_problem_and_the_guard_still_works() {
        GuardLexicon lexicon = GuardLexicon.parse(Map.of(), Map.of("esg", "ESG 환경마켓 운영"));
        ClaimGuard guard = new ClaimGuard(lexicon, "", java.util.Set.of("esg"));

        GuardResult result = guard.check(List.of("ESG 환경마켓은 2024년에 열렸습니다."),
                new Evidence(List.of(new Passage("esg", "ESG 환경마켓 운영은 2025년에 추진되었습니다.")), "esg"));

        assertThat(lexicon.problems()).hasSize(3);
        assertThat(result.removals()).singleElement().extracting(Removal::kind).isEqualTo(ClaimKind.DATE);
    }
}
