package kr.donggu.chatbot.documents;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** {@code DATA_DIR/work}: throwaway preview indexes and uploads; nothing in it outlives the request that made it. */
final class WorkFolder {

    private WorkFolder() {
    }

    /** Removes whatever a stopped node left behind. */
    static void clear(Path workDir) {
        if (!Files.isDirectory(workDir)) {
            return;
        }
        try (Stream<Path> children = Files.list(workDir)) {
            children.forEach(WorkFolder::delete);
        } catch (IOException e) {
            // leftovers are harmless: nothing reads them
        }
    }

    /** Deletes a file or a folder with everything in it, quietly: a leftover is only wasted space. */
    static void delete(Path path) {
        try (Stream<Path> files = Files.walk(path)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // see above
        }
    }
}
