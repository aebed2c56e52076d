package kr.donggu.chatbot.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import kr.donggu.chatbot.support.EvalSet;
import kr.donggu.chatbot.support.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Retrieval quality on the project's own questions (colloquial, unspaced, typos, synonyms, English): a hit is the
 * right document and section. Fails below Recall@3 0.95 and Recall@1 0.85; prints the figures.
 */
class RetrievalEvaluationTest {

    @Test
    void meets_recall_and_mrr_targets_on_the_evaluation_set(@TempDir Path data) {
        List<EvalSet.Item> items = EvalSet.load().stream().filter(i -> i.doc() != null).toList();
        assertThat(items).hasSizeGreaterThanOrEqualTo(60);
        int at1 = 0;
        int at3 = 0;
        double reciprocal = 0;
        List<String> misses = new ArrayList<>();
        try (ProgramIndex index = ProgramIndex.open(Fixtures.BUNDLED_KNOWLEDGE, data)) {
            for (EvalSet.Item item : items) {
                List<SearchHit> hits = index.search(item.q(), 10).hits();
                int rank = rankOf(hits, item);
                at1 += rank == 1 ? 1 : 0;
                at3 += rank >= 1 && rank <= 3 ? 1 : 0;
                reciprocal += rank >= 1 ? 1.0 / rank : 0;
                if (rank != 1) {
                    misses.add(item.q() + " → want " + item.doc() + "/" + item.section() + ", rank " + rank
                            + (hits.isEmpty() ? "" : ", got " + hits.get(0).docId() + "/" + hits.get(0).section()));
                }
            }
        }
        double r1 = (double) at1 / items.size();
        double r3 = (double) at3 / items.size();
        System.out.printf("Retrieval eval: %d questions, Recall@1 %.3f, Recall@3 %.3f, MRR %.3f%n",
                items.size(), r1, r3, reciprocal / items.size());
        misses.forEach(m -> System.out.println("  miss: " + m));
        assertThat(r3).as("Recall@3").isGreaterThanOrEqualTo(0.95);
        assertThat(r1).as("Recall@1").isGreaterThanOrEqualTo(0.85);
    }

    private static int rankOf(List<SearchHit> hits, EvalSet.Item item) {
        for (int i = 0; i < hits.size(); i++) {
            SearchHit h = hits.get(i);
            if (h.docId().equals(item.doc()) && item.acceptsSection(h.section())) {
                return i + 1;
            }
        }
        return -1;
    }
}
