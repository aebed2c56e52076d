package kr.donggu.chatbot.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kr.donggu.chatbot.knowledge.KnowledgeBase;
import kr.donggu.chatbot.knowledge.Vocabulary;
import kr.donggu.chatbot.search.ProgramIndex;
import kr.donggu.chatbot.search.RankingVariants;
import org.apache.lucene.analysis.ko.KoreanAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;

/**
 * Retrieval side by side, like with like: every system over the same chunks (same titles or none) and the same raw
 * questions, in one interleaved run per corpus; each row tested against a reference row with McNemar's exact test.
 * Two tables: the product against Nori's defaults and the other baselines, and the product's ablation.
 */
final class RetrievalComparison {

    static final String NORI_DEFAULTS = "Nori defaults: KoreanAnalyzer(), BM25";
    static final String PRODUCT = "product, first stage (ProgramIndex.rank)";
    private static final int FUSED_DEPTH = 40;
    private static final int RRF_K = 60;

    /** One row; the half figures are KorQuAD's even (tuning) and odd (held-out) articles, null elsewhere. */
    record Result(String corpus, String system, int questions, double recallAt1, double recallAt3, double mrr,
                  double programAt1, double p50Millis, double p99Millis, Double recallAt1Even, Double recallAt1Odd,
                  String comparedWith, int won, int lost, double p) {
    }

    private RetrievalComparison() {
    }

    static List<Result> likeWithLike(Questions.Corpus corpus, boolean embeddings, Path work) throws Exception {
        Map<String, Baselines.Retriever> systems = new LinkedHashMap<>();
        systems.put(NORI_DEFAULTS, Baselines.bm25(corpus.knowledge(), new KoreanAnalyzer()));
        try (ProgramIndex product = ProgramIndex.of(corpus.knowledge(), dir(work, corpus, "product"));
             ProgramIndex plain = ProgramIndex.of(KnowledgeBase.of(corpus.knowledge().documents(), Vocabulary.empty()),
                     dir(work, corpus, "plain"))) {
            systems.put(PRODUCT, firstStage(product));
            systems.put("product, whole search (ProgramIndex.search: + evidence sentences)", search(product));
            systems.put("product first stage without dictionary and synonyms", firstStage(plain));
            systems.put("Lucene StandardAnalyzer, BM25", Baselines.bm25(corpus.knowledge(), new StandardAnalyzer()));
            if (embeddings) {
                systems.put("LangChain4j all-MiniLM-L6-v2, in-memory store", Baselines.embeddings(corpus.knowledge()));
            }
            return results(corpus, RetrievalRun.run(corpus.questions(), systems), NORI_DEFAULTS);
        }
    }

    /** @param wholeSearch the whole search path (as RetrievalEvaluationTest measures it) instead of the first stage */
    static List<Result> ablation(Questions.Corpus corpus, boolean wholeSearch, Path work) throws Exception {
        Map<String, ProgramIndex> indexes = new LinkedHashMap<>();
        try {
            for (String name : RankingVariants.names()) {
                indexes.put(name, RankingVariants.open(corpus.knowledge(), dir(work, corpus, "v" + indexes.size()), name));
            }
            Map<String, Baselines.Retriever> systems = new LinkedHashMap<>();
            indexes.forEach((name, index) -> systems.put(name, wholeSearch ? search(index) : firstStage(index)));
            systems.put("the three fields' runs fused by reciprocal rank (k = 60) instead of scores added",
                    fused(List.of(indexes.get(RankingVariants.NORI_ONLY), indexes.get(RankingVariants.BIGRAMS_ONLY),
                            indexes.get(RankingVariants.PAIRS_ONLY)), wholeSearch));
            return results(corpus, RetrievalRun.run(corpus.questions(), systems), RankingVariants.PRODUCT);
        } finally {
            indexes.values().forEach(ProgramIndex::close);
        }
    }

    private static Baselines.Retriever firstStage(ProgramIndex index) {
        return (q, k) -> index.rank(q, k).stream().map(h -> h.docId() + "\t" + h.section()).toList();
    }

    private static Baselines.Retriever search(ProgramIndex index) {
        return (q, k) -> index.search(q, k).hits().stream().map(h -> h.docId() + "\t" + h.section()).toList();
    }

    private static Baselines.Retriever fused(List<ProgramIndex> parts, boolean wholeSearch) {
        return (q, k) -> {
            Map<String, Double> score = new HashMap<>();
            for (ProgramIndex index : parts) {
                List<String> keys = (wholeSearch ? search(index) : firstStage(index)).search(q, FUSED_DEPTH);
                for (int i = 0; i < keys.size(); i++) {
                    score.merge(keys.get(i), 1.0 / (RRF_K + i + 1), Double::sum);
                }
            }
            return score.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                    .limit(k).map(Map.Entry::getKey).toList();
        };
    }

    private static List<Result> results(Questions.Corpus corpus, Map<String, RetrievalRun.Ranks> runs,
                                        String reference) {
        boolean[] ref = runs.get(reference).hitsAt1();
        List<Result> out = new ArrayList<>();
        for (RetrievalRun.Ranks r : runs.values()) {
            McNemar.Result m = McNemar.compare(r.hitsAt1(), ref);
            boolean halves = corpus.questions().stream().anyMatch(q -> q.half() >= 0);
            out.add(new Result(corpus.name(), r.system(), r.relevant().length, share(r.relevant(), 1), share(r.relevant(), 3),
                    mrr(r.relevant()), share(r.program(), 1), Stats.percentile(r.millis(), 50),
                    Stats.percentile(r.millis(), 99), halves ? half(corpus, r, 0) : null,
                    halves ? half(corpus, r, 1) : null, reference, m.won(), m.lost(), m.p()));
        }
        return out;
    }

    private static double share(int[] ranks, int atMost) {
        long n = java.util.Arrays.stream(ranks).filter(r -> r >= 1 && r <= atMost).count();
        return (double) n / ranks.length;
    }

    private static double mrr(int[] ranks) {
        return java.util.Arrays.stream(ranks).mapToDouble(r -> r == 0 ? 0 : 1.0 / r).sum() / ranks.length;
    }

    private static double half(Questions.Corpus corpus, RetrievalRun.Ranks r, int half) {
        int hits = 0;
        int n = 0;
        for (int i = 0; i < r.relevant().length; i++) {
            if (corpus.questions().get(i).half() == half) {
                n++;
                hits += r.relevant()[i] == 1 ? 1 : 0;
            }
        }
        return (double) hits / n;
    }

    private static Path dir(Path work, Questions.Corpus corpus, String system) throws IOException {
        return Files.createDirectories(work.resolve("retrieval").resolve(corpus.name().replaceAll("\\W+", "-") + "-" + system));
    }
}
