package kr.donggu.chatbot.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import kr.donggu.chatbot.support.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The table of {@code dictionary/import-headings.yaml}: markers, labels and where each label goes. */
class ImportHeadingsTest {

    private static final ImportHeadings TABLE = ImportHeadings.load(Fixtures.BUNDLED_KNOWLEDGE);

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // the labels of a 보도자료 and a 공고문, spread over a table cell or not
            "일시 | 일정", "일 시 | 일정", "접수 기간 | 일정", "장 소 | 장소", "모집 대상 | 대상", "신청 자격 | 대상",
            "문의 | 신청·문의", "문의처 | 신청·문의", "신청 방법 | 신청·문의", "담당 부서 | 신청·문의",
            "주요 내용 | 내용", "추진 배경 | 개요", "추진 성과 | 성과", "참여 기관 | 참여 기업",
    })
    void a_label_goes_to_its_standard_heading(String label, String heading) {
        assertThat(TABLE.target(label)).contains(new ImportHeadings.Target(null, heading));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"제목", "제 목", "사업명", "행사명"})
    void a_title_label_goes_to_the_title(String label) {
        assertThat(TABLE.target(label)).contains(new ImportHeadings.Target(ImportHeadings.TITLE, null));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"주최", "시간", "사회적경제 활성화를 위한 다양한 사업 안내"})
    void an_unknown_or_long_label_goes_nowhere(String label) {
        assertThat(TABLE.target(label)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "□ 일시 : 3월 12일 | 일시 : 3월 12일", "○ 장소 | 장소", "1. 사업 개요 | 사업 개요", "가. 대상 | 대상",
            "(1) 문의 | 문의", "① 내용 | 내용", "## 일정 | 일정", "- 신청 | 신청", "※ 유의 사항 | 유의 사항",
    })
    void line_markers_are_stripped(String line, String text) {
        assertThat(TABLE.stripMarker(line)).isEqualTo(new ImportHeadings.Line(text, true));
    }

    @Test
    void a_label_and_its_value_are_split_by_a_colon_or_a_table_cell() {
        assertThat(TABLE.labelled("일 시 : 2026. 3. 12.(목) 14:00")).hasValueSatisfying(l ->
                assertThat(l).containsExactly("일 시", "2026. 3. 12.(목) 14:00"));
        assertThat(TABLE.labelled("장소 | 동구 청년센터")).hasValueSatisfying(l ->
                assertThat(l).containsExactly("장소", "동구 청년센터"));
        assertThat(TABLE.labelled("광주 동구는 설명회를 연다고 밝혔다: 청년 대상")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "일시: 2026. 3. 12.(목) 14:00 | 일시: 2026년 3월 12일(목) 14:00",
            "2025.12.18. 열림 | 2025년 12월 18일 열림",
            "접수: 2026. 3. 2. ~ 2026. 3. 13. | 접수: 2026년 3월 2일 ~ 2026년 3월 13일",
            // no year: left as it is written
            "3. 12.(목) | 3. 12.(목)",
    })
    void dotted_dates_are_written_as_a_sentence_can_hold_them(String line, String rewritten) {
        assertThat(TABLE.rewrite(line)).isEqualTo(rewritten);
    }

    @Test
    void press_release_furniture_is_ignored() {
        assertThat(TABLE.ignored("보 도 자 료")).isTrue();
        assertThat(TABLE.ignored("배포일시: 2026. 2. 20.")).isTrue();
        assertThat(TABLE.ignored("장소: 동구청")).isFalse();
    }

    @Test
    void a_broken_table_stops_the_start_naming_the_file_and_the_entry() {
        assertThatThrownBy(() -> ImportHeadings.parse(DataFile.parse("dictionary/import-headings.yaml", """
                version: 1
                markers: '^('
                separator: ':'
                label_max: 10
                fields: {title: [제목]}
                headings: {일정: [일시]}
                """))).hasMessageContaining("dictionary/import-headings.yaml (markers)");
        assertThatThrownBy(() -> ImportHeadings.parse(DataFile.parse("dictionary/import-headings.yaml", """
                version: 1
                markers: '^x'
                separator: ':'
                label_max: 10
                fields: {title: []}
                headings: {일정: [일시]}
                """))).hasMessageContaining("(fields.title)");
        assertThatThrownBy(() -> DataFile.parse("dictionary/import-headings.yaml", "markers: x"))
                .hasMessageContaining("version: 1");
    }
}
