package kr.donggu.chatbot.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import kr.donggu.chatbot.knowledge.KnowledgeBase;
import kr.donggu.chatbot.support.Fixtures;
import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Golden tokenisation of the domain words with the staff's dictionary: what Nori would otherwise get wrong. */
class KoreanAnalyzersTest {

    static final UserDictionaries.Loaded DICTIONARY =
            UserDictionaries.from(KnowledgeBase.load(Fixtures.FIXTURE_KNOWLEDGE).vocabulary().userDictionary());
    static final Analyzer NORI = KoreanAnalyzers.nori(DICTIONARY.dictionary());

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // proper and compound nouns kept whole or split where they should be
            "별별동구 | 별별동구",
            "씨앗프로젝트 | 씨앗 프로젝트",
            "동명목재문화센터 | 동명 목재 문화 센터",
            "(주)보나드스토리 | 주 보나드스토리",
            "텃밭을 | 텃밭",
            "도심텃밭 | 도심 텃밭",
            "독립책방 굿즈 | 독립 책방 굿즈",
            "네트워킹 | 네트워킹",
            "스토리텔링 | 스토리텔링",
            // spacing variants analyse alike
            "사회적경제기업 | 사회 경제 기업",
            "사회적 경제 기업 | 사회 경제 기업",
            "도심 텃밭 | 도심 텃밭",
            // prefixes that carry meaning survive (the default stop tags would drop 비-)
            "비영리법인 | 비영리 법인",
            // numbers are not rewritten (만 39세 must not become 10039)
            "만 39세 | 만 39 세",
            "ESG 환경마켓 | esg 환경 마켓",
    })
    void analyses_domain_words(String text, String expected) {
        assertThat(KoreanAnalyzers.terms(NORI, "body", text)).containsExactly(expected.split(" "));
    }

    @Test
    void every_dictionary_line_is_accepted() {
        assertThat(DICTIONARY.rejectedLines()).isEmpty();
    }

    @Test
    void a_broken_dictionary_line_is_skipped_and_named() {
        UserDictionaries.Loaded loaded = UserDictionaries.from("텃밭\n도심텃밭 도심 텃밭 너무 긴 분할\n굿즈\n");

        assertThat(loaded.rejectedLines()).containsExactly("도심텃밭 도심 텃밭 너무 긴 분할");
        assertThat(KoreanAnalyzers.terms(KoreanAnalyzers.nori(loaded.dictionary()), "f", "텃밭 굿즈"))
                .isEqualTo(List.of("텃밭", "굿즈"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // particles and endings between two words do not separate them
            "노아의 방주는 몇 층인가? | 노아 방주,방주 층,층 이",
            "텃밭을 분양받으려면 | 텃밭 분양,분양 받",
            // a compound's parts pair like separate words, so spacing does not matter
            "도심텃밭 | 도심 텃밭",
            "도심 텃밭 | 도심 텃밭",
            // nothing is paired with a filler where a particle or the question mark was
            "보나드스토리는? | ''",
    })
    void pairs_adjacent_content_words(String text, String expected) {
        List<String> want = expected.isEmpty() ? List.of() : List.of(expected.split(","));

        assertThat(KoreanAnalyzers.terms(KoreanAnalyzers.pairs(DICTIONARY.dictionary()), "p", text))
                .containsExactlyElementsOf(want);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "사회혁신 협력 프로젝트에는 누가 참여했나요?",
            "임종석이 여의도 농민 폭력 시위를 주도한 혐의로 지명수배 된 날은?",
            "(주)보나드스토리 김유미 대표가 뭐라고 했어요?",
            "ESG 환경마켓은 2025년 10월에 열렸나요?",
    })
    void word_pairs_are_the_consecutive_nori_terms_that_queries_pair_up(String text) {
        List<String> terms = KoreanAnalyzers.terms(NORI, "body", text);
        List<String> consecutive = new java.util.ArrayList<>();
        for (int i = 1; i < terms.size(); i++) {
            consecutive.add(terms.get(i - 1) + " " + terms.get(i));
        }

        assertThat(KoreanAnalyzers.terms(KoreanAnalyzers.pairs(DICTIONARY.dictionary()), "p", text))
                .isEqualTo(consecutive);
    }

    @Test
    void the_bigram_field_matches_unspaced_and_spaced_text_alike() {
        Analyzer bigrams = KoreanAnalyzers.bigrams();
        assertThat(KoreanAnalyzers.terms(bigrams, "g", "도심텃밭")).contains("도심", "심텃", "텃밭");
        assertThat(KoreanAnalyzers.terms(bigrams, "g", "도심 텃밭")).contains("도심", "텃밭");
    }
}
