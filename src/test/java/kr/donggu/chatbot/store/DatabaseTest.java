package kr.donggu.chatbot.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import kr.donggu.chatbot.support.Db;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {

    private static final Instant NOW = Instant.parse("2026-11-24T03:00:00Z");

    @TempDir
    Path dir;

    static Turn turn(String id, String session, boolean answered, String externalId, Instant at) {
        return new Turn(id, session, "web", externalId, "질문 " + id, "답변 " + id, answered, answered ? null : "not_found",
                List.of(new SourceRef("networking-day", "네트워킹 DAY", "일정")), "networking-day", 1200, "embedded", at);
    }

    @Test
    void migrates_once_and_configures_every_connection() {
        try (Database db = Database.open(dir)) {
            assertThat(db.integrityCheck()).isEqualTo("ok");
        }
        try (Database db = Database.open(dir)) {
            db.conversations().saveTurn(turn("m-1", "s-1", true, null, NOW), "{}");
        }
        assertThat(Db.column(dir, "SELECT script FROM schema_version ORDER BY version"))
                .containsExactly("V1__init.sql", "V4__audit.sql");
        assertThat(Db.column(dir, "PRAGMA journal_mode")).containsExactly("wal");
    }

    @Test
    void stores_a_turn_with_its_state_and_records_unanswered_questions() {
        try (Database db = Database.open(dir)) {
            ConversationRepository repo = db.conversations();
            repo.saveTurn(turn("m-1", "s-1", true, null, NOW), "{\"programId\":\"a\"}");
            repo.saveTurn(turn("m-2", "s-1", false, null, NOW.plusSeconds(1)), "{\"programId\":\"b\"}");

            assertThat(repo.sessionState("s-1")).contains("{\"programId\":\"b\"}");
            assertThat(repo.history("s-1", 10)).extracting(Turn::messageId).containsExactly("m-1", "m-2");
            assertThat(repo.findMessage("m-2").orElseThrow().sources()).extracting(SourceRef::section).containsExactly("일정");
            assertThat(db.stats().unanswered(10)).extracting(Records.UnansweredQuestion::messageId).containsExactly("m-2");
            Records.Stats stats = db.stats().stats(NOW.minus(Duration.ofDays(1)));
            assertThat(stats.questions()).isEqualTo(2);
            assertThat(stats.answeredRate()).isEqualTo(0.5);
            assertThat(stats.channels()).containsEntry("web", 2L);
            assertThat(stats.topPrograms()).containsEntry("networking-day", 2L);
        }
    }

    @Test
    void a_platform_retry_is_stored_once() {
        try (Database db = Database.open(dir)) {
            db.conversations().saveTurn(turn("m-1", "s-1", true, "update-7", NOW), "{}");
            assertThatThrownBy(() -> db.conversations().saveTurn(turn("m-2", "s-1", true, "update-7", NOW), "{}"))
                    .isInstanceOf(DuplicateTurnException.class);
            assertThat(db.conversations().countMessages()).isEqualTo(1);
            assertThat(db.conversations().findByExternalId("web", "update-7")).isPresent();
        }
    }

    @Test
    void concurrent_writers_lose_nothing() throws Exception {
        try (Database db = Database.open(dir)) {
            ExecutorService pool = Executors.newFixedThreadPool(8);
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int thread = t;
                futures.add(pool.submit(() -> {
                    for (int i = 0; i < 200; i++) {
                        db.conversations().saveTurn(turn("m-" + thread + "-" + i, "s-" + thread, true, null, NOW), "{}");
                    }
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
            pool.shutdown();
            assertThat(db.conversations().countMessages()).isEqualTo(1600);
        }
    }

    @Test
    void feedback_needs_an_existing_message_of_the_session() {
        try (Database db = Database.open(dir)) {
            db.conversations().saveTurn(turn("m-1", "s-1", true, null, NOW), "{}");
            assertThat(db.feedback().save("s-1", "m-1", "down", "틀렸어요", NOW)).isTrue();
            assertThat(db.feedback().save("s-2", "m-1", "up", null, NOW)).isFalse();
            assertThat(db.feedback().recent(10)).singleElement().satisfies(f -> {
                assertThat(f.question()).isEqualTo("질문 m-1");
                assertThat(f.rating()).isEqualTo("down");
            });
        }
    }

    @Test
    void tickets_are_created_listed_and_updated() {
        try (Database db = Database.open(dir)) {
            String a = db.handoffs().create("s-1", "홍길동", "010-1111-2222", "문의", NOW);
            String b = db.handoffs().create(null, "김동구", "dong@example.kr", "문의", NOW.plusSeconds(5));
            assertThat(a).isNotEqualTo(b).startsWith("T-20261124-");
            assertThat(db.handoffs().updateStatus(a, "closed")).isTrue();
            assertThat(db.handoffs().list(10)).extracting(Records.Ticket::status).containsExactly("open", "closed");
        }
    }

    @Test
    void chat_memory_is_written_once_per_finished_turn_and_survives_reopening() {
        List<ChatMessage> turn = List.of(SystemMessage.from("규칙"), UserMessage.from("텃밭?"));
        try (Database db = Database.open(dir)) {
            db.chatMemory().updateMessages("s-1", turn);
            assertThat(Db.count(dir, "SELECT COUNT(*) FROM chat_memory")).isZero();
            List<ChatMessage> finished = new ArrayList<>(turn);
            finished.add(AiMessage.from("도심 텃밭입니다."));
            db.chatMemory().updateMessages("s-1", finished);
        }
        try (Database db = Database.open(dir)) {
            assertThat(db.chatMemory().getMessages("s-1")).hasSize(3).last().isInstanceOf(AiMessage.class);
        }
    }

    @Test
    void retention_purges_old_conversations_with_everything_attached() {
        try (Database db = Database.open(dir)) {
            db.conversations().saveTurn(turn("m-old", "s-old", false, null, NOW.minus(Duration.ofDays(100))), "{}");
            db.feedback().save("s-old", "m-old", "up", null, NOW.minus(Duration.ofDays(100)));
            db.conversations().saveTurn(turn("m-new", "s-new", true, null, NOW.minus(Duration.ofDays(3))), "{}");

            int purged = db.retention(90, Clock.fixed(NOW, ZoneOffset.UTC)).purge();

            assertThat(purged).isEqualTo(1);
            assertThat(Db.column(dir, "SELECT id FROM messages")).containsExactly("m-new");
            assertThat(Db.count(dir, "SELECT COUNT(*) FROM feedback")).isZero();
            assertThat(Db.count(dir, "SELECT COUNT(*) FROM unanswered")).isZero();
        }
    }
}
