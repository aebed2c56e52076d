package kr.donggu.chatbot.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

/**
 * Replaces resident registration numbers, phone numbers, e-mail addresses, card and bank account numbers with
 * Korean placeholders such as {@code [전화번호]}. Applied before anything is stored, logged or sent to a model.
 */
public final class PiiMasker {

    public Masked mask(String text) {
        if (text == null || text.isEmpty()) {
            return new Masked(text == null ? "" : text, List.of());
        }
        String out = text;
        List<PiiKind> found = new ArrayList<>();
        for (PiiKind kind : PiiKind.values()) {
            Matcher m = kind.pattern.matcher(out);
            if (m.find()) {
                found.add(kind);
                out = m.replaceAll(Matcher.quoteReplacement(kind.placeholder()));
            }
        }
        return new Masked(out, List.copyOf(found));
    }

    public boolean containsPii(String text) {
        return mask(text).changed();
    }
}
