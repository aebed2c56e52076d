package kr.donggu.chatbot.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import kr.donggu.chatbot.support.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WordsFileTest {

    static String bundled() {
        try {
            return Files.readString(Fixtures.BUNDLED_KNOWLEDGE.resolve(Words.FILE));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void the_bundled_file_loads() {
        Words words = WordsFile.parse("eligibility.yaml", bundled());

        assertThat(words.types()).hasSize(EnterpriseType.values().length);
        assertThat(words.legalForms()).containsKey("주식회사");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            # a missing entry, a wrong regular expression, a kind the contract does not know, a place with a symbol
            'cancel: [취소'                         | 'cancel_words: [취소'                | '· cancel: 항목이 없습니다'
            'negation_after: '                      | 'negation_after: ''(아니'' #'       | 정규식 오류
            '  마을기업: [마을기업'                    | '  동네기업: [마을기업'                | 알 수 없는 기업 유형
            'donggu: [동구]'                         | 'donggu: [동구.*]'                  | location.donggu
            'version: 1'                            | 'version: 일'                       | version
            """)
    void a_wrong_entry_stops_with_the_file_and_the_entry(String find, String replace, String expected) {
        String broken = bundled().replace(find, replace);
        assertThat(broken).isNotEqualTo(bundled());

        assertThatThrownBy(() -> WordsFile.parse("eligibility.yaml", broken))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("eligibility.yaml")
                .hasMessageContaining(expected);
    }

    @Test
    void a_missing_kind_is_reported() {
        String broken = bundled().replaceFirst("(?m)^  자활기업: \\[자활기업.*$", "");

        assertThatThrownBy(() -> WordsFile.parse("eligibility.yaml", broken))
                .hasMessageContaining("enterprise_types").hasMessageContaining("여덟 가지 유형");
    }

    @Test
    void a_missing_file_is_reported_with_its_path(@TempDir Path empty) {
        assertThatThrownBy(() -> Words.load(empty)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("eligibility.yaml");
    }
}
