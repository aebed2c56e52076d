package kr.donggu.chatbot.knowledge;

import java.util.List;

/** What loading {@code knowledge/} found wrong: each problem names the file and line, in Korean and English. */
public record ValidationReport(int filesRead, int documentsLoaded, List<Problem> problems) {

    public enum Severity { ERROR, WARNING }

    /** An ERROR means the file was left out; a WARNING means it was served but should be fixed. */
    public record Problem(String file, int line, Severity severity, String messageKo, String messageEn) {
        @Override
        public String toString() {
            return severity + " " + file + ":" + line + " " + messageKo + " / " + messageEn;
        }
    }

    public List<Problem> errors() {
        return problems.stream().filter(p -> p.severity() == Severity.ERROR).toList();
    }
}
