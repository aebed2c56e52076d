package kr.donggu.chatbot.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import kr.donggu.chatbot.support.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProgramIndexTest {

    @TempDir
    Path data;

    @ParameterizedTest
    @CsvSource({
            // plain, unspaced, synonym of a name, typo
            "도심 텃밭은 누가 참여해요?, garden, 대상",
            "도심텃밭누가참여해요, garden, 대상",
            "텃빹은 누가 참여해요?, garden, 대상",
            "ESG 환경마켓이 뭐예요?, market, 개요",
            "친환경 장터 몇 개 기업이 했어요?, market, 내용",
            "네트워킹 데이 언제 했어요?, networking, 일정",
            "네트워킹데이 언제였나요, networking, 일정",
            "What is the networking day?, networking, 개요",
    })
    void finds_the_program_and_section_that_answers(String question, String docId, String section) {
        try (ProgramIndex index = ProgramIndex.open(Fixtures.MINI_KNOWLEDGE, data)) {
            SearchResult result = index.search(question, 3);

            assertThat(result.confident()).as("confident for %s (coverage %.2f)", question, result.coverage()).isTrue();
            assertThat(result.hits().get(0).docId()).isEqualTo(docId);
            if (!section.equals("*")) {
                assertThat(result.hits().get(0).section()).isEqualTo(section);
            }
        }
    }

    @ParameterizedTest
    @CsvSource({"여권 발급은 어디서 해요?", "동구청 주차장 몇 시까지 해요?", "오늘 날씨 어때요?", "비트코인 시세 알려줘",
            // general services that share a word with a program are not that program
            "주말농장 신청하고 싶어요", "동구 도시농업 지원 있어요?", "봉사활동 하고 싶어요"})
    void is_not_confident_about_questions_outside_the_knowledge(String question) {
        try (ProgramIndex index = ProgramIndex.open(Fixtures.MINI_KNOWLEDGE, data)) {
            assertThat(index.search(question, 3).confident()).isFalse();
        }
    }

    @Test
    void favours_the_conversation_program_for_a_follow_up() {
        try (ProgramIndex index = ProgramIndex.open(Fixtures.MINI_KNOWLEDGE, data)) {
            SearchResult result = index.search("거기는 누가 참여해요?", 3, "garden");

            assertThat(result.confident()).isTrue();
            assertThat(result.hits().get(0).docId()).isEqualTo("garden");
            assertThat(result.hits().get(0).section()).isEqualTo("대상");
        }
    }

    @Test
    void survives_hostile_query_text() {
        try (ProgramIndex index = ProgramIndex.open(Fixtures.MINI_KNOWLEDGE, data)) {
            for (String q : List.of("\"", "((", "*?", "텃밭\" OR (", "AND OR NOT", "", "   ", "😀", "\u0000")) {
                assertThat(index.search(q, 3)).isNotNull();
            }
        }
    }

    @Test
    void reuses_a_current_index_and_rebuilds_a_corrupt_one() throws IOException {
        try (ProgramIndex index = ProgramIndex.open(Fixtures.MINI_KNOWLEDGE, data)) {
            assertThat(index.chunkCount()).isEqualTo(8);
        }
        Path current = data.resolve("index/current");
        try (Stream<Path> files = Files.list(current)) {
            for (Path f : files.toList()) {
                Files.write(f, new byte[] {1, 2, 3});
            }
        }
        try (ProgramIndex index = ProgramIndex.open(Fixtures.MINI_KNOWLEDGE, data)) {
            assertThat(index.chunkCount()).isEqualTo(8);
            assertThat(index.search("도심 텃밭", 1).hits()).isNotEmpty();
        }
    }

    @Test
    void hot_reload_under_concurrent_queries_loses_no_query(@TempDir Path knowledge) throws Exception {
        Fixtures.copyOf(Fixtures.MINI_KNOWLEDGE, knowledge);
        try (ProgramIndex index = ProgramIndex.open(knowledge, data);
             KnowledgeWatcher watcher = KnowledgeWatcher.start(knowledge, index)) {
            ExecutorService pool = Executors.newFixedThreadPool(4);
            AtomicBoolean running = new AtomicBoolean(true);
            List<Future<Integer>> workers = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                workers.add(pool.submit(() -> {
                    int n = 0;
                    while (running.get()) {
                        assertThat(index.search("도심 텃밭 누가 참여해요", 3).hits()).isNotEmpty();
                        n++;
                    }
                    return n;
                }));
            }
            for (int i = 0; i < 5; i++) {
                Fixtures.write(knowledge.resolve("programs/extra-" + i + ".md"), "---\nid: extra-" + i
                        + "\ntitle: 새 사업 " + i + "\naudience: [resident]\nsource: [테스트]\n---\n## 개요\n새 사업 " + i
                        + "은 동구 청년 창업 공간입니다.\n");
                index.reload();
            }
            waitUntil(() -> index.knowledge().documents().size() == 8);
            running.set(false);
            int total = 0;
            for (Future<Integer> w : workers) {
                total += w.get(10, TimeUnit.SECONDS);   // an assertion failure inside a worker surfaces here
            }
            pool.shutdown();
            assertThat(total).isPositive();
            assertThat(index.search("청년 창업 공간", 1).hits().get(0).docId()).startsWith("extra-");
        }
    }

    @Test
    void the_watcher_picks_up_an_edited_document(@TempDir Path knowledge) throws Exception {
        Fixtures.copyOf(Fixtures.MINI_KNOWLEDGE, knowledge);
        try (ProgramIndex index = ProgramIndex.open(knowledge, data);
             KnowledgeWatcher watcher = KnowledgeWatcher.start(knowledge, index)) {
            String market = Files.readString(knowledge.resolve("programs/market.md"));
            Files.writeString(knowledge.resolve("programs/market.md"), market.replace("친환경 물품", "업사이클링 물품"));

            waitUntil(() -> index.search("업사이클링", 1).confident());

            assertThat(index.search("업사이클링 물품", 1).hits().get(0).docId()).isEqualTo("market");
        }
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("condition not met within 15 s").isLessThan(deadline);
            Thread.sleep(50);
        }
    }
}
