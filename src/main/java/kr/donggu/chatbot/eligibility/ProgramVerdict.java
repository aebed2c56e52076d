package kr.donggu.chatbot.eligibility;

import java.util.List;

/** The verdict for one program with a reason per criterion; {@code missing} names the criteria still unknown. */
public record ProgramVerdict(String programId, String title, Verdict verdict, List<Reason> reasons, List<String> missing) {

    /** One criterion: met (true/false) or unknown (null), a Korean sentence, and "docId · section". */
    public record Reason(String criterion, Boolean met, String explanation, String source) {
    }
}
