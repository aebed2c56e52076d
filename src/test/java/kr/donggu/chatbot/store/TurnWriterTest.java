package kr.donggu.chatbot.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import kr.donggu.chatbot.support.Threads;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The SQLite group-commit writer never takes chats down with it, and says so when it has stopped. */
class TurnWriterTest {


    @TempDir
    Path dir;

    @Test
    void a_batch_that_throws_an_error_fails_alone_and_the_writer_goes_on() {
        try (Database db = Database.open(dir); TurnWriter writer = new TurnWriter(db.jdbc(), "poisoned")) {
            assertThatThrownBy(() -> writer.write("poisoned turn", c -> {
                throw new OutOfMemoryError("simulated");
            })).isInstanceOf(StoreUnavailableException.class);

            writer.write("next turn", c -> Jdbc.update(c, "INSERT INTO job_runs(name, last_run_at) VALUES ('x', 1)"));

            assertThat(writer.problem()).isEmpty();
            assertThat(db.jdbc().one("count", "SELECT COUNT(*) FROM job_runs", rs -> rs.getInt(1))).contains(1);
        }
    }

    @Test
    void a_killed_writer_is_restarted_and_after_too_many_deaths_refuses_at_once() throws Exception {
        try (Database db = Database.open(dir); TurnWriter writer = new TurnWriter(db.jdbc(), "killed")) {
            for (int death = 1; death <= TurnWriter.RESTARTS_PER_HOUR; death++) {
                Threads.kill("turn-writer killed");
                writer.write("turn after death " + death, c -> Jdbc.update(c, "UPDATE job_runs SET last_run_at = 0"));
            }
            assertThat(writer.problem()).isEmpty();

            Threads.kill("turn-writer killed");

            assertThat(writer.problem()).hasValueSatisfying(p -> assertThat(p).contains("turn writer stopped"));
            assertThatThrownBy(() -> writer.write("refused turn", c -> Jdbc.update(c, "UPDATE job_runs SET last_run_at = 0")))
                    .isInstanceOf(StoreUnavailableException.class).hasMessageContaining("turn writer stopped");
        }
    }
}
