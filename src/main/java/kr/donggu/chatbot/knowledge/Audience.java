package kr.donggu.chatbot.knowledge;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import java.util.Optional;

/** Who a program is for. */
public enum Audience {
    RESIDENT, ENTERPRISE;

    @JsonValue
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Optional<Audience> parse(String text) {
        for (Audience a : values()) {
            if (a.wireName().equals(text.trim().toLowerCase(Locale.ROOT))) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }
}
