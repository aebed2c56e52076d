package kr.donggu.chatbot.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.GZIPInputStream;
import kr.donggu.chatbot.knowledge.Audience;
import kr.donggu.chatbot.knowledge.KnowledgeBase;
import kr.donggu.chatbot.knowledge.ProgramDocument;
import kr.donggu.chatbot.knowledge.Section;
import kr.donggu.chatbot.support.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The product's first-stage ranking ({@link ProgramIndex#rank}) on a public benchmark, so retrieval is not tuned to our own questions only: paragraph
 * retrieval on KorQuAD 1.0 dev (964 paragraphs, 5,774 questions), paragraphs only, without their article titles
 * (30 % of the questions contain the title, which would flatter any system). The gate sits just under what this path
 * reaches (bench/REPORT.md: Nori's stock analyzer gets 0.900 on the same set). The file is in the repository
 * ({@code src/test/resources/korquad/}, verbatim, gzip-compressed, with its licence); {@code KORQUAD_FILE} may
 * point to another copy.
 */
class KorQuadRetrievalTest {

    static final double GATE = 0.92;
    static final String RESOURCE = "/korquad/KorQuAD_v1.0_dev.json.gz";
    static final String SHA256 = "25ffeb51e6c51ec02c071b60a10188e10005c144110f0d876b26079d80a35bdf";

    record Question(String text, String paragraphId) {
    }

    @Test
    void the_bundled_file_is_the_published_one_unmodified() throws IOException, NoSuchAlgorithmException {
        byte[] json = bundled();

        assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(json))).isEqualTo(SHA256);
    }

    @Test
    void recall_at_1_on_korquad_dev_paragraphs_without_titles_stays_above_the_gate(@TempDir Path data)
            throws IOException {
        List<ProgramDocument> paragraphs = new ArrayList<>();
        List<Question> questions = new ArrayList<>();
        read(korquad(), paragraphs, questions);
        var vocabulary = KnowledgeBase.load(Fixtures.BUNDLED_KNOWLEDGE).vocabulary();
        int at1 = 0;
        try (ProgramIndex index = ProgramIndex.of(KnowledgeBase.of(paragraphs, vocabulary), data)) {
            for (Question q : questions) {
                List<SearchHit> hits = index.rank(q.text(), 1);
                at1 += !hits.isEmpty() && hits.get(0).docId().equals(q.paragraphId()) ? 1 : 0;
            }
        }
        double r1 = (double) at1 / questions.size();
        System.out.printf("KorQuAD 1.0 dev, paragraphs without titles: %d paragraphs, %d questions, Recall@1 %.4f%n",
                paragraphs.size(), questions.size(), r1);
        assertThat(paragraphs).hasSize(964);
        assertThat(questions).hasSize(5774);
        assertThat(r1).as("Recall@1").isGreaterThanOrEqualTo(GATE);
    }

    private static byte[] korquad() throws IOException {
        String override = System.getenv("KORQUAD_FILE");
        if (override == null) {
            return bundled();
        }
        byte[] raw = Files.readAllBytes(Path.of(override));
        return override.endsWith(".gz") ? new GZIPInputStream(new java.io.ByteArrayInputStream(raw)).readAllBytes() : raw;
    }

    private static byte[] bundled() throws IOException {
        try (InputStream in = KorQuadRetrievalTest.class.getResourceAsStream(RESOURCE)) {
            assertThat(in).as(RESOURCE + " on the test classpath").isNotNull();
            return new GZIPInputStream(in).readAllBytes();
        }
    }

    /** Every paragraph a document with an empty title and one section; every question points at its paragraph. */
    static void read(byte[] json, List<ProgramDocument> paragraphs, List<Question> questions) throws IOException {
        JsonNode root = new ObjectMapper().readTree(json);
        for (JsonNode article : root.get("data")) {
            for (JsonNode p : article.get("paragraphs")) {
                String id = "p" + paragraphs.size();
                paragraphs.add(new ProgramDocument(id, "", "korquad", null, List.of(Audience.RESIDENT), "",
                        List.of(), null, null, null, List.of(), null, List.of(),
                        List.of(new Section("본문", p.get("context").asText())), id));
                for (JsonNode qa : p.get("qas")) {
                    questions.add(new Question(qa.get("question").asText(), id));
                }
            }
        }
    }
}
