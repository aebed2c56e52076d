package kr.donggu.chatbot.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches {@code knowledge/} and reloads the index shortly after files stop changing, so an officer's edit is
 * served within seconds without a restart. Editors save in bursts (temp file, rename), hence the quiet period.
 * It survives whatever a reload throws, errors included (the previous version stays in service), watches folders
 * created later, re-registers a folder that was deleted and made again, and is restarted if its thread dies anyway.
 * {@link #problem()} says when edits are not being picked up, for {@code /health}.
 */
public final class KnowledgeWatcher implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(KnowledgeWatcher.class);
    private static final long QUIET_MILLIS = 300;
    private static final int MAX_RESTARTS = 10;

    private final Path root;
    private final Runnable reload;
    private final WatchService watcher;
    private final AtomicInteger restarts = new AtomicInteger();
    private volatile Thread thread;
    private volatile boolean closed;
    private volatile String failure;

    private KnowledgeWatcher(Path root, Runnable reload, WatchService watcher) {
        this.root = root;
        this.reload = reload;
        this.watcher = watcher;
    }

    public static KnowledgeWatcher start(Path knowledgeDir, ProgramIndex index) {
        return start(knowledgeDir, index::reload);
    }

    /** @param reload what a change runs; {@link ProgramIndex#reload()} in service */
    static KnowledgeWatcher start(Path knowledgeDir, Runnable reload) {
        try {
            KnowledgeWatcher w = new KnowledgeWatcher(knowledgeDir, reload, FileSystems.getDefault().newWatchService());
            w.register(knowledgeDir);
            w.startThread();
            return w;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot watch knowledge folder " + knowledgeDir, e);
        }
    }

    /** Why edits to {@code knowledge/} may not be served now; empty while the watcher is healthy. */
    public Optional<String> problem() {
        if (closed) {
            return Optional.empty();
        }
        if (!thread.isAlive()) {
            return Optional.of("knowledge watcher is not running: edits to the knowledge folder are not picked up");
        }
        return Optional.ofNullable(failure);
    }

    private void startThread() {
        Thread t = new Thread(this::loop, "knowledge-watcher " + root);
        t.setDaemon(true);
        t.setUncaughtExceptionHandler((dead, e) -> restart(e));
        thread = t;
        t.start();
    }

    /**
     * The supervisor: a thread that died of something the loop could not catch (or of a stray interrupt) is replaced,
     * a bounded number of times; past that it stays down and {@link #problem()} says so.
     */
    private void restart(Throwable cause) {
        if (closed) {
            return;
        }
        if (restarts.incrementAndGet() <= MAX_RESTARTS) {
            log.error("The knowledge watcher died; restarting it", cause);
            startThread();
        } else {
            failure = "knowledge watcher stopped after " + MAX_RESTARTS + " restarts (" + cause.getClass().getSimpleName()
                    + "): edits to the knowledge folder are not picked up";
            log.error("The knowledge watcher died once too often; it stays down", cause);
        }
    }

    private void loop() {
        while (!closed) {
            try {
                boolean lost = drain(watcher.take());
                WatchKey more;
                while ((more = watcher.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS)) != null) {
                    lost |= drain(more);
                }
                if (lost) {
                    register(root);   // a watched folder went away (replaced, renamed back): watch it again
                }
                reload();
            } catch (ClosedWatchServiceException e) {
                return;
            } catch (InterruptedException e) {
                if (closed) {
                    return;
                }
                throw new IllegalStateException("knowledge watcher interrupted", e);   // to the supervisor
            } catch (Throwable e) {   // errors too: a dead watcher would silently ignore every later edit
                failure = "knowledge watcher failed (" + e.getClass().getSimpleName() + ")";
                log.error("The knowledge watcher failed; it goes on watching", e);
            }
        }
    }

    /** Takes the key's events, watching new folders; true when the key's folder is no longer watched. */
    private boolean drain(WatchKey key) {
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && key.watchable() instanceof Path dir
                    && Files.isDirectory(dir.resolve((Path) event.context()))) {
                try {
                    register(dir.resolve((Path) event.context()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return !key.reset();
    }

    private void reload() {
        try {
            reload.run();
            failure = null;
        } catch (Throwable e) {   // out of memory on a huge document, a full disk: keep serving, keep watching
            failure = "reloading the knowledge failed (" + e.getClass().getSimpleName()
                    + "); the previous version stays in service";
            log.error("Reloading the knowledge failed; the previous version stays in service", e);
        }
    }

    private void register(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> dirs = Files.walk(dir)) {
            for (Path d : dirs.filter(Files::isDirectory).toList()) {
                d.register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                        StandardWatchEventKinds.ENTRY_DELETE);
            }
        }
    }

    @Override
    public void close() {
        closed = true;
        try {
            watcher.close();
        } catch (IOException e) {
            log.warn("Closing the knowledge watcher failed", e);
        }
        thread.interrupt();
    }
}
