package kr.donggu.chatbot.web;

/** {@code {"error": {"code", "message"}}}: the only error body a client ever sees. */
public record ErrorBody(Detail error) {

    public record Detail(String code, String message) {
    }

    public static ErrorBody of(String code, String message) {
        return new ErrorBody(new Detail(code, message));
    }
}
