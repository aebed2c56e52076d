package kr.donggu.chatbot.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class RecentResultsTest {

    private final List<String> computed = new ArrayList<>();
    private final RecentResults<String, Integer> length = new RecentResults<>(s -> {
        synchronized (computed) {
            computed.add(s);
        }
        return s.length();
    });

    @Test
    void a_text_asked_again_soon_is_not_computed_again() {
        assertThat(length.apply("텃밭 프로젝트")).isEqualTo(7);
        assertThat(length.apply("씨앗")).isEqualTo(2);
        assertThat(length.apply("텃밭 프로젝트")).isEqualTo(7);

        assertThat(computed).containsExactly("텃밭 프로젝트", "씨앗");
    }

    @Test
    void a_text_asked_long_ago_is_computed_again() {
        length.apply("처음");
        for (int i = 0; i < 20; i++) {
            length.apply("다른 질문 " + i);
        }
        length.apply("처음");

        assertThat(computed).filteredOn("처음"::equals).hasSize(2);
    }

    @Test
    void each_thread_keeps_its_own_results() throws Exception {
        length.apply("같은 말");
        CompletableFuture.runAsync(() -> length.apply("같은 말")).get();

        assertThat(computed).containsExactly("같은 말", "같은 말");
    }
}
