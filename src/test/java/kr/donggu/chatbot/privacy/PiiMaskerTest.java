package kr.donggu.chatbot.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import kr.donggu.chatbot.knowledge.KnowledgeBase;
import kr.donggu.chatbot.knowledge.ProgramDocument;
import kr.donggu.chatbot.support.Fixtures;
import kr.donggu.chatbot.support.PiiSamples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PiiMaskerTest {

    private final PiiMasker masker = new PiiMasker();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // resident registration numbers, however the hyphen was typed
            "주민번호 900101-1234567 입니다 | 주민번호 [주민등록번호] 입니다",
            "9001011234567 | [주민등록번호]",
            "900101 - 2234567 | [주민등록번호]",
            "900101–2234567 | [주민등록번호]",
            "900101‐2234567 | [주민등록번호]",
            "９００１０１－１２３４５６７ | [주민등록번호]",
            "900101-1****** | [주민등록번호]",
            "외국인 900101-5234567 | 외국인 [주민등록번호]",
            // mobile and landline numbers
            "010-1234-5678로 연락 | [전화번호]로 연락",
            "01012345678 | [전화번호]",
            "010 1234 5678 | [전화번호]",
            "010.1234.5678 | [전화번호]",
            "(010)1234-5678 | [전화번호]",
            "+82 10-1234-5678 | [전화번호]",
            "+82 (0)10 1234 5678 | [전화번호]",
            "+821012345678 | [전화번호]",
            "Tel.010-1234-5678 | Tel.[전화번호]",
            "HP010-1234-5678 | HP[전화번호]",
            "062-123-4567 | [전화번호]",
            "(062) 123-4567 | [전화번호]",
            "02-123-4567 | [전화번호]",
            "1588-1234 | [전화번호]",
            "010-1234-5678,010-9999-8888 | [전화번호],[전화번호]",
            // e-mail, also with a Korean local part
            "메일은 kim.yumi@example.co.kr 입니다 | 메일은 [이메일] 입니다",
            "김유미@example.com으로 | [이메일]으로",
            "kim＠example.com | [이메일]",
            // cards
            "1234-5678-9012-3456 | [카드번호]",
            "1234 5678 9012 3456 | [카드번호]",
            "3712-345678-12345 | [카드번호]",
            // bank accounts
            "계좌 123-45-678901 | 계좌 [계좌번호]",
            "국민 123456-01-123456 | 국민 [계좌번호]",
            "110 123 456789 | [계좌번호]",
            "KB123456-01-123456 | KB[계좌번호]",
            // passports and driving licences
            "여권 M12345678 | 여권 [여권번호]",
            "여권 M123A4567 | 여권 [여권번호]",
            "면허 11-22-333333-44 | 면허 [운전면허번호]",
    })
    void masks_personal_data(String input, String expected) {
        assertThat(masker.mask(input).text()).isEqualTo(expected);
        assertThat(masker.containsPii(input)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "2025-12-18에 열렸습니다", "2025. 12. 18.", "2025년 12월 18일", "총 5개 프로젝트", "주요 기업 4개소",
            "500만 원", "1,000,000원", "오후 3시 30분", "2025년", "만 39세 이하", "제1조 제2항", "10:30~12:00",
            "2024 2025 2026년 사업", "2025. 12. 18. 2025. 12. 20.", "원주율 3.14159265358979", "제2025-123호",
            "예산 1,234,567,890원", "2025.12.18~2025.12.20", "1999 2000년대", "@channel 공지"})
    void leaves_dates_counts_and_amounts_alone(String input) {
        assertThat(masker.mask(input).text()).isEqualTo(input);
        assertThat(masker.mask(input).changed()).isFalse();
    }

    @Test
    void every_shape_residents_type_is_masked_wherever_it_stands() {
        // given: one seeded stream of values in every shape, each inside a sentence
        Random random = new Random(20261201);
        List<String[]> contexts = List.of(new String[] {"", ""}, new String[] {"제 번호는 ", "입니다"},
                new String[] {"연락처: ", ", 텃밭 신청은요?"}, new String[] {"(", ")"}, new String[] {"\n", "\n"},
                new String[] {"메일 ", " 로 연락 주세요."}, new String[] {"“", "”"});
        Map<PiiSamples, Integer> generated = new EnumMap<>(PiiSamples.class);
        for (int i = 0; i < 20_000; i++) {
            PiiSamples shape = PiiSamples.values()[random.nextInt(PiiSamples.values().length)];
            String value = shape.generate(random);
            String[] context = contexts.get(random.nextInt(contexts.size()));
            assertThat(shape.hasShape(value)).as("%s generated %s", shape, value).isTrue();
            generated.merge(shape, 1, Integer::sum);

            // when
            String masked = masker.mask(context[0] + value + context[1]).text();

            // then: the value is gone, digits and all, and only it
            assertThat(masked).as("%s: %s", shape, value).isEqualTo(context[0] + shape.masked(value) + context[1]);
            assertThat(PiiSamples.digitsOf(masked)).isEmpty();
        }
        // the generator's coverage: at least 44 shapes, each produced many times
        assertThat(generated).hasSizeGreaterThanOrEqualTo(44).hasSize(PiiSamples.values().length);
        assertThat(generated.values()).allSatisfy(n -> assertThat(n).isGreaterThan(200));
    }

    @Test
    void masking_leaves_the_documents_text_as_it_is() {
        for (ProgramDocument doc : KnowledgeBase.load(Fixtures.FIXTURE_KNOWLEDGE).documents()) {
            doc.sections().forEach(s -> assertThat(masker.mask(s.text()).text()).isEqualTo(s.text()));
        }
    }
}
