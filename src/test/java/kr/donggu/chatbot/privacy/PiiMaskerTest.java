package kr.donggu.chatbot.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PiiMaskerTest {

    private final PiiMasker masker = new PiiMasker();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // resident registration numbers
            "주민번호 900101-1234567 입니다 | 주민번호 [주민등록번호] 입니다",
            "9001011234567 | [주민등록번호]",
            "900101 - 2234567 | [주민등록번호]",
            // mobile and landline numbers
            "010-1234-5678로 연락 | [전화번호]로 연락",
            "01012345678 | [전화번호]",
            "010 1234 5678 | [전화번호]",
            "+82 10-1234-5678 | [전화번호]",
            "062-123-4567 | [전화번호]",
            "02-123-4567 | [전화번호]",
            "1588-1234 | [전화번호]",
            // e-mail
            "메일은 kim.yumi@example.co.kr 입니다 | 메일은 [이메일] 입니다",
            // cards
            "1234-5678-9012-3456 | [카드번호]",
            "1234 5678 9012 3456 | [카드번호]",
            // bank accounts
            "계좌 123-45-678901 | 계좌 [계좌번호]",
            "국민 123456-01-123456 | 국민 [계좌번호]",
    })
    void masks_personal_data(String input, String expected) {
        assertThat(masker.mask(input).text()).isEqualTo(expected);
        assertThat(masker.containsPii(input)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "2025-12-18에 열렸습니다", "2025. 12. 18.", "2025년 12월 18일", "총 5개 프로젝트", "주요 기업 4개소",
            "500만 원", "1,000,000원", "오후 3시 30분", "2025년", "만 39세 이하", "제1조 제2항", "10:30~12:00"})
    void leaves_dates_counts_and_amounts_alone(String input) {
        assertThat(masker.mask(input).text()).isEqualTo(input);
        assertThat(masker.mask(input).changed()).isFalse();
    }

    @Test
    void never_throws_and_never_lets_a_registration_number_through_on_random_input() {
        Random random = new Random(42);
        for (int i = 0; i < 5_000; i++) {
            StringBuilder s = new StringBuilder();
            for (int j = 0; j < 40; j++) {
                int pick = random.nextInt(4);
                s.append(pick == 0 ? (char) ('가' + random.nextInt(11172)) : pick == 1 ? (char) ('0' + random.nextInt(10))
                        : pick == 2 ? "- .@".charAt(random.nextInt(4)) : ' ');
            }
            String masked = masker.mask(s.toString()).text();
            assertThat(masked).doesNotContainPattern("(?<!\\d)\\d{2}(0[1-9]|1[0-2])(0[1-9]|[12]\\d|3[01])-?[1-8]\\d{6}(?!\\d)");
        }
    }
}
