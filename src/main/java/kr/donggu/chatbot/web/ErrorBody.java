package kr.donggu.chatbot.web;

/** {@code {"error": {"code", "message"}}}: the only error body a client ever sees. */
public record ErrorBody(Detail error) {

    public record Detail(String code, String message) {
    }

    public static ErrorBody of(String code, String message) {
        return new ErrorBody(new Detail(code, message));
    }

    /** The body for a status the framework or Jetty decided on (no route, bad request line, too large, …). */
    static ErrorBody forStatus(int status) {
        return switch (status) {
            case 400 -> of("invalid_request", "요청 형식이 올바르지 않습니다.");
            case 401 -> of("unauthorized", "인증에 실패했습니다.");
            case 404 -> of("not_found", "요청하신 주소를 찾을 수 없습니다.");
            case 405 -> of("method_not_allowed", "허용되지 않는 요청 방식입니다.");
            case 408 -> of("request_timeout", "요청 본문이 제시간에 도착하지 않았습니다. 다시 시도해 주세요.");
            case 413 -> of("payload_too_large", "요청 본문이 너무 큽니다. 메시지는 2,000자 이내로 입력해 주세요.");
            case 414 -> of("uri_too_long", "요청 주소가 너무 깁니다.");
            case 415 -> of("unsupported_media_type", "지원하지 않는 요청 형식입니다.");
            case 429 -> of("rate_limited", "요청이 너무 많습니다. 잠시 후 다시 시도해 주세요.");
            case 431 -> of("headers_too_large", "요청 헤더가 너무 큽니다.");
            case 503 -> of("unavailable", "서비스를 잠시 이용할 수 없습니다. 잠시 후 다시 시도해 주세요.");
            case 505 -> of("http_version_not_supported", "지원하지 않는 HTTP 버전입니다. HTTP/1.1로 요청해 주세요.");
            default -> status >= 500 ? of("internal_error", "일시적인 오류가 발생했습니다. 잠시 후 다시 시도해 주세요.")
                    : of("invalid_request", "요청 형식이 올바르지 않습니다.");
        };
    }
}
