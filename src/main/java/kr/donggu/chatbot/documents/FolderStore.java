package kr.donggu.chatbot.documents;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import kr.donggu.chatbot.knowledge.DocumentForm;
import kr.donggu.chatbot.knowledge.DocumentSource;

/** The documents as files in {@code knowledge/programs/}: what the hot-reload watcher and a text editor see. */
final class FolderStore implements DocumentStore {

    private final Path root;
    private final DocumentSource folder;

    FolderStore(Path root) {
        this.root = root;
        this.folder = DocumentSource.folder(root);
    }

    @Override
    public List<DocumentFile> files() {
        return folder.files();
    }

    @Override
    public List<Entry> entries() {
        List<Entry> entries = new ArrayList<>();
        for (DocumentFile f : files()) {
            String text = f.bytes() == null ? "" : new String(f.bytes(), StandardCharsets.UTF_8);
            String stem = Path.of(f.name()).getFileName().toString().replaceFirst("\\.md$", "");
            String id = DocumentForm.read(text).path("id").asText("");
            entries.add(new Entry(DocumentForm.isValidId(id) ? id : stem, f.name(), text));
        }
        return entries;
    }

    /** Written beside the target and moved over it, so neither the watcher nor a reader sees half a file. */
    @Override
    public void write(String name, String text) {
        Path target = resolve(name);
        Path temp = target.resolveSibling("." + target.getFileName() + ".saving");
        try {
            Files.createDirectories(target.getParent());
            Files.writeString(temp, text, StandardCharsets.UTF_8);
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Failed to write knowledge document " + name, e);
        }
    }

    @Override
    public void remove(String name) {
        try {
            Files.deleteIfExists(resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException("Failed to remove knowledge document " + name, e);
        }
    }

    @Override
    public boolean keepsFiles() {
        return true;
    }

    /** Names come from the folder or from {@code programs/<valid id>.md}; anything else is a programming error. */
    private Path resolve(String name) {
        Path programs = root.resolve(kr.donggu.chatbot.knowledge.KnowledgeBase.PROGRAMS_DIR).normalize();
        Path target = root.resolve(name).normalize();
        if (!target.startsWith(programs) || !name.endsWith(".md")) {
            throw new IllegalArgumentException("Not a document file under programs/: " + name);
        }
        return target;
    }
}
