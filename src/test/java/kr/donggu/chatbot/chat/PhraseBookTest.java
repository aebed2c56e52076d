package kr.donggu.chatbot.chat;

import static org.assertj.core.api.Assertions.assertThat;

import kr.donggu.chatbot.support.Fixtures;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class PhraseBookTest {

    static final PhraseBook BUNDLED = PhraseBook.load(Fixtures.BUNDLED_KNOWLEDGE);

    @Test
    void the_bundled_file_reads_without_problems() {
        assertThat(BUNDLED.problems()).isEmpty();
    }

    @ParameterizedTest(name = "{0}: ''{1}'' → {2}")
    @CsvSource(delimiter = '|', value = {
            // the buttons, and what people type to reach a person
            "HANDOFF | 담당자 연결 | true",
            "HANDOFF | 담당자에게 문의하고 싶어요 | true",
            "HANDOFF | 상담원 연결해 주세요 | true",
            "HANDOFF | 네트워킹 DAY는 언제 열렸나요? | false",
            // yes: one letter only alone, two letters at the start, longer anywhere
            "AGREE | 네 | true",
            "AGREE | 네! | true",
            "AGREE | 동의합니다 | true",
            "AGREE | 네, 동의합니다 | true",
            "AGREE | 네트워킹 DAY | false",
            "AGREE | 예산이 궁금해요 | false",
            // no
            "DECLINE | 동의하지 않습니다 | true",
            "DECLINE | 동의 안 할게요 | true",
            "DECLINE | 아니요 | true",
            "DECLINE | 동의합니다 | false",
            // cancel
            "CANCEL | 취소 | true",
            "CANCEL | 취소할게요 | true",
            "CANCEL | 그만 | true",
            "CANCEL | 이번 행사가 취소됐나요 | false",
            // program listings
            "LISTING | 어떤 사업이 있나요? | true",
            "LISTING | 사업 목록 보여주세요 | true",
            "LISTING | 사업 신청은 어떻게 하나요? | false",
    })
    void phrases_are_understood_as_staff_wrote_them(PhraseBook.Kind kind, String message, boolean says) {
        assertThat(BUNDLED.says(kind, message)).isEqualTo(says);
    }

    @Test
    void unreadable_lines_are_reported_and_skipped_and_the_buttons_always_work() {
        PhraseBook book = PhraseBook.parse("""
                # comment
                handoff: 사람 불러줘, , 123
                goodbye: 안녕히
                no colon here
                listing: %s
                """.formatted("아주".repeat(20)));

        assertThat(book.problems()).hasSize(5).anySatisfy(p -> assertThat(p).startsWith("line 2: phrase '123'"));
        assertThat(book.says(PhraseBook.Kind.HANDOFF, "사람 불러줘요")).isTrue();
        assertThat(book.says(PhraseBook.Kind.HANDOFF, HandoffTexts.LABEL)).isTrue();
        assertThat(book.says(PhraseBook.Kind.AGREE, HandoffTexts.AGREE)).isTrue();
        assertThat(PhraseBook.parse("").says(PhraseBook.Kind.CANCEL, HandoffTexts.CANCEL)).isTrue();
    }
}
