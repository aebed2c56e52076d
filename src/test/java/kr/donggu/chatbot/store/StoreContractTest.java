package kr.donggu.chatbot.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static kr.donggu.chatbot.store.StoreTesting.NOW;
import static kr.donggu.chatbot.store.StoreTesting.countInTurnOrder;
import static kr.donggu.chatbot.store.StoreTesting.inParallel;
import static kr.donggu.chatbot.store.StoreTesting.turn;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

/**
 * What every store must do, SQLite and PostgreSQL alike: each subclass opens its own kind and runs all of it. A test
 * opens the store as often as it needs; every {@link #open()} of one test reaches the same data, as a second node or
 * a restarted one would.
 */
abstract class StoreContractTest {

    /** The store under test, opened anew: a restart, or another node on the same data. */
    abstract Database open();

    /** The first column of every row, read without application code. */
    abstract List<String> column(String sql);

    long count(String sql) {
        return Long.parseLong(column(sql).get(0));
    }

    @Test
    void migrates_to_the_latest_version_once() {
        try (Database db = open()) {
            assertThat(db.integrityCheck()).isEqualTo("ok");
            assertThat(db.healthCheck().get()).isEmpty();
        }
        try (Database db = open()) {
            db.conversations().saveTurn(turn("m-1", "s-1", true, null, NOW), "{}");
        }
        assertThat(column("SELECT version FROM flyway_schema_history WHERE success ORDER BY installed_rank"))
                .containsExactly("1", "4", "5", "6", "7");
    }

    @Test
    void keeps_every_version_of_a_document_and_refuses_a_second_save_of_the_same_number() {
        try (Database db = open()) {
            DocumentRepository docs = db.documents();
            assertThat(docs.append(version("garden", 1, "첫 판", NOW))).isTrue();
            assertThat(docs.append(version("garden", 2, "둘째 판", NOW.plusSeconds(1)))).isTrue();
            assertThat(docs.append(version("garden", 2, "같은 판을 두 번", NOW.plusSeconds(2)))).isFalse();
            assertThat(docs.append(version("market", 1, null, NOW))).isTrue();
        }
        try (Database db = open()) {
            DocumentRepository docs = db.documents();
            assertThat(docs.latest()).extracting(DocumentVersion::docId, DocumentVersion::version, DocumentVersion::body)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("garden", 2, "둘째 판"),
                            org.assertj.core.groups.Tuple.tuple("market", 1, null));
            assertThat(docs.versions("garden")).extracting(DocumentVersion::version).containsExactly(2, 1);
            assertThat(docs.version("garden", 1).orElseThrow().body()).isEqualTo("첫 판");
            assertThat(docs.latest("market").orElseThrow().deleted()).isTrue();
            assertThat(docs.latest("nothing")).isEmpty();
        }
    }

    private static DocumentVersion version(String id, int n, String body, Instant at) {
        return new DocumentVersion(id, n, "programs/" + id + ".md", body, "kim", at, "사유 " + n, "saved");
    }

    @Test
    void stores_a_turn_with_its_state_and_records_unanswered_questions() {
        try (Database db = open()) {
            ConversationRepository repo = db.conversations();
            repo.saveTurn(turn("m-1", "s-1", true, null, NOW), "{\"programId\":\"a\"}");
            repo.saveTurn(turn("m-2", "s-1", false, null, NOW.plusSeconds(1)), "{\"programId\":\"b\"}");

            assertThat(repo.sessionState("s-1")).contains("{\"programId\":\"b\"}");
            assertThat(repo.history("s-1", 10)).extracting(Turn::messageId).containsExactly("m-1", "m-2");
            assertThat(repo.findMessage("m-2").orElseThrow().sources()).extracting(SourceRef::section).containsExactly("일정");
            assertThat(db.stats().unanswered(10)).extracting(Records.UnansweredQuestion::messageId).containsExactly("m-2");
            assertThat(db.stats().stats(NOW.minus(Duration.ofDays(1))).answeredRate()).isEqualTo(0.5);
        }
    }

    @Test
    void counts_questions_and_answers_per_korean_day_within_the_period() {
        try (Database db = open()) {
            // 23:30 UTC on the 23rd is 08:30 KST on the 24th
            db.conversations().saveTurn(turn("m-1", "web", true, "networking-day", "2026-11-23T23:30:00Z"), "{}");
            db.conversations().saveTurn(turn("m-2", "kakao", false, null, "2026-11-24T10:00:00Z"), "{}");
            db.conversations().saveTurn(turn("m-3", "web", true, "garden", "2026-11-25T01:00:00Z"), "{}");
            db.conversations().saveTurn(turn("m-4", "web", true, "garden", "2026-11-26T01:00:00Z"), "{}");   // after

            Records.Stats stats = db.stats().stats(Instant.parse("2026-11-23T15:00:00Z"),
                    Instant.parse("2026-11-25T15:00:00Z"));

            assertThat(stats.questions()).isEqualTo(3);
            assertThat(stats.answered()).isEqualTo(2);
            assertThat(stats.questionsPerDay()).containsExactly(Map.entry("2026-11-24", 2L), Map.entry("2026-11-25", 1L));
            assertThat(stats.answeredPerDay()).containsEntry("2026-11-24", 1L).containsEntry("2026-11-25", 1L);
            assertThat(stats.channels()).containsExactly(Map.entry("web", 2L), Map.entry("kakao", 1L));
            assertThat(stats.topPrograms()).containsOnlyKeys("networking-day", "garden");
        }
    }

    @Test
    void keeps_every_staff_action_newest_first_in_the_order_recorded() {
        try (Database db = open()) {
            db.audit().record(new Records.AuditEntry(NOW, "admin", "reindex", null, "문서 15개"));
            for (int i = 0; i < 5; i++) {
                db.audit().record(new Records.AuditEntry(NOW.plusSeconds(60), "kim", "ticket_status", "T-1", "#" + i));
            }
        }
        try (Database db = open()) {
            assertThat(db.audit().recent(3)).extracting(Records.AuditEntry::detail).containsExactly("#4", "#3", "#2");
            assertThat(db.audit().recent(10)).last()
                    .isEqualTo(new Records.AuditEntry(NOW, "admin", "reindex", null, "문서 15개"));
        }
    }

    @Test
    void curated_answers_are_saved_replaced_and_deleted_with_their_lists_and_review_day() {
        StoredAnswer first = answer("a-1", LocalDate.parse("2026-12-31"));
        try (Database db = open()) {
            db.answers().insert(first);
            db.answers().insert(answer("a-2", null));
        }
        try (Database db = open()) {
            assertThat(db.answers().all()).containsExactly(first, answer("a-2", null));
            StoredAnswer replaced = new StoredAnswer("a-1", "바뀐 질문", List.of(), "바뀐 답변", List.of(), null,
                    first.createdAt(), NOW.plusSeconds(60), "kim");
            assertThat(db.answers().update(replaced)).isTrue();
            assertThat(db.answers().find("a-1")).contains(replaced);
            assertThat(db.answers().update(answer("a-9", null))).isFalse();
            assertThat(db.answers().delete("a-2")).isTrue();
            assertThat(db.answers().delete("a-2")).isFalse();
            assertThat(db.answers().all()).extracting(StoredAnswer::id).containsExactly("a-1");
        }
    }

    @Test
    void questions_a_curated_answer_covers_leave_the_unanswered_list_until_it_is_deleted() {
        try (Database db = open()) {
            for (int i = 1; i <= 3; i++) {
                db.conversations().saveTurn(turn("m-" + i, "s-1", false, null, NOW.plusSeconds(i)), "{}");
            }
            db.answers().insert(answer("a-1", null));
            db.answers().insert(answer("a-2", null));

            db.answers().cover("a-1", List.of("m-1", "m-2"));
            db.answers().cover("a-2", List.of("m-2", "m-3"));   // m-2 stays with a-1
            assertThat(db.stats().unanswered(10)).isEmpty();

            db.answers().cover("a-1", List.of("m-1"));   // a-1 no longer covers m-2
            assertThat(db.stats().unanswered(10)).extracting(Records.UnansweredQuestion::messageId)
                    .containsExactly("m-2");
            db.answers().delete("a-2");
            assertThat(db.stats().unanswered(10)).extracting(Records.UnansweredQuestion::messageId)
                    .containsExactly("m-3", "m-2");
        }
    }

    private static StoredAnswer answer(String id, LocalDate validUntil) {
        return new StoredAnswer(id, "주차장은 몇 시까지 열어요?", List.of("주차장 운영 시간", "주차 몇 시까지"),
                "동구청 누리집에서 확인해 주세요.", List.of(new StoredAnswer.Citation("networking-day", "일정"),
                new StoredAnswer.Citation("garden", null)), validUntil, NOW, NOW, "admin");
    }

    @Test
    void history_keeps_insertion_order_within_one_millisecond() {
        try (Database db = open()) {
            for (int i = 0; i < 5; i++) {
                db.conversations().saveTurn(turn("m-" + i, "s-1", true, null, NOW), "{}");
            }
            assertThat(db.conversations().history("s-1", 3)).extracting(Turn::messageId)
                    .containsExactly("m-2", "m-3", "m-4");
        }
    }

    @Test
    void a_platform_retry_is_stored_once() {
        try (Database db = open()) {
            db.conversations().saveTurn(turn("m-1", "s-1", true, "update-7", NOW), "{}");
            assertThatThrownBy(() -> db.conversations().saveTurn(turn("m-2", "s-1", true, "update-7", NOW), "{}"))
                    .isInstanceOf(DuplicateTurnException.class);
            assertThat(db.conversations().countMessages()).isEqualTo(1);
            assertThat(db.conversations().findByExternalId("web", "update-7")).isPresent();
        }
    }

    @Test
    void concurrent_writers_lose_nothing() throws Exception {
        try (Database db = open()) {
            inParallel(8, thread -> {
                for (int i = 0; i < 200; i++) {
                    db.conversations().saveTurn(turn("m-" + thread + "-" + i, "s-" + thread, true, null, NOW), "{}");
                }
                return null;
            });
            assertThat(db.conversations().countMessages()).isEqualTo(1600);
        }
    }

    @Test
    void turns_of_one_session_never_overlap() throws Exception {
        try (Database db = open()) {
            assertThat(countInTurnOrder(List.of(db), 8, 100)).isEqualTo(800);
        }
    }

    @Test
    void a_turn_reads_and_writes_through_the_store_inside_its_session_order() {
        try (Database db = open()) {
            String state = db.conversations().inTurnOrder("s-1", () -> {
                db.conversations().saveTurn(turn("m-1", "s-1", true, null, NOW), "{\"programId\":\"a\"}");
                return db.conversations().sessionState("s-1").orElseThrow();
            });
            assertThat(state).isEqualTo("{\"programId\":\"a\"}");
        }
    }

    @Test
    void feedback_needs_an_existing_message_of_the_session() {
        try (Database db = open()) {
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
        try (Database db = open()) {
            String a = db.handoffs().create("s-1", "홍길동", "010-1111-2222", "문의", NOW);
            String b = db.handoffs().create(null, "김동구", "dong@example.kr", "문의", NOW.plusSeconds(5));
            assertThat(a).isNotEqualTo(b).matches("T-20261124-[0-9A-F]{12}");
            assertThat(db.handoffs().updateStatus(a, "closed")).isTrue();
            assertThat(db.handoffs().updateStatus("T-00000000-000000000000", "closed")).isFalse();
            assertThat(db.handoffs().list(10)).extracting(Records.Ticket::status).containsExactly("open", "closed");
        }
    }

    @Test
    void a_ticket_id_that_meets_an_existing_one_is_retried_not_lost() {
        try (Database db = open()) {
            List<String> parts = new ArrayList<>(List.of("AAAAAAAAAAAA", "AAAAAAAAAAAA", "BBBBBBBBBBBB"));
            HandoffRepository tickets = new JdbcHandoffRepository(db.jdbc(), () -> parts.remove(0));

            String first = tickets.create("s-1", "홍길동", "010-1111-2222", "첫 문의", NOW);
            String second = tickets.create("s-2", "김동구", "010-3333-4444", "둘째 문의", NOW);

            assertThat(first).isEqualTo("T-20261124-AAAAAAAAAAAA");
            assertThat(second).isEqualTo("T-20261124-BBBBBBBBBBBB");
            assertThat(db.handoffs().list(10)).extracting(Records.Ticket::question).containsExactlyInAnyOrder(
                    "첫 문의", "둘째 문의");
        }
    }

    @Test
    void many_tickets_created_at_once_all_survive_with_distinct_ids() throws Exception {
        try (Database db = open()) {
            Set<String> ids = ConcurrentHashMap.newKeySet();
            inParallel(8, thread -> {
                for (int i = 0; i < 1000; i++) {
                    ids.add(db.handoffs().create("s-" + thread, "이름", "010-0000-0000", "문의 " + i, NOW));
                }
                return null;
            });
            assertThat(ids).hasSize(8000);
            assertThat(count("SELECT COUNT(DISTINCT id) FROM tickets")).isEqualTo(8000);
        }
    }

    @Test
    void chat_memory_is_written_once_per_finished_turn_and_survives_reopening() {
        List<ChatMessage> turn = List.of(SystemMessage.from("규칙"), UserMessage.from("텃밭?"));
        try (Database db = open()) {
            db.chatMemory().updateMessages("s-1", turn);
            assertThat(count("SELECT COUNT(*) FROM chat_memory")).isZero();
            assertThat(db.chatMemory().getMessages("s-1")).hasSize(2);
            List<ChatMessage> finished = new ArrayList<>(turn);
            finished.add(AiMessage.from("도심 텃밭입니다."));
            db.chatMemory().updateMessages("s-1", finished);
        }
        try (Database db = open()) {
            assertThat(db.chatMemory().getMessages("s-1")).hasSize(3).last().isInstanceOf(AiMessage.class);
        }
    }

    @Test
    void an_unfinished_memory_window_does_not_outlive_its_turn() {
        try (Database db = open(); Database otherNode = open()) {
            List<ChatMessage> answered = List.of(UserMessage.from("텃밭?"), AiMessage.from("도심 텃밭입니다."));
            db.chatMemory().updateMessages("s-1", answered);
            db.conversations().inTurnOrder("s-1", () -> {
                db.chatMemory().updateMessages("s-1", List.of(UserMessage.from("실패할 질문")));   // the model then fails
                return null;
            });
            List<ChatMessage> longer = new ArrayList<>(answered);
            longer.addAll(List.of(UserMessage.from("언제?"), AiMessage.from("3월입니다.")));
            otherNode.chatMemory().updateMessages("s-1", longer);

            List<ChatMessage> seen = db.conversations().inTurnOrder("s-1", () -> db.chatMemory().getMessages("s-1"));

            assertThat(seen).hasSize(4).last().isEqualTo(AiMessage.from("3월입니다."));
        }
    }

    @Test
    void retention_purges_old_conversations_with_everything_attached() {
        try (Database db = open()) {
            db.conversations().saveTurn(turn("m-old", "s-old", false, null, NOW.minus(Duration.ofDays(100))), "{}");
            db.feedback().save("s-old", "m-old", "up", null, NOW.minus(Duration.ofDays(100)));
            db.conversations().recordGuardAction("m-old", "removed_amount", "5,000원", NOW.minus(Duration.ofDays(100)));
            db.conversations().saveTurn(turn("m-new", "s-new", true, null, NOW.minus(Duration.ofDays(3))), "{}");

            int purged = db.retention(90, Clock.fixed(NOW, ZoneOffset.UTC)).purge();

            assertThat(purged).isEqualTo(1);
            assertThat(column("SELECT id FROM messages")).containsExactly("m-new");
            assertThat(count("SELECT COUNT(*) FROM feedback")).isZero();
            assertThat(count("SELECT COUNT(*) FROM unanswered")).isZero();
            assertThat(count("SELECT COUNT(*) FROM guard_events")).isZero();
        }
    }

    @Test
    void retention_purges_tickets_closed_longer_ago_than_the_period_and_keeps_open_ones() {
        try (Database db = open()) {
            Instant longAgo = NOW.minus(Duration.ofDays(100));
            String open = db.handoffs().create("s-1", "가", "010-1111-1111", "아직 처리 중", longAgo);
            String closedLongAgo = db.handoffs().create("s-2", "나", "010-2222-2222", "처리 끝", longAgo);
            String closedLately = db.handoffs().create("s-3", "다", "010-3333-3333", "최근 처리", longAgo);
            db.handoffs().updateStatus(closedLongAgo, "closed", longAgo.plus(Duration.ofDays(1)));
            db.handoffs().updateStatus(closedLately, "closed", NOW.minus(Duration.ofDays(2)));

            db.retention(90, Clock.fixed(NOW, ZoneOffset.UTC)).purge();

            assertThat(column("SELECT id FROM tickets")).containsExactlyInAnyOrder(open, closedLately);
        }
    }

    @Test
    void the_retention_purge_runs_once_per_period_however_many_nodes_try() {
        try (Database a = open(); Database b = open()) {
            Clock now = Clock.fixed(NOW, ZoneOffset.UTC);
            Clock tomorrow = Clock.fixed(NOW.plus(Duration.ofDays(1)), ZoneOffset.UTC);

            assertThat(List.of(a.retention(90, now).purgeIfDue(), b.retention(90, now).purgeIfDue()))
                    .containsExactly(true, false);
            assertThat(b.retention(90, now).purgeIfDue()).isFalse();
            assertThat(b.retention(90, tomorrow).purgeIfDue()).isTrue();
            assertThat(a.retention(90, tomorrow).purgeIfDue()).isFalse();
        }
    }

    @Test
    void rate_buckets_refuse_past_their_limit() {
        try (Database db = open()) {
            List<Boolean> taken = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                taken.add(db.rateBuckets().tryConsume("ip:203.0.113.9", 3));
            }
            assertThat(taken).containsExactly(true, true, true, false);
            assertThat(db.rateBuckets().tryConsume("ip:203.0.113.10", 3)).isTrue();
        }
    }
}
