package kr.donggu.chatbot.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.stream.Stream;
import kr.donggu.chatbot.support.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class DocumentFormTest {

    private static final KnowledgeBase BUNDLED = KnowledgeBase.load(Fixtures.BUNDLED_KNOWLEDGE);
    private static final ObjectMapper JSON = new ObjectMapper();

    static Stream<ProgramDocument> bundled() {
        return BUNDLED.documents().stream();
    }

    @ParameterizedTest
    @MethodSource("bundled")
    void every_bundled_document_reads_into_a_form_and_writes_back_to_the_same_document(ProgramDocument original) {
        String text = textOf(original);

        String written = DocumentForm.write(DocumentForm.read(text));

        KnowledgeBase reloaded = KnowledgeBase.load(Fixtures.BUNDLED_KNOWLEDGE,
                DocumentSource.folder(Fixtures.BUNDLED_KNOWLEDGE).with(original.fileName(), written));
        assertThat(reloaded.report().errors()).isEmpty();
        assertThat(reloaded.find(original.id())).contains(original);
    }

    @Test
    void header_values_are_kept_on_one_line_so_none_can_close_the_front_matter() throws Exception {
        ObjectNode form = (ObjectNode) JSON.readTree("""
                {"id": "x", "title": "가\\n---\\n나", "audience": ["resident"],
                 "sections": [{"heading": "개요", "text": "첫 줄입니다.\\n\\n둘째 문단입니다."}]}""");

        String written = DocumentForm.write(form);

        assertThat(written).contains("title: 가 --- 나").contains("첫 줄입니다.\n\n둘째 문단입니다.");
        assertThat(written.lines().filter(l -> l.strip().equals("---"))).hasSize(2);
    }

    @Test
    void empty_values_are_left_out_and_a_year_typed_as_text_is_written_as_a_number() throws Exception {
        JsonNode form = JSON.readTree("""
                {"id": "x", "title": "제목", "category": " ", "keywords": ["", "텃밭"], "year": "2026",
                 "period": {"start": "", "end": null}, "version": 3, "sections": []}""");

        String written = DocumentForm.write(form);

        assertThat(written).contains("year: 2026\n").contains("- 텃밭").doesNotContain("category")
                .doesNotContain("period").doesNotContain("version");
    }

    @Test
    void a_section_without_a_heading_is_refused() throws Exception {
        JsonNode form = JSON.readTree("""
                {"id": "x", "sections": [{"heading": " ", "text": "내용입니다."}]}""");

        assertThatThrownBy(() -> DocumentForm.write(form)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("절 제목");
    }

    @Test
    void a_file_whose_header_is_broken_still_opens_with_its_sections() {
        ObjectNode form = DocumentForm.read("---\nid: [x\n---\n# 제목\n\n## 일정\n3월에 열립니다.\n");

        assertThat(form.has("id")).isFalse();
        assertThat(form.get("sections").get(0).get("heading").asText()).isEqualTo("일정");
        assertThat(form.get("sections").get(0).get("text").asText()).isEqualTo("3월에 열립니다.");
    }

    @Test
    void a_single_source_line_becomes_a_list_of_named_sources() {
        ObjectNode form = DocumentForm.read("---\nid: x\nsource: 동구청 보도자료\n---\n## 개요\n내용.\n");

        assertThat(form.get("source").get(0).get("name").asText()).isEqualTo("동구청 보도자료");
        assertThat(List.of(form.fieldNames().next())).containsExactly("id");
    }

    private static String textOf(ProgramDocument doc) {
        try {
            return java.nio.file.Files.readString(Fixtures.BUNDLED_KNOWLEDGE.resolve(doc.fileName()));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
