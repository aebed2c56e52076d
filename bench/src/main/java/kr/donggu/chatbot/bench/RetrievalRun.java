package kr.donggu.chatbot.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Several retrievers over one corpus's questions, interleaved: question by question, every system in turn (in an
 * order that rotates), so a load spike on the shared machine slows all of them alike and the latency ratio between
 * them holds even where the absolute figures do not. A warm-up of 1,000 searches per system is not timed, and a small
 * set is asked several times over so that its percentiles rest on at least 2,000 timings (ranks from the first pass).
 */
final class RetrievalRun {

    static final int K = 10;
    private static final int WARM_UP = 1_000;
    private static final int TIMINGS = 2_000;

    /** Per system, the 1-based rank of the first relevant chunk for each question (0: not in the top K). */
    record Ranks(String system, int[] relevant, int[] program, List<Double> millis) {
        boolean[] hitsAt1() {
            boolean[] out = new boolean[relevant.length];
            for (int i = 0; i < out.length; i++) {
                out[i] = relevant[i] == 1;
            }
            return out;
        }
    }

    private RetrievalRun() {
    }

    static Map<String, Ranks> run(List<Questions.Question> questions, Map<String, Baselines.Retriever> systems)
            throws IOException {
        List<String> names = List.copyOf(systems.keySet());
        for (int i = 0; i < WARM_UP; i++) {
            for (Baselines.Retriever r : systems.values()) {
                r.search(questions.get(i % questions.size()).text(), K);
            }
        }
        Map<String, Ranks> out = new LinkedHashMap<>();
        names.forEach(n -> out.put(n, new Ranks(n, new int[questions.size()], new int[questions.size()],
                new ArrayList<>(questions.size()))));
        int passes = (TIMINGS + questions.size() - 1) / questions.size();
        for (int n = 0; n < passes * questions.size(); n++) {
            int i = n % questions.size();
            Questions.Question q = questions.get(i);
            for (int s = 0; s < names.size(); s++) {
                String name = names.get((n + s) % names.size());
                long t0 = System.nanoTime();
                List<String> keys = systems.get(name).search(q.text(), K);
                Ranks ranks = out.get(name);
                ranks.millis().add((System.nanoTime() - t0) / 1e6);
                ranks.relevant()[i] = rank(keys, q, true);
                ranks.program()[i] = rank(keys, q, false);
            }
        }
        return out;
    }

    private static int rank(List<String> keys, Questions.Question q, boolean section) {
        for (int i = 0; i < keys.size(); i++) {
            if (section ? q.relevant(keys.get(i)) : q.sameProgram(keys.get(i))) {
                return i + 1;
            }
        }
        return 0;
    }
}
