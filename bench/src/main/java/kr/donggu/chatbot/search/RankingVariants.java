package kr.donggu.chatbot.search;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kr.donggu.chatbot.knowledge.KnowledgeBase;

/**
 * The benchmark's handle on {@link Ranking}, which the product keeps package-private: the product's own search path
 * with one part of first-stage ranking changed at a time. Compiled only in the {@code bench} profile, never shipped.
 */
public final class RankingVariants {

    public static final String PRODUCT = "product";
    public static final String NORI_ONLY = "Nori fields only";
    public static final String BIGRAMS_ONLY = "bigram field only";
    public static final String PAIRS_ONLY = "word-pair field only";

    private static final Map<String, Ranking> VARIANTS = variants();

    private RankingVariants() {
    }

    /** The product first; every other name says the one part in which it differs from the product. */
    public static List<String> names() {
        return List.copyOf(VARIANTS.keySet());
    }

    public static ProgramIndex open(KnowledgeBase knowledge, Path dataDir, String name) {
        return ProgramIndex.of(knowledge, dataDir, VARIANTS.get(name));
    }

    public static String describeProduct() {
        Ranking r = Ranking.DEFAULT;
        return String.format("k1 %.1f on passage text and word pairs (1.2 on the other fields), Nori fields ×%.1f, "
                + "bigrams ×%.1f, word pairs ×%.1f", r.k1(), r.nori(), r.bigrams(), r.pairs());
    }

    private static Map<String, Ranking> variants() {
        Ranking p = Ranking.DEFAULT;
        Map<String, Ranking> out = new LinkedHashMap<>();
        out.put(PRODUCT, p);
        out.put("without the word-pair field", new Ranking(p.k1(), p.nori(), p.bigrams(), 0));
        out.put("without the bigram field", new Ranking(p.k1(), p.nori(), 0, p.pairs()));
        out.put("Lucene's k1 = 1.2 instead of " + p.k1(), new Ranking(1.2f, p.nori(), p.bigrams(), p.pairs()));
        out.put("before #18: k1 = 1.2, no word pairs", new Ranking(1.2f, p.nori(), p.bigrams(), 0));
        out.put(NORI_ONLY, new Ranking(p.k1(), p.nori(), 0, 0));
        out.put(BIGRAMS_ONLY, new Ranking(p.k1(), 0, p.bigrams(), 0));
        out.put(PAIRS_ONLY, new Ranking(p.k1(), 0, 0, p.pairs()));
        return out;
    }
}
