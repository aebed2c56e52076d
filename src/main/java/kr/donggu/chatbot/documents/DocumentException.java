package kr.donggu.chatbot.documents;

import java.util.List;

/**
 * A request about documents that cannot be done, in the contract's terms: status, snake_case code, a polite Korean
 * message, and for {@code invalid_document} the problems loading found, file-line style.
 */
public final class DocumentException extends RuntimeException {

    private final int status;
    private final String code;
    private final List<String> problems;

    DocumentException(int status, String code, String message, List<String> problems) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
        this.problems = List.copyOf(problems);
    }

    static DocumentException of(int status, String code, String message) {
        return new DocumentException(status, code, message, List.of());
    }

    static DocumentException notFound() {
        return of(404, "not_found", "요청하신 문서를 찾을 수 없습니다.");
    }

    static DocumentException invalidRequest(String message) {
        return of(400, "invalid_request", message);
    }

    static DocumentException invalidDocument(List<String> problems) {
        return new DocumentException(400, "invalid_document", "문서에 고칠 곳이 있어 저장하지 않았습니다. 아래 문제를 고쳐 주세요.",
                problems);
    }

    /** A save based on an older version than {@code current}. */
    static DocumentException stale(int current) {
        return of(409, "conflict", "그사이 다른 분이 이 문서를 고쳤습니다(지금 v" + current
                + "). 새로 불러온 뒤 다시 고쳐 주세요.");
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public List<String> problems() {
        return problems;
    }
}
