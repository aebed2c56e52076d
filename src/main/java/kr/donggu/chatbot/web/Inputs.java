package kr.donggu.chatbot.web;

import java.util.regex.Pattern;

/** Checks shared by the chat endpoints and the channels: session ids and message text. */
public final class Inputs {

    public static final int MAX_MESSAGE_CHARS = 2000;
    private static final Pattern SESSION_ID = Pattern.compile("[A-Za-z0-9_.:-]{1,64}");
    // C0/C1 controls other than tab and line breaks, and unpaired surrogates
    private static final Pattern FORBIDDEN = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F-\\x9F]|"
            + "[\\uD800-\\uDBFF](?![\\uDC00-\\uDFFF])|(?<![\\uD800-\\uDBFF])[\\uDC00-\\uDFFF]");

    private Inputs() {
    }

    public static String sessionId(String raw) {
        if (raw != null && !SESSION_ID.matcher(raw).matches()) {
            throw ApiException.invalid("sessionId는 영문, 숫자, _ . : - 로 된 1~64자여야 합니다.");
        }
        return raw;
    }

    public static String message(String raw) {
        String text = raw.strip();
        if (text.isEmpty()) {
            throw new ApiException(400, "message_empty", "메시지를 입력해 주세요.");
        }
        if (text.codePointCount(0, text.length()) > MAX_MESSAGE_CHARS) {
            throw new ApiException(400, "message_too_long", "메시지는 2,000자 이내로 입력해 주세요.");
        }
        if (FORBIDDEN.matcher(text).find()) {
            throw ApiException.invalid("메시지에 사용할 수 없는 제어 문자가 들어 있습니다.");
        }
        return text;
    }

    /**
     * A short text field (a name, a contact, a comment): 1 to {@code max} characters after trimming, and no control
     * character or unpaired surrogate, which would be stored and later break every JSON list that shows it.
     */
    public static String field(String raw, int max, String field) {
        String v = raw.strip();
        if (v.isEmpty() || v.length() > max) {
            throw ApiException.invalid("'" + field + "' 항목은 1~" + max + "자로 입력해 주세요.");
        }
        if (FORBIDDEN.matcher(v).find()) {
            throw ApiException.invalid("'" + field + "' 항목에 사용할 수 없는 문자가 들어 있습니다.");
        }
        return v;
    }
}
