package kr.donggu.chatbot.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Paths of the knowledge sets tests use, and a way to copy one somewhere it may be edited. API and behaviour tests
 * use {@link #FIXTURE_KNOWLEDGE}: frozen copies of the program documents with the live dictionary, so staff adding
 * or editing a document in {@link #BUNDLED_KNOWLEDGE} cannot break the build, while the language data the code
 * reads stays the one in the repository. Only evaluations of the real documents read {@link #BUNDLED_KNOWLEDGE}.
 */
public final class Fixtures {

    public static final Path BUNDLED_KNOWLEDGE = Path.of("knowledge").toAbsolutePath();
    public static final Path MINI_KNOWLEDGE = Path.of("src/test/resources/knowledge-mini").toAbsolutePath();
    public static final Path FIXTURE_KNOWLEDGE = assembleFixture();

    private Fixtures() {
    }

    /** A folder, made once per test run, of the frozen documents and the live {@code knowledge/dictionary}. */
    private static Path assembleFixture() {
        try {
            Path dir = Files.createTempDirectory("knowledge-fixture");
            copyOf(Path.of("src/test/resources/knowledge-fixture/programs").toAbsolutePath(), dir.resolve("programs"));
            copyOf(BUNDLED_KNOWLEDGE.resolve("dictionary"), dir.resolve("dictionary"));
            Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(dir), "fixture-cleanup"));
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder: the system cleans it up otherwise
        }
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
