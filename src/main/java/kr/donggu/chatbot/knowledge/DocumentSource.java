package kr.donggu.chatbot.knowledge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Where the program documents' texts come from: the {@code programs/} folder (the default, and the only source
 * with SQLite), or the database when several nodes share PostgreSQL. The dictionary always stays in the folder.
 */
@FunctionalInterface
public interface DocumentSource {

    /** Every document, sorted by name; a name is the file's path under the knowledge folder (programs/x.md). */
    List<DocumentFile> files();

    /** One document's bytes (UTF-8 expected); {@code bytes} is null when the file could not be read. */
    record DocumentFile(String name, byte[] bytes) {
        public static DocumentFile of(String name, String text) {
            return new DocumentFile(name, text.getBytes(StandardCharsets.UTF_8));
        }
    }

    /** The {@code programs/} folder under {@code root}, read afresh on every call. */
    static DocumentSource folder(Path root) {
        return () -> {
            Path dir = root.resolve(KnowledgeBase.PROGRAMS_DIR);
            if (!Files.isDirectory(dir)) {
                return List.of();
            }
            try (Stream<Path> s = Files.walk(dir)) {
                List<DocumentFile> files = new ArrayList<>();
                for (Path p : s.filter(f -> f.getFileName().toString().endsWith(".md") && Files.isRegularFile(f))
                        .sorted().toList()) {
                    files.add(new DocumentFile(root.relativize(p).toString(), readOrNull(p)));
                }
                return files;
            } catch (IOException e) {
                throw new UncheckedIOException("Failed to list knowledge documents in " + dir, e);
            }
        };
    }

    /** These documents with {@code name} replaced by (or added as) {@code text}: a draft among the others. */
    default DocumentSource with(String name, String text) {
        return () -> {
            List<DocumentFile> out = new ArrayList<>(files().stream().filter(f -> !f.name().equals(name)).toList());
            out.add(DocumentFile.of(name, text));
            out.sort((a, b) -> a.name().compareTo(b.name()));
            return out;
        };
    }

    private static byte[] readOrNull(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            return null;
        }
    }
}
