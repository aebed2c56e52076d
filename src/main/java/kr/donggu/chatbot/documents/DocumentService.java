package kr.donggu.chatbot.documents;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import kr.donggu.chatbot.knowledge.DocumentForm;
import kr.donggu.chatbot.knowledge.KnowledgeBase;
import kr.donggu.chatbot.knowledge.Particles;
import kr.donggu.chatbot.store.DocumentVersion;

/**
 * The program documents staff keep in the console. Every change is validated exactly as loading validates (the form
 * is written as Markdown + YAML and loaded back with the others), stored as a new version with who, when and why,
 * and served at once: the index is reloaded here, and the other nodes sharing a database are told to reload theirs.
 * An invalid document is never saved; a save based on an older version than the current one is refused.
 */
public final class DocumentService {

    /** The id a draft without one is previewed under. */
    private static final String DRAFT_ID = "draft";
    /** Changes are made one at a time on a node; between nodes, the version numbers decide. */
    private final ReentrantLock writes = new ReentrantLock();
    private final DocumentStore store;
    private final Versions versions;
    private final DocumentCheck check;
    private final DocumentViews views;
    private final DocumentPreview preview;
    private final DraftImporter importer;
    private final Publication publication;

    private DocumentService(DocumentSetup setup) {
        this.store = setup.store();
        this.versions = new Versions(setup.versions(), setup.clock());
        this.check = new DocumentCheck(setup.knowledgeDir(), store);
        this.publication = new Publication(store, versions, setup.index(), setup.events());
        this.views = new DocumentViews(setup.index(), setup.reviewMaxAgeDays(), setup.clock());
        this.preview = new DocumentPreview(check, setup.chat(), PreviewQuestions.load(setup.knowledgeDir()),
                setup.workDir());
        this.importer = new DraftImporter(ImportHeadings.load(setup.knowledgeDir()),
                () -> setup.index().lexicon().sections(), setup.workDir());
    }

    /** The service; temporary files a stopped node left in the work folder (previews, uploads) are removed. */
    public static DocumentService create(DocumentSetup setup) {
        WorkFolder.clear(setup.workDir());
        return new DocumentService(setup);
    }

    /** Every document, deleted ones included (they can be restored), by id. */
    public List<ObjectNode> list() {
        return locked(() -> {
            List<ObjectNode> rows = new ArrayList<>();
            for (DocumentVersion latest : versions.latestById().values()) {
                rows.add(views.summary(latest, textOf(latest)));
            }
            rows.sort((a, b) -> a.get("id").asText().compareTo(b.get("id").asText()));
            return rows;
        });
    }

    public ObjectNode get(String id) {
        return locked(() -> {
            DocumentVersion latest = versions.latest(id).orElseThrow(DocumentException::notFound);
            return views.detail(latest, textOf(latest));
        });
    }

    /** Newest first: version, by, at, reason and what was done. */
    public List<VersionView> versions(String id) {
        return locked(() -> {
            List<DocumentVersion> all = versions.all(id);
            if (all.isEmpty()) {
                throw DocumentException.notFound();
            }
            return all.stream().map(v -> new VersionView(v.version(), v.actor(), v.at(), v.reason(), v.action()))
                    .toList();
        });
    }

    /** One version as the console lists it: number, who (token label, {@code file} or {@code system}), when, why. */
    public record VersionView(int version, String by, java.time.Instant at, String reason, String action) {
    }

    public ObjectNode create(JsonNode form, String reason, String actor) {
        String why = Reason.of(reason);
        String id = form == null ? null : form.path("id").asText(null);
        if (!DocumentForm.isValidId(id)) {
            throw DocumentException.invalidDocument(List.of("id: 문서 id는 영문 소문자, 숫자, '-'로 써 주세요(예: youth-startup-2026)."));
        }
        return locked(() -> {
            String name = KnowledgeBase.PROGRAMS_DIR + "/" + id + ".md";
            if (store.entries().stream().anyMatch(e -> e.id().equals(id) || e.name().equals(name))) {
                throw DocumentException.of(409, "conflict", "같은 id의 문서가 이미 있습니다. 그 문서를 고치거나 다른 id를 써 주세요.");
            }
            Optional<DocumentVersion> latest = versions.latest(id);
            return commit(versions.next(id, latest, name, valid(null, name, write(form)), actor, why, "created"), null);
        });
    }

    public ObjectNode update(String id, int basedOn, JsonNode form, String reason, String actor) {
        String why = Reason.of(reason);
        return locked(() -> {
            DocumentVersion latest = current(id);
            if (latest.version() != basedOn) {
                throw DocumentException.stale(latest.version());
            }
            String text = valid(id, latest.fileName(), write(form));
            return commit(versions.next(id, Optional.of(latest), latest.fileName(), text, actor, why, "saved"),
                    latest.body());
        });
    }

    /** A new version with the text of {@code version}; a deleted document comes back. */
    public ObjectNode rollback(String id, int version, String reason, String actor) {
        String why = Reason.of(reason);
        return locked(() -> {
            DocumentVersion latest = versions.latest(id).orElseThrow(DocumentException::notFound);
            DocumentVersion target = versions.find(id, version).orElseThrow(DocumentException::notFound);
            if (target.deleted() || target.version() == latest.version()) {
                throw DocumentException.invalidRequest(target.deleted() ? "삭제한 기록으로는 되돌릴 수 없습니다. 그 앞의 버전을 골라 주세요."
                        : "이미 지금 쓰이는 버전입니다.");
            }
            String name = latest.deleted() ? target.fileName() : latest.fileName();
            String text = valid(id, name, target.body());
            return commit(versions.next(id, Optional.of(latest), name, text, actor,
                    rolledBack(version) + ": " + why, "rolled_back"), latest.body());
        });
    }

    /** Takes the document out of service; its last version stays and can be restored with a rollback. */
    public int delete(String id, String reason, String actor) {
        String why = Reason.of(reason);
        return locked(() -> {
            DocumentVersion latest = current(id);
            DocumentVersion deletion = versions.next(id, Optional.of(latest), latest.fileName(), null, actor, why,
                    "deleted");
            publication.publish(deletion, latest.body());
            return deletion.version();
        });
    }

    /**
     * How the chatbot would answer {@code questions} (three picked from the draft's sections when empty) if the draft
     * were saved: the answer path runs on a temporary index of the draft and the other documents; nothing served
     * changes. 400 invalid_document when the draft could not be saved either.
     */
    public ObjectNode preview(JsonNode form, List<String> questions) {
        String id = form == null ? "" : form.path("id").asText("").strip();
        if (id.isEmpty() && form != null && form.isObject()) {
            form = ((ObjectNode) form.deepCopy()).put("id", DRAFT_ID);   // an import without an id yet can be previewed
        }
        Optional<DocumentVersion> latest = DocumentForm.isValidId(id) ? versions.latest(id) : Optional.empty();
        String name = latest.filter(v -> !v.deleted()).map(DocumentVersion::fileName)
                .orElse(KnowledgeBase.PROGRAMS_DIR + "/" + (DocumentForm.isValidId(id) ? id : DRAFT_ID) + ".md");
        return preview.run(latest.filter(v -> !v.deleted()).map(v -> id).orElse(null), name, write(form), questions);
    }

    /** A draft document from an uploaded file (HWP, HWPX, PDF, DOCX, text); nothing is saved. */
    public ObjectNode importDraft(String fileName, byte[] bytes) {
        return importer.draft(fileName, bytes);
    }

    /** "v3으로 되돌림": the words a rollback's version and audit entry start with. */
    public static String rolledBack(int version) {
        return Particles.attach("v" + version, Particles.TOWARD) + " 되돌림";
    }

    private DocumentVersion current(String id) {
        return versions.latest(id).filter(v -> !v.deleted()).orElseThrow(DocumentException::notFound);
    }

    private String valid(String id, String name, String text) {
        DocumentCheck.Result result = check.check(id, name, text);
        if (!result.valid()) {
            throw DocumentException.invalidDocument(result.lines());
        }
        return text;
    }

    private ObjectNode commit(DocumentVersion version, String previous) {
        publication.publish(version, previous);
        return views.detail(version, version.body());
    }

    private String textOf(DocumentVersion latest) {
        if (!latest.deleted()) {
            return latest.body();
        }
        return versions.all(latest.docId()).stream().filter(v -> !v.deleted()).findFirst()
                .map(DocumentVersion::body).orElse("");
    }

    private static String write(JsonNode form) {
        try {
            return DocumentForm.write(form);
        } catch (IllegalArgumentException e) {
            throw DocumentException.invalidDocument(List.of(e.getMessage()));
        }
    }

    /** Under the lock, after the history has caught up with any file changed by hand. */
    private <T> T locked(Supplier<T> work) {
        writes.lock();
        try {
            if (store.keepsFiles()) {
                versions.catchUp(store.entries());
            }
            return work.get();
        } finally {
            writes.unlock();
        }
    }
}
