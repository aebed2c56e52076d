package kr.donggu.chatbot.web;

/** A client error in the contract's shape: HTTP status, snake_case code and a polite Korean message. */
public final class ApiException extends RuntimeException {

    private final int status;
    private final String code;

    public ApiException(int status, String code, String koreanMessage) {
        super(koreanMessage, null, false, false);
        this.status = status;
        this.code = code;
    }

    public static ApiException invalid(String koreanMessage) {
        return new ApiException(400, "invalid_request", koreanMessage);
    }

    public static ApiException notFound() {
        return new ApiException(404, "not_found", "요청하신 항목을 찾을 수 없습니다.");
    }

    public static ApiException unauthorized() {
        return new ApiException(401, "unauthorized", "인증에 실패했습니다.");
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }
}
