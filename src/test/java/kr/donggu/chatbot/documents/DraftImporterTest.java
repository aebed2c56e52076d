package kr.donggu.chatbot.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import kr.donggu.chatbot.knowledge.KnowledgeBase;
import kr.donggu.chatbot.support.DistrictFiles;
import kr.donggu.chatbot.support.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DraftImporterTest {

    private static final KnowledgeBase KNOWLEDGE = KnowledgeBase.load(Fixtures.BUNDLED_KNOWLEDGE);

    @TempDir
    Path work;

    DraftImporter importer() {
        return new DraftImporter(ImportHeadings.load(Fixtures.BUNDLED_KNOWLEDGE),
                () -> KNOWLEDGE.vocabulary().lexicon().sections(), work);
    }

    static Stream<Arguments> formats() {
        return Stream.of(
                Arguments.of("보도자료.hwpx", "hwpx", (Function<List<String>, byte[]>) DistrictFiles::hwpx),
                Arguments.of("보도자료.hwp", "hwp", (Function<List<String>, byte[]>) DistrictFiles::hwp),
                Arguments.of("보도자료.pdf", "pdf", (Function<List<String>, byte[]>) DistrictFiles::pdf),
                Arguments.of("보도자료.docx", "docx", (Function<List<String>, byte[]>) DistrictFiles::docx),
                Arguments.of("보도자료.txt", "text", (Function<List<String>, byte[]>) DistrictFiles::text));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("formats")
    void a_press_release_in_any_format_becomes_a_draft_with_its_labels_under_standard_headings(
            String name, String format, Function<List<String>, byte[]> make) {
        ObjectNode draft = importer().draft(name, make.apply(DistrictFiles.PRESS_RELEASE));

        assertThat(draft.get("title").asText()).isEqualTo("동구, 2026 사회적경제 청년 창업 설명회 개최");
        assertThat(sections(draft)).containsExactly(
                Map.entry("일정", "일시: 2026년 3월 12일(목) 14:00 ~ 16:00"),
                Map.entry("장소", "장소: 동구 청년센터 3층 다목적실"),
                Map.entry("대상", "대상: 사회적경제 분야 창업에 관심 있는 청년"),
                Map.entry("신청·문의", "문의: 동구청 사회적경제과"),
                Map.entry("개요", """
                        광주 동구는 사회적경제 분야 창업을 준비하는 청년을 위해 청년 창업 설명회를 연다고 밝혔다.
                        설명회에서는 사회적기업 인증 절차와 선배 창업가의 경험을 소개한다.""".strip()));
        assertThat(draft.get("source").get(0).get("name").asText()).isEqualTo(name);
        assertThat(draft.get("import").get("format").asText()).isEqualTo(format);
        assertThat(draft.has("id")).isFalse();
    }

    @Test
    void a_heading_alone_on_its_line_takes_every_line_up_to_the_next_heading() {
        String notice = """
                제목
                2026 마을기업 육성 교육 수강생 모집
                1. 사업 개요
                마을기업 설립을 준비하는 주민을 위한 교육입니다.
                2. 신청 방법
                 ○ 기간: 3월 2일 ~ 3월 13일
                 ○ 방법: 동구청 누리집 온라인 신청
                """;

        ObjectNode draft = importer().draft("공고문.txt", notice.getBytes(java.nio.charset.StandardCharsets.UTF_8));

        assertThat(draft.get("title").asText()).isEqualTo("2026 마을기업 육성 교육 수강생 모집");
        assertThat(sections(draft)).containsExactly(
                Map.entry("개요", "마을기업 설립을 준비하는 주민을 위한 교육입니다."),
                Map.entry("신청·문의", "기간: 3월 2일 ~ 3월 13일\n방법: 동구청 누리집 온라인 신청"));
    }

    @Test
    void a_sentence_a_pdf_wrapped_over_two_lines_is_joined_again() {
        ObjectNode draft = importer().draft("기사.pdf", DistrictFiles.pdf(List.of("동구 청년 창업 설명회",
                "광주 동구는 사회적경제 분야 창업을 준비하는 청년을 위해", "청년 창업 설명회를 연다고 밝혔다.")));

        assertThat(draft.get("title").asText()).isEqualTo("동구 청년 창업 설명회");
        assertThat(sections(draft)).containsExactly(Map.entry("개요",
                "광주 동구는 사회적경제 분야 창업을 준비하는 청년을 위해 청년 창업 설명회를 연다고 밝혔다."));
        assertThat(draft.get("import").get("notes").toString()).contains("첫 줄을 제목으로");
    }

    @Test
    void a_file_named_pdf_that_is_really_a_hwpx_is_read_as_hwpx_and_the_officer_is_told() {
        ObjectNode draft = importer().draft("보도자료.pdf", DistrictFiles.hwpx(DistrictFiles.PRESS_RELEASE));

        assertThat(draft.get("import").get("format").asText()).isEqualTo("hwpx");
        assertThat(draft.get("import").get("notes").get(0).asText())
                .isEqualTo("파일 이름은 PDF 파일이지만 내용은 HWPX 파일이라서 HWPX로 읽었습니다.");
    }

    static Stream<Arguments> refused() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        byte[] hwpx = DistrictFiles.hwpx(DistrictFiles.PRESS_RELEASE);
        byte[] cut = java.util.Arrays.copyOf(hwpx, hwpx.length / 2);
        byte[] pdf = DistrictFiles.pdf(DistrictFiles.PRESS_RELEASE);
        byte[] brokenPdf = java.util.Arrays.copyOf(pdf, 200);
        return Stream.of(
                // a picture, whatever it is called
                Arguments.of("보도자료.hwp", png, 415, "unsupported_file"),
                Arguments.of("보도자료.pdf", png, 415, "unsupported_file"),
                Arguments.of("사진.png", png, 415, "unsupported_file"),
                // an old HWP 3.0 file
                Arguments.of("옛문서.hwp", "HWP Document File V3.00 \u001a\u0001\u0002\u0003\u0004\u0005"
                        .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1), 415, "unsupported_file"),
                // a zip that is neither HWPX nor DOCX
                Arguments.of("묶음.hwpx", zip("readme.txt", "안녕하세요"), 415, "unsupported_file"),
                // binary under a text name
                Arguments.of("메모.txt", new byte[] {1, 2, 3, 0, 5}, 415, "unsupported_file"),
                // damaged files of a supported kind
                Arguments.of("보도자료.hwpx", cut, 422, "unreadable_file"),
                Arguments.of("보도자료.pdf", brokenPdf, 422, "unreadable_file"),
                Arguments.of("빈파일.txt", new byte[0], 422, "unreadable_file"),
                Arguments.of("공백.txt", " \n \n".getBytes(java.nio.charset.StandardCharsets.UTF_8), 422,
                        "unreadable_file"),
                // too large
                Arguments.of("큰파일.txt", new byte[DraftImporter.MAX_BYTES + 1], 413, "file_too_large"),
                Arguments.of("압축폭탄.hwpx", zipBomb(), 413, "file_too_large"));
    }

    @ParameterizedTest(name = "{0} → {2} {3}")
    @MethodSource("refused")
    void files_that_cannot_become_a_draft_are_refused_with_a_korean_message(String name, byte[] bytes, int status,
                                                                          String code) {
        assertThatThrownBy(() -> importer().draft(name, bytes)).isInstanceOfSatisfying(DocumentException.class, e -> {
            assertThat(e.status()).isEqualTo(status);
            assertThat(e.code()).isEqualTo(code);
            assertThat(e.getMessage()).containsPattern("[가-힣]").endsWith(".");
        });
    }

    private static Map<String, String> sections(JsonNode draft) {
        Map<String, String> out = new LinkedHashMap<>();
        draft.get("sections").forEach(s -> out.put(s.get("heading").asText(), s.get("text").asText()));
        return out;
    }

    private static byte[] zip(String name, String text) {
        var bytes = new java.io.ByteArrayOutputStream();
        try (var zip = new java.util.zip.ZipOutputStream(bytes)) {
            zip.putNextEntry(new java.util.zip.ZipEntry(name));
            zip.write(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** A HWPX whose section unpacks to far more than the importer reads (zeros compress about 1000:1). */
    private static byte[] zipBomb() {
        var bytes = new java.io.ByteArrayOutputStream();
        try (var zip = new java.util.zip.ZipOutputStream(bytes)) {
            zip.putNextEntry(new java.util.zip.ZipEntry("mimetype"));
            zip.write("application/hwp+zip".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            zip.putNextEntry(new java.util.zip.ZipEntry("Contents/section0.xml"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 80; i++) {
                zip.write(zeros);
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
