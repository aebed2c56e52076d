package kr.donggu.chatbot.documents;

/** The one-line reason every change of a document carries into its version and the audit list. */
final class Reason {

    static final int MAX = 200;

    private Reason() {
    }

    static String of(String reason) {
        String line = reason == null ? "" : reason.replaceAll("\\s+", " ").strip();
        if (line.isEmpty()) {
            throw DocumentException.invalidRequest("바꾸는 이유를 한 줄로 적어 주세요(reason).");
        }
        if (line.length() > MAX) {
            throw DocumentException.invalidRequest("이유는 " + MAX + "자 이내로 적어 주세요.");
        }
        return line;
    }
}
