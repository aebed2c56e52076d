package kr.donggu.chatbot.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import kr.donggu.chatbot.support.Await;
import kr.donggu.chatbot.support.Fixtures;
import kr.donggu.chatbot.support.Threads;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KnowledgeWatcherTest {

    @TempDir
    Path knowledge;

    /** A reload that reports each run and does what the test asks: succeed, or throw. */
    private final LinkedBlockingQueue<String> reloads = new LinkedBlockingQueue<>();
    private final AtomicReference<Throwable> nextFailure = new AtomicReference<>();

    private void reload() {
        Throwable failure = nextFailure.getAndSet(null);
        reloads.add(failure == null ? "ok" : failure.getClass().getSimpleName());
        if (failure instanceof Error error) {
            throw error;
        }
        if (failure instanceof RuntimeException runtime) {
            throw runtime;
        }
    }

    @Test
    void survives_an_error_in_a_reload_reports_it_and_clears_it_after_the_next_good_one() throws Exception {
        Fixtures.copyOf(Fixtures.MINI_KNOWLEDGE, knowledge);
        try (KnowledgeWatcher watcher = KnowledgeWatcher.start(knowledge, this::reload)) {
            assertThat(watcher.problem()).isEmpty();

            nextFailure.set(new OutOfMemoryError("Java heap space"));
            edit("programs/market.md");
            assertThat(reloads.poll(15, TimeUnit.SECONDS)).isEqualTo("OutOfMemoryError");
            Await.until("the failure reported", () -> watcher.problem().isPresent());
            assertThat(watcher.problem()).hasValueSatisfying(p -> assertThat(p).contains("OutOfMemoryError"));

            edit("programs/garden.md");
            assertThat(reloads.poll(15, TimeUnit.SECONDS)).isEqualTo("ok");
            Await.until("the failure cleared", () -> watcher.problem().isEmpty());
        }
    }

    @Test
    void watches_folders_made_later_and_a_folder_deleted_and_made_again() throws Exception {
        Fixtures.copyOf(Fixtures.MINI_KNOWLEDGE, knowledge);
        try (KnowledgeWatcher watcher = KnowledgeWatcher.start(knowledge, this::reload)) {
            Files.createDirectories(knowledge.resolve("programs/2026"));
            assertThat(reloads.poll(15, TimeUnit.SECONDS)).isEqualTo("ok");
            Fixtures.write(knowledge.resolve("programs/2026/new.md"), "x");
            assertThat(reloads.poll(15, TimeUnit.SECONDS)).isEqualTo("ok");

            // a checkout that replaces the folder
            deleteTree(knowledge.resolve("programs"));
            assertThat(reloads.poll(15, TimeUnit.SECONDS)).isEqualTo("ok");
            Files.createDirectories(knowledge.resolve("programs"));
            assertThat(reloads.poll(15, TimeUnit.SECONDS)).isEqualTo("ok");
            reloads.clear();
            Fixtures.write(knowledge.resolve("programs/again.md"), "y");
            assertThat(reloads.poll(15, TimeUnit.SECONDS)).isEqualTo("ok");
            assertThat(watcher.problem()).isEmpty();
        }
    }

    @Test
    void a_killed_watcher_is_restarted_and_after_too_many_deaths_says_so() throws Exception {
        Fixtures.copyOf(Fixtures.MINI_KNOWLEDGE, knowledge);
        try (KnowledgeWatcher watcher = KnowledgeWatcher.start(knowledge, this::reload)) {
            Threads.kill("knowledge-watcher " + knowledge);
            Await.until("a new watcher thread", () -> alive("knowledge-watcher " + knowledge));
            edit("programs/market.md");
            assertThat(reloads.poll(15, TimeUnit.SECONDS)).isEqualTo("ok");
            assertThat(watcher.problem()).isEmpty();

            for (int death = 2; death <= 11; death++) {   // ten restarts, then it stays down
                Await.until("a watcher thread to kill", () -> alive("knowledge-watcher " + knowledge));
                Threads.kill("knowledge-watcher " + knowledge);
            }

            Await.until("the watcher reported down", () -> watcher.problem().isPresent());
            assertThat(watcher.problem()).hasValueSatisfying(p -> assertThat(p).contains("not picked up"));
        }
    }

    private static boolean alive(String name) {
        return Thread.getAllStackTraces().keySet().stream().anyMatch(t -> t.getName().equals(name) && t.isAlive());
    }

    @Test
    void reports_nothing_once_closed() {
        KnowledgeWatcher watcher = KnowledgeWatcher.start(knowledge, this::reload);
        watcher.close();
        assertThat(watcher.problem()).isEmpty();
    }

    private void edit(String file) throws IOException {
        Path p = knowledge.resolve(file);
        Files.writeString(p, Files.readString(p) + "\n");
    }

    private static void deleteTree(Path dir) throws IOException {
        try (var walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
