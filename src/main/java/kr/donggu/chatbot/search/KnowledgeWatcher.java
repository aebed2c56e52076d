package kr.donggu.chatbot.search;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches {@code knowledge/} and reloads the index shortly after files stop changing, so an officer's edit is
 * served within seconds without a restart. Editors save in bursts (temp file, rename), hence the quiet period.
 */
public final class KnowledgeWatcher implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(KnowledgeWatcher.class);
    private static final long QUIET_MILLIS = 300;

    private final WatchService watcher;
    private final Thread thread;

    private KnowledgeWatcher(WatchService watcher, ProgramIndex index) {
        this.watcher = watcher;
        this.thread = new Thread(() -> loop(index), "knowledge-watcher");
        this.thread.setDaemon(true);
    }

    public static KnowledgeWatcher start(Path knowledgeDir, ProgramIndex index) {
        try {
            WatchService ws = FileSystems.getDefault().newWatchService();
            KnowledgeWatcher w = new KnowledgeWatcher(ws, index);
            register(ws, knowledgeDir);
            w.thread.start();
            return w;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot watch knowledge folder " + knowledgeDir, e);
        }
    }

    private static void register(WatchService ws, Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            return;
        }
        try (Stream<Path> dirs = Files.walk(root)) {
            for (Path dir : dirs.filter(Files::isDirectory).toList()) {
                dir.register(ws, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                        StandardWatchEventKinds.ENTRY_DELETE);
            }
        }
    }

    private void loop(ProgramIndex index) {
        try {
            while (true) {
                WatchKey key = watcher.take();
                drain(key);
                WatchKey more;
                while ((more = watcher.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS)) != null) {
                    drain(more);
                }
                reload(index);
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void drain(WatchKey key) {
        key.pollEvents();
        key.reset();
    }

    private static void reload(ProgramIndex index) {
        try {
            index.reload();
        } catch (RuntimeException e) {
            log.error("Reloading the knowledge failed; the previous version stays in service", e);
        }
    }

    @Override
    public void close() {
        try {
            watcher.close();
        } catch (IOException e) {
            log.warn("Closing the knowledge watcher failed", e);
        }
        thread.interrupt();
    }
}
