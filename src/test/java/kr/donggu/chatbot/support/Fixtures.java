package kr.donggu.chatbot.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Paths of the knowledge sets tests use, and a way to copy one somewhere it may be edited. API and behaviour tests
 * use {@link #FIXTURE_KNOWLEDGE}, a frozen copy, so staff editing {@link #BUNDLED_KNOWLEDGE} cannot break the build;
 * only evaluations of the real documents read {@link #BUNDLED_KNOWLEDGE}.
 */
public final class Fixtures {

    public static final Path BUNDLED_KNOWLEDGE = Path.of("knowledge").toAbsolutePath();
    public static final Path MINI_KNOWLEDGE = Path.of("src/test/resources/knowledge-mini").toAbsolutePath();
    public static final Path FIXTURE_KNOWLEDGE = Path.of("src/test/resources/knowledge-fixture").toAbsolutePath();

    private Fixtures() {
    }

    public static Path copyOf(Path source, Path target) {
        try (Stream<Path> files = Files.walk(source)) {
            for (Path p : files.toList()) {
                Path dest = target.resolve(source.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(dest);
                } else {
                    Files.copy(p, dest);
                }
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
