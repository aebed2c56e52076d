package kr.donggu.chatbot.search;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.ko.dict.UserDictionary;

/** Builds a Nori user dictionary from the staff's file, skipping (and naming) lines Nori rejects. */
final class UserDictionaries {

    private UserDictionaries() {
    }

    record Loaded(UserDictionary dictionary, List<String> rejectedLines) {
    }

    static Loaded from(String text) {
        String entries = text.lines().map(l -> l.replaceFirst("#.*", "").strip()).filter(l -> !l.isEmpty())
                .reduce((a, b) -> a + "\n" + b).orElse("");
        UserDictionary whole = open(entries);
        if (whole != null || entries.isEmpty()) {
            return new Loaded(whole, List.of());   // the usual case: one dictionary built, not one per line
        }
        List<String> accepted = new ArrayList<>();
        List<String> rejected = new ArrayList<>();
        for (String line : text.split("\n")) {
            String entry = line.replaceFirst("#.*", "").strip();
            if (entry.isEmpty()) {
                continue;
            }
            if (open(entry) != null) {
                accepted.add(entry);
            } else {
                rejected.add(entry);
            }
        }
        return new Loaded(open(String.join("\n", accepted)), List.copyOf(rejected));
    }

    private static UserDictionary open(String text) {
        if (text.isBlank()) {
            return null;
        }
        try {
            return UserDictionary.open(new StringReader(text));
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
