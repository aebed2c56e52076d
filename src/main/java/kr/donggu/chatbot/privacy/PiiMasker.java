package kr.donggu.chatbot.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

/**
 * Replaces personal data (the kinds in {@link PiiKind}: e-mail addresses, resident and foreigner registration,
 * passport, driver's licence, card, phone and bank account numbers) with Korean placeholders such as
 * {@code [전화번호]}. Applied before anything is stored, logged or sent to a model. Thread-safe.
 */
public final class PiiMasker {

    public Masked mask(String text) {
        if (text == null || text.isEmpty()) {
            return new Masked(text == null ? "" : text, List.of());
        }
        String out = text;
        String folded = TextFold.fold(text);
        if (folded.chars().noneMatch(c -> c >= '0' && c <= '9' || c == '@')) {
            return new Masked(text, List.of());   // every kind needs a digit, or an @ for an e-mail address
        }
        List<PiiKind> found = new ArrayList<>();
        for (PiiKind kind : PiiKind.values()) {
            Matcher m = kind.pattern().matcher(folded);
            StringBuilder nextOut = new StringBuilder(out.length());
            StringBuilder nextFolded = new StringBuilder(out.length());
            int copied = 0;
            int from = 0;
            while (from < folded.length() && m.find(from)) {
                if (!kind.plausible(m.group())) {
                    from = m.start() + 1;   // a date run is not an account; one may still start further on
                    continue;
                }
                nextOut.append(out, copied, m.start()).append(kind.placeholder());
                nextFolded.append(folded, copied, m.start()).append(kind.placeholder());
                copied = m.end();
                from = copied;
            }
            if (copied > 0) {
                found.add(kind);
                out = nextOut.append(out, copied, out.length()).toString();
                folded = nextFolded.append(folded, copied, folded.length()).toString();
            }
        }
        return new Masked(out, List.copyOf(found));
    }

    public boolean containsPii(String text) {
        return mask(text).changed();
    }
}
