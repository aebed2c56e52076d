package kr.donggu.chatbot.store;

import static kr.donggu.chatbot.store.StoreTesting.NOW;
import static kr.donggu.chatbot.store.StoreTesting.countInTurnOrder;
import static kr.donggu.chatbot.store.StoreTesting.turn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import kr.donggu.chatbot.support.PostgresServer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The store contract on a real PostgreSQL server, and what only a shared store has to do: every {@link #open()} is
 * another node on the same database.
 */
class PostgresStoreTest extends StoreContractTest {

    @TempDir
    Path dir;
    private String url;

    @BeforeEach
    void createDatabase() {
        url = PostgresServer.shared().createDatabase();
    }

    @Override
    Database open() {
        return Database.open(dir, Optional.of(url));
    }

    @Override
    List<String> column(String sql) {
        return PostgresServer.shared().column(url, sql);
    }

    @Test
    void turns_of_one_session_on_two_nodes_never_overlap() throws Exception {
        try (Database a = open(); Database b = open()) {
            assertThat(countInTurnOrder(List.of(a, b), 8, 50)).isEqualTo(400);
        }
    }

    @Test
    void a_platform_retry_reaching_two_nodes_is_stored_once() {
        try (Database a = open(); Database b = open()) {
            a.conversations().saveTurn(turn("m-1", "s-1", true, "update-9", NOW), "{}");
            assertThatThrownBy(() -> b.conversations().saveTurn(turn("m-2", "s-1", true, "update-9", NOW), "{}"))
                    .isInstanceOf(DuplicateTurnException.class);
            assertThat(count("SELECT COUNT(*) FROM messages")).isEqualTo(1);
        }
    }

    @Test
    void an_event_published_on_one_node_reaches_the_others_but_not_itself() throws Exception {
        try (Database a = open(); Database b = open(); Database c = open()) {
            BlockingQueue<String> atB = new LinkedBlockingQueue<>();
            BlockingQueue<String> atC = new LinkedBlockingQueue<>();
            BlockingQueue<String> atA = new LinkedBlockingQueue<>();
            b.events().subscribe(ClusterEvents.REINDEX, atB::add);
            c.events().subscribe(ClusterEvents.REINDEX, atC::add);
            a.events().subscribe(ClusterEvents.REINDEX, atA::add);
            c.events().subscribe("other.topic", p -> atC.add("wrong topic: " + p));

            assertThat(List.of(a, b, c)).allSatisfy(node -> assertThat(node.healthCheck().get()).isEmpty());
            a.events().publish(ClusterEvents.REINDEX, "by admin");

            assertThat(atB.poll(10, TimeUnit.SECONDS)).isEqualTo("by admin");
            assertThat(atC.poll(10, TimeUnit.SECONDS)).isEqualTo("by admin");
            b.events().publish(ClusterEvents.REINDEX, "second");
            assertThat(atA.poll(10, TimeUnit.SECONDS)).isEqualTo("second");
            assertThat(atB).isEmpty();
            assertThat(atC.poll(10, TimeUnit.SECONDS)).isEqualTo("second");
        }
    }

    @Test
    void rate_limits_hold_across_nodes_and_store_no_addresses() {
        try (Database a = open(); Database b = open()) {
            assertThat(a.rateBuckets().tryConsume("ip:198.51.100.7", 3)).isTrue();
            assertThat(b.rateBuckets().tryConsume("ip:198.51.100.7", 3)).isTrue();
            assertThat(a.rateBuckets().tryConsume("ip:198.51.100.7", 3)).isTrue();
            assertThat(b.rateBuckets().tryConsume("ip:198.51.100.7", 3)).isFalse();
            assertThat(column("SELECT id FROM rate_buckets")).singleElement()
                    .satisfies(id -> assertThat(id).doesNotContain("198.51"));
        }
    }

    @Test
    void reports_a_database_url_it_cannot_use_in_one_sentence_without_the_password() {
        assertThatThrownBy(() -> Database.open(dir, Optional.of("postgresql://app:s3cret@127.0.0.1:1/none")))
                .hasMessageContaining("127.0.0.1:1/none").hasMessageNotContaining("s3cret");
        assertThatThrownBy(() -> Database.open(dir, Optional.of("mysql://x@y/z")))
                .hasMessageContaining("DATABASE_URL");
    }
}
