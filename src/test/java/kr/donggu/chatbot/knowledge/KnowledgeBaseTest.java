package kr.donggu.chatbot.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import kr.donggu.chatbot.knowledge.ValidationReport.Problem;
import kr.donggu.chatbot.knowledge.ValidationReport.Severity;
import kr.donggu.chatbot.support.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KnowledgeBaseTest {

    @TempDir
    Path dir;

    @Test
    void loads_every_bundled_document_without_errors() {
        KnowledgeBase kb = KnowledgeBase.load(Fixtures.BUNDLED_KNOWLEDGE);

        assertThat(kb.report().errors()).isEmpty();
        assertThat(kb.documents()).hasSizeGreaterThanOrEqualTo(14);
        assertThat(kb.report().documentsLoaded()).isEqualTo(kb.report().filesRead());
        assertThat(kb.documents()).allSatisfy(doc -> {
            assertThat(doc.title()).isNotBlank();
            assertThat(doc.sections()).isNotEmpty();
            assertThat(doc.sources()).isNotEmpty();
        });
        assertThat(kb.find("social-innovation-project")).isPresent();
        assertThat(kb.vocabulary().synonymGroups()).isNotEmpty();
    }

    @Test
    void parses_front_matter_sections_and_criteria() {
        ProgramDocument garden = KnowledgeBase.load(Fixtures.MINI_KNOWLEDGE).find("garden").orElseThrow();

        assertThat(garden.title()).isEqualTo("도심 텃밭 운영");
        assertThat(garden.audience()).containsExactly(Audience.RESIDENT, Audience.ENTERPRISE);
        assertThat(garden.sections()).extracting(Section::heading).containsExactly("개요", "대상", "일정", "신청·문의");
        assertThat(garden.section("대상").orElseThrow().text()).contains("생애전환기 대상자");
        assertThat(garden.coveredPeriod()).contains(Period.ofYear(2025));
        assertThat(garden.eligibility()).extracting(Criterion::key).containsExactly("enterprise_type", "location");
        assertThat(garden.eligibility().get(1).status()).isEqualTo(Criterion.Status.TO_CONFIRM);
    }

    @Test
    void reports_broken_documents_with_file_and_line_and_serves_the_rest() {
        Fixtures.copyOf(Fixtures.MINI_KNOWLEDGE, dir);
        Fixtures.write(dir.resolve("programs/no-id.md"), "---\ntitle: 제목만\naudience: [resident]\n---\n## 개요\n내용.\n");
        Fixtures.write(dir.resolve("programs/bad-yaml.md"), "---\nid: bad\ntitle: [unclosed\n---\n## 개요\n내용.\n");
        Fixtures.write(dir.resolve("programs/zz-dup.md"), "---\nid: garden\ntitle: 중복\naudience: [resident]\n---\n## 개요\n내용.\n");
        Fixtures.write(dir.resolve("programs/audience.md"), "---\nid: aud\ntitle: 대상 오류\naudience: [citizen]\n---\n## 개요\n내용.\n");
        Fixtures.write(dir.resolve("programs/no-header.md"), "## 개요\n머리말이 없습니다.\n");

        KnowledgeBase kb = KnowledgeBase.load(dir);

        assertThat(kb.documents()).extracting(ProgramDocument::id).containsExactly("garden", "market", "networking");
        assertThat(kb.find("garden").orElseThrow().title()).isEqualTo("도심 텃밭 운영");
        assertThat(kb.report().errors()).extracting(Problem::file).containsExactlyInAnyOrder(
                "programs/no-id.md", "programs/bad-yaml.md", "programs/zz-dup.md", "programs/audience.md",
                "programs/no-header.md");
        assertThat(kb.report().errors()).filteredOn(p -> p.file().equals("programs/audience.md"))
                .singleElement().satisfies(p -> {
                    assertThat(p.line()).isEqualTo(4);
                    assertThat(p.messageKo()).contains("citizen");
                    assertThat(p.messageEn()).contains("unknown audience");
                });
        assertThat(kb.report().errors()).filteredOn(p -> p.file().equals("programs/bad-yaml.md"))
                .singleElement().extracting(Problem::line).isNotEqualTo(1);
    }

    @Test
    void a_missing_source_is_a_warning_not_an_error() {
        Fixtures.write(dir.resolve("programs/x.md"), "---\nid: x\ntitle: 엑스\naudience: [resident]\n---\n## 개요\n내용.\n");

        KnowledgeBase kb = KnowledgeBase.load(dir);

        assertThat(kb.documents()).hasSize(1);
        assertThat(kb.report().problems()).filteredOn(p -> p.file().endsWith("x.md")).singleElement()
                .extracting(Problem::severity).isEqualTo(Severity.WARNING);
    }

    @Test
    void fingerprint_changes_when_a_file_changes() {
        Fixtures.copyOf(Fixtures.MINI_KNOWLEDGE, dir);
        String before = KnowledgeBase.load(dir).fingerprint();
        Fixtures.write(dir.resolve("dictionary/synonyms.txt"), "텃밭, 밭\n");

        assertThat(KnowledgeBase.load(dir).fingerprint()).isNotEqualTo(before);
        assertThat(KnowledgeBase.load(dir).fingerprint()).isEqualTo(KnowledgeBase.load(dir).fingerprint());
    }
}
