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

/**
 * The benchmark harness: start-up, load and memory of the product jar as a separate process, reliability under
 * kill -9 and broken inputs, index scale, and retrieval side by side with two baselines. Writes bench/REPORT.md
 * and bench/report.json. Run it with {@code bench/run}.
 */
public final class Bench {

    public static void main(String[] args) throws Exception {
        Path jar = Path.of(args.length > 0 ? args[0] : "bench/out/donggu-chatbot.jar").toAbsolutePath();
        Path knowledge = Path.of("knowledge").toAbsolutePath();
        Path work = Files.createDirectories(Path.of("bench/out/work").toAbsolutePath());
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("date", Instant.now().toString());
        report.put("machine", Runtime.getRuntime().availableProcessors() + " cores, Java "
                + System.getProperty("java.version") + ", server heap -Xmx256m");
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
        System.out.println("== retrieval side by side");
        List<RetrievalComparison.Result> retrieval = new ArrayList<>();
        retrieval.addAll(RetrievalComparison.compare("project eval set", KnowledgeBase.load(knowledge),
                Questions.evalSet(knowledge), work));
        Questions.KorQuad korquad = Questions.korquad();
        retrieval.addAll(RetrievalComparison.compare("KorQuAD 1.0 dev", KnowledgeBase.of(korquad.paragraphs(),
                KnowledgeBase.load(knowledge).vocabulary()), korquad.questions(), work));
        report.put("retrieval", retrieval);

        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).findAndRegisterModules()
                .writeValue(Path.of("bench/report.json").toFile(), report);
        Files.writeString(Path.of("bench/REPORT.md"), ReportWriter.markdown(report));
        System.out.println(Files.readString(Path.of("bench/REPORT.md")));
    }
}
