package kr.donggu.chatbot.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.JavalinConfig;
import io.javalin.config.SizeUnit;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kr.donggu.chatbot.documents.DocumentException;
import kr.donggu.chatbot.documents.DocumentService;

/**
 * The console's documents: list, read, add, edit, delete, versions and rollback, a preview of the chatbot's answers
 * from a draft, and drafts imported from the district's files. Every change is recorded in the audit list under the
 * label of the admin token used.
 */
final class DocumentsController {

    /** An upload above this is refused (413) before it is read; the importer's own limit is a little lower. */
    static final long MAX_UPLOAD_BYTES = 11L * 1024 * 1024;

    private final DocumentService documents;
    private final AdminAudit audit;

    DocumentsController(DocumentService documents, AdminAudit audit) {
        this.documents = documents;
        this.audit = audit;
    }

    /** Multipart limits for uploads, and the contract's body for a refused document change. */
    static void configure(JavalinConfig cfg) {
        cfg.jetty.multipartConfig.maxFileSize(MAX_UPLOAD_BYTES, SizeUnit.BYTES);
        cfg.jetty.multipartConfig.maxTotalRequestSize(MAX_UPLOAD_BYTES + 64 * 1024, SizeUnit.BYTES);
        cfg.jetty.multipartConfig.maxInMemoryFileSize(1, SizeUnit.MB);
        cfg.routes.exception(DocumentException.class, (e, ctx) -> {
            Map<String, Object> body = new java.util.LinkedHashMap<>();
            body.put("error", new ErrorBody.Detail(e.code(), e.getMessage()));
            if (!e.problems().isEmpty()) {
                body.put("problems", e.problems());
            }
            ctx.status(e.status()).json(body);
        });
    }

    void list(Context ctx) {
        ctx.json(documents.list());
    }

    void get(Context ctx) {
        ctx.json(documents.get(ctx.pathParam("id")));
    }

    void versions(Context ctx) {
        ctx.json(documents.versions(ctx.pathParam("id")));
    }

    void create(Context ctx) {
        JsonBody body = JsonBody.read(ctx);
        ObjectNode saved = documents.create(document(body), body.optionalText("reason").orElse(null), actor(ctx));
        record(ctx, "document_created", saved, body.optionalText("reason").orElse(""));
        ctx.status(201).json(saved);
    }

    void update(Context ctx) {
        JsonBody body = JsonBody.read(ctx);
        ObjectNode saved = documents.update(ctx.pathParam("id"), version(body), document(body),
                body.optionalText("reason").orElse(null), actor(ctx));
        record(ctx, "document_saved", saved, body.optionalText("reason").orElse(""));
        ctx.json(saved);
    }

    void rollback(Context ctx) {
        JsonBody body = JsonBody.read(ctx);
        ObjectNode saved = documents.rollback(ctx.pathParam("id"), version(body),
                body.optionalText("reason").orElse(null), actor(ctx));
        record(ctx, "document_rolled_back", saved, DocumentService.rolledBack(version(body)) + ": "
                + body.optionalText("reason").orElse(""));
        ctx.json(saved);
    }

    void delete(Context ctx) {
        String reason = ctx.queryParam("reason");
        int version = documents.delete(ctx.pathParam("id"), reason, actor(ctx));
        audit.record(ctx, "document_deleted", ctx.pathParam("id"), "v" + version + ": " + reason.strip());
        ctx.status(204);
    }

    void preview(Context ctx) {
        JsonBody body = JsonBody.read(ctx);
        List<String> questions = new ArrayList<>();
        body.node().path("questions").forEach(q -> questions.add(q.asText("")));
        ctx.json(documents.preview(document(body), questions));
    }

    /** Multipart {@code file}; the size is checked from the request's length first, then while reading. */
    void importFile(Context ctx) {
        if (ctx.contentLength() > MAX_UPLOAD_BYTES) {
            throw tooLarge();
        }
        if (!ctx.isMultipartFormData()) {
            throw ApiException.invalid("파일은 multipart/form-data의 file 항목으로 올려 주세요.");
        }
        UploadedFile file = upload(ctx);
        byte[] bytes = file.contentAndClose(DocumentsController::readLimited);
        ctx.json(documents.importDraft(file.filename(), bytes));
    }

    private static UploadedFile upload(Context ctx) {
        UploadedFile file;
        try {
            file = ctx.uploadedFile("file");
        } catch (Exception e) {   // Jetty's ServletException, thrown unchecked through Kotlin
            throw isSizeLimit(e) ? tooLarge() : ApiException.invalid("올린 파일의 형식(multipart)이 올바르지 않습니다.");
        }
        if (file == null) {
            throw ApiException.invalid("올릴 파일(file)을 골라 주세요.");
        }
        return file;
    }

    /** Whether Jetty stopped the upload at the multipart limits ("max file size exceeded"). */
    private static boolean isSizeLimit(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null && t.getMessage().contains("exceeded")) {
                return true;
            }
        }
        return false;
    }

    private static byte[] readLimited(InputStream in) {
        try {
            byte[] bytes = in.readNBytes((int) MAX_UPLOAD_BYTES + 1);
            if (bytes.length > MAX_UPLOAD_BYTES) {
                throw tooLarge();
            }
            return bytes;
        } catch (java.io.IOException e) {
            throw new ApiException(422, "unreadable_file", "파일을 받는 중에 끊겼습니다. 다시 올려 주세요.");
        }
    }

    private static ApiException tooLarge() {
        return new ApiException(413, "file_too_large", "파일이 너무 큽니다. 10MB 이하의 파일을 올려 주세요.");
    }

    private static JsonNode document(JsonBody body) {
        return body.optionalObject("document").orElseThrow(() -> ApiException.invalid("'document' 항목이 필요합니다."));
    }

    private static int version(JsonBody body) {
        JsonNode v = body.node().get("version");
        if (v == null || !v.canConvertToInt() || !v.isIntegralNumber()) {
            throw ApiException.invalid("'version' 항목에 버전 번호를 적어 주세요.");
        }
        return v.intValue();
    }

    private static String actor(Context ctx) {
        String actor = ctx.attribute(AdminAudit.ACTOR);
        return actor == null ? AdminAudit.DEFAULT_ACTOR : actor;
    }

    private void record(Context ctx, String action, ObjectNode saved, String reason) {
        audit.record(ctx, action, saved.path("id").asText(ctx.pathParamMap().getOrDefault("id", "")),
                "v" + saved.path("version").asInt() + ": " + reason.strip());
    }
}
