package kr.donggu.chatbot.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StatsRepositoryTest {

    @TempDir
    Path dir;

    static Turn turn(String id, String channel, boolean answered, String programId, String at) {
        return new Turn(id, "s-" + id, channel, null, "질문", "답변", answered, answered ? null : "not_found", List.of(),
                programId, 1000, "embedded", Instant.parse(at));
    }

    @Test
    void counts_questions_and_answers_per_korean_day_within_the_period() {
        try (Database db = Database.open(dir)) {
            ConversationRepository repo = db.conversations();
            // 23:30 UTC on the 23rd is 08:30 KST on the 24th
            repo.saveTurn(turn("m-1", "web", true, "networking-day", "2026-11-23T23:30:00Z"), "{}");
            repo.saveTurn(turn("m-2", "kakao", false, null, "2026-11-24T10:00:00Z"), "{}");
            repo.saveTurn(turn("m-3", "web", true, "garden", "2026-11-25T01:00:00Z"), "{}");
            repo.saveTurn(turn("m-4", "web", true, "garden", "2026-11-26T01:00:00Z"), "{}");   // after the period

            Records.Stats stats = db.stats().stats(Instant.parse("2026-11-23T15:00:00Z"),
                    Instant.parse("2026-11-25T15:00:00Z"));

            assertThat(stats.questions()).isEqualTo(3);
            assertThat(stats.answered()).isEqualTo(2);
            assertThat(stats.questionsPerDay()).containsExactly(
                    Map.entry("2026-11-24", 2L), Map.entry("2026-11-25", 1L));
            assertThat(stats.answeredPerDay()).containsEntry("2026-11-24", 1L).containsEntry("2026-11-25", 1L);
            assertThat(stats.channels()).containsExactly(Map.entry("web", 2L), Map.entry("kakao", 1L));
            assertThat(stats.topPrograms()).containsOnlyKeys("networking-day", "garden");
        }
    }
}
