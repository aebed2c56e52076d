package kr.donggu.chatbot.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Splits Korean prose into sentences: after . ! ? followed by a space or line end, and at line breaks. */
final class Sentences {

    private static final Pattern BOUNDARY = Pattern.compile("(?<=[.!?。])\\s+|\\n+");

    private Sentences() {
    }

    static List<String> split(String text) {
        List<String> out = new ArrayList<>();
        for (String s : BOUNDARY.split(text)) {
            String t = s.strip().replaceFirst("^[-*•]\\s*", "");
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }
}
