package kr.donggu.chatbot.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A {@code /health} check of {@code DATA_DIR} (the SQLite file, the Lucene index): writable, and not nearly full. A
 * node whose disk is full answers chats with clean 503s; this check makes the load balancer stop sending them.
 */
public final class DiskCheck implements Supplier<Optional<String>> {

    public static final long DEFAULT_MIN_FREE_BYTES = 64L * 1024 * 1024;
    private static final String PROBE = ".health-probe";

    private final Path dir;
    private final long minFreeBytes;

    public DiskCheck(Path dir, long minFreeBytes) {
        this.dir = dir;
        this.minFreeBytes = minFreeBytes;
    }

    @Override
    public Optional<String> get() {
        try {
            long free = Files.getFileStore(dir).getUsableSpace();
            if (free < minFreeBytes) {
                return Optional.of("disk: DATA_DIR has " + free / (1024 * 1024) + " MiB free, below "
                        + minFreeBytes / (1024 * 1024) + " MiB");
            }
            Path probe = dir.resolve(PROBE);
            Files.write(probe, new byte[] {1});
            Files.delete(probe);
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.of("disk: DATA_DIR is not writable (" + e.getClass().getSimpleName() + ")");
        }
    }
}
