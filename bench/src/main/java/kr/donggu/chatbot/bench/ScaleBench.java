package kr.donggu.chatbot.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import kr.donggu.chatbot.knowledge.KnowledgeBase;
import kr.donggu.chatbot.knowledge.ProgramDocument;
import kr.donggu.chatbot.knowledge.Vocabulary;
import kr.donggu.chatbot.search.ProgramIndex;

/** Index build time and query latency as the corpus grows: 100, 1,000 and 10,000 synthetic documents. */
final class ScaleBench {

    record Result(int documents, int chunks, double buildMillis, double queryP50Millis, double queryP99Millis) {
    }

    private ScaleBench() {
    }

    static List<Result> run(Vocabulary vocabulary, Path work) throws Exception {
        List<Result> results = new ArrayList<>();
        for (int n : new int[] {100, 1_000, 10_000}) {
            List<ProgramDocument> docs = Synthetic.documents(n, 42);
            Path dir = Files.createTempDirectory(work, "scale-" + n);
            long t0 = System.nanoTime();
            try (ProgramIndex index = ProgramIndex.of(KnowledgeBase.of(docs, vocabulary), dir)) {
                double build = (System.nanoTime() - t0) / 1e6;
                List<String> questions = Synthetic.questions(docs, 2_000, 7);
                questions.subList(0, 300).forEach(q -> index.search(q, 5));   // warm-up
                List<Double> latencies = new ArrayList<>();
                for (String q : questions) {
                    long s = System.nanoTime();
                    index.search(q, 5);
                    latencies.add((System.nanoTime() - s) / 1e6);
                }
                results.add(new Result(n, index.chunkCount(), build, Stats.percentile(latencies, 50),
                        Stats.percentile(latencies, 99)));
            }
        }
        return results;
    }
}
