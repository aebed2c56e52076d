package kr.donggu.chatbot.documents;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import kr.donggu.chatbot.store.DocumentRepository;
import kr.donggu.chatbot.store.DocumentVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The documents in PostgreSQL: each one's newest version, unless that version is its deletion. */
final class DatabaseStore implements DocumentStore {

    private static final Logger log = LoggerFactory.getLogger(DatabaseStore.class);

    private final DocumentRepository versions;

    DatabaseStore(DocumentRepository versions) {
        this.versions = versions;
    }

    @Override
    public List<DocumentFile> files() {
        return entries().stream().map(e -> DocumentFile.of(e.name(), e.text()))
                .sorted((a, b) -> a.name().compareTo(b.name())).toList();
    }

    @Override
    public List<Entry> entries() {
        return versions.latest().stream().filter(v -> !v.deleted())
                .map(v -> new Entry(v.docId(), v.fileName(), v.body())).toList();
    }

    @Override
    public void write(String name, String text) {
        // the appended version is the document
    }

    @Override
    public void remove(String name) {
        // the appended deletion is the removal
    }

    @Override
    public boolean keepsFiles() {
        return false;
    }

    /** Copies each document of {@code folder} whose id the database has never held; nodes racing here add it once. */
    void seedFrom(FolderStore folder, Clock clock) {
        Set<String> known = versions.latest().stream().map(DocumentVersion::docId).collect(Collectors.toSet());
        int added = 0;
        for (Entry e : folder.entries()) {
            if (!known.contains(e.id()) && versions.append(new DocumentVersion(e.id(), 1, e.name(), e.text(),
                    Versions.SYSTEM, clock.instant(), "knowledge 폴더의 문서를 데이터베이스로 옮겼습니다.", "seeded"))) {
                added++;
            }
        }
        if (added > 0) {
            log.info("Copied {} knowledge documents from the folder into the database", added);
        }
    }
}
