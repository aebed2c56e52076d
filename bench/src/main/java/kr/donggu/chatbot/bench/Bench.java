package kr.donggu.chatbot.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kr.donggu.chatbot.knowledge.KnowledgeBase;
import kr.donggu.chatbot.knowledge.Vocabulary;
import kr.donggu.chatbot.search.RankingVariants;

/**
 * The benchmark harness: start-up, load and memory of the product jar as a separate process, reliability under
 * kill -9 and broken inputs, index scale, and retrieval like with like (with an ablation). Writes bench/REPORT.md
 * and bench/report.json. Run it with {@code bench/run}; {@code bench/run retrieval} runs the retrieval part alone
 * and writes bench/out/retrieval.md instead.
 */
public final class Bench {

    public static void main(String[] args) throws Exception {
        Path jar = Path.of(args.length > 0 ? args[0] : "bench/out/donggu-chatbot.jar").toAbsolutePath();
        boolean retrievalOnly = args.length > 1 && args[1].equals("retrieval");
        Path knowledge = Path.of("knowledge").toAbsolutePath();
        Path work = Files.createDirectories(Path.of("bench/out/work").toAbsolutePath());
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("date", Instant.now().toString());
        report.put("machine", Runtime.getRuntime().availableProcessors() + " cores, Java "
                + System.getProperty("java.version") + ", server heap -Xmx256m, load average "
                + String.format("%.1f", java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                        .getSystemLoadAverage()) + " at the start");
        if (!retrievalOnly) {
            List<String> questions = Questions.all();
            System.out.println("== start-up and load");
            report.put("startupMillis", StartupAndLoad.startups(jar, knowledge, work));
            report.putAll(StartupAndLoad.load(jar, knowledge, work, questions));
            System.out.println("== reliability");
            report.put("reliability", Reliability.run(jar, knowledge, work, questions));
            System.out.println("== several nodes: SQLite and PostgreSQL");
            report.put("cluster", ClusterBench.run(jar, knowledge, work, questions));
            System.out.println("== scale");
            report.put("scale", ScaleBench.run(KnowledgeBase.load(knowledge).vocabulary(), work));
        }
        retrieval(report, knowledge, work);
        write(report, retrievalOnly);
    }

    private static void retrieval(Map<String, Object> report, Path knowledge, Path work) throws Exception {
        System.out.println("== retrieval, like with like");
        Vocabulary vocabulary = KnowledgeBase.load(knowledge).vocabulary();
        Questions.Corpus eval = Questions.evalSet(knowledge);
        Questions.Corpus passages = Questions.korquad(false, vocabulary);
        Questions.Corpus titled = Questions.korquad(true, vocabulary);
        List<RetrievalComparison.Result> like = new ArrayList<>();
        like.addAll(RetrievalComparison.likeWithLike(eval, true, work));
        like.addAll(RetrievalComparison.likeWithLike(passages, true, work));
        like.addAll(RetrievalComparison.likeWithLike(titled, false, work));
        report.put("retrieval", like);
        System.out.println("== retrieval ablation");
        List<RetrievalComparison.Result> ablation = new ArrayList<>();
        ablation.addAll(RetrievalComparison.ablation(passages, false, work));
        ablation.addAll(RetrievalComparison.ablation(eval, true, work));
        report.put("ablation", ablation);
        report.put("ranking", RankingVariants.describeProduct());
    }

    private static void write(Map<String, Object> report, boolean retrievalOnly) throws Exception {
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).findAndRegisterModules();
        String markdown = retrievalOnly ? ReportWriter.retrieval(report) : ReportWriter.markdown(report);
        Path md = Path.of(retrievalOnly ? "bench/out/retrieval.md" : "bench/REPORT.md");
        json.writeValue(Path.of(retrievalOnly ? "bench/out/retrieval.json" : "bench/report.json").toFile(), report);
        Files.writeString(md, markdown);
        System.out.println(markdown);
    }
}
