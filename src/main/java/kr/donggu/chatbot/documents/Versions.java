package kr.donggu.chatbot.documents;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import kr.donggu.chatbot.store.DocumentRepository;
import kr.donggu.chatbot.store.DocumentVersion;

/**
 * The documents' history. With files, a document can change without the console (an editor on the server, a
 * deployment): before the console reads or writes, each such change is recorded as a version of its own, by
 * {@link #FILE}, so every version number the console hands out stands for the text really in service.
 */
final class Versions {

    /** The actor of versions found in the folder rather than saved in the console. */
    static final String FILE = "file";
    /** The actor of versions the service made itself (documents copied into a new database). */
    static final String SYSTEM = "system";

    private final DocumentRepository repository;
    private final Clock clock;

    Versions(DocumentRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    Optional<DocumentVersion> latest(String id) {
        return repository.latest(id);
    }

    Map<String, DocumentVersion> latestById() {
        return repository.latest().stream().collect(Collectors.toMap(DocumentVersion::docId, Function.identity()));
    }

    List<DocumentVersion> all(String id) {
        return repository.versions(id);
    }

    Optional<DocumentVersion> find(String id, int version) {
        return repository.version(id, version);
    }

    /** The version after {@code latest} (or the first), not yet stored. */
    DocumentVersion next(String id, Optional<DocumentVersion> latest, String name, String body, String actor,
                         String reason, String action) {
        return new DocumentVersion(id, latest.map(v -> v.version() + 1).orElse(1), name, body, actor, clock.instant(),
                reason, action);
    }

    boolean append(DocumentVersion version) {
        return repository.append(version);
    }

    /** Records what changed in the folder since the last recorded versions: new, edited and removed files. */
    void catchUp(List<DocumentStore.Entry> entries) {
        Map<String, DocumentVersion> latest = latestById();
        Set<String> present = new HashSet<>();
        for (DocumentStore.Entry e : entries) {
            if (!present.add(e.id())) {
                continue;   // a second file with the same id is not loaded; the knowledge report says so
            }
            Optional<DocumentVersion> last = Optional.ofNullable(latest.get(e.id()));
            if (last.isEmpty() || last.get().deleted() || !last.get().body().equals(e.text())
                    || !last.get().fileName().equals(e.name())) {
                repository.append(next(e.id(), last, e.name(), e.text(), FILE, last.isEmpty()
                        ? "knowledge 폴더에 있던 문서를 처음 기록했습니다." : "knowledge 폴더의 파일이 직접 고쳐졌습니다.", FILE));
            }
        }
        latest.values().stream().filter(v -> !v.deleted() && !present.contains(v.docId()))
                .forEach(v -> repository.append(next(v.docId(), Optional.of(v), v.fileName(), null, FILE,
                        "knowledge 폴더에서 파일이 지워졌습니다.", FILE)));
    }
}
