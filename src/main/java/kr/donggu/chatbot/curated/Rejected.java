package kr.donggu.chatbot.curated;

/** A curated answer that cannot be saved as sent, with the HTTP status, code and Korean message to answer with. */
public final class Rejected extends RuntimeException {

    private final int status;
    private final String code;

    Rejected(int status, String code, String koreanMessage) {
        super(koreanMessage, null, false, false);
        this.status = status;
        this.code = code;
    }

    static Rejected invalid(String koreanMessage) {
        return new Rejected(400, "invalid_request", koreanMessage);
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }
}
