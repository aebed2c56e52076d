package kr.donggu.chatbot.knowledge;

import java.util.Map;

/** Which section of which document a reply rests on: what is cited, guarded and stored with the reply. */
public record SectionKey(String docId, String section) {

    /** As plain values (for message attributes, which must stay JSON-friendly). */
    public Map<String, String> toMap() {
        return Map.of("docId", docId, "section", section == null ? "" : section);
    }

    public static SectionKey fromMap(Map<?, ?> map) {
        Object section = map.get("section");
        return new SectionKey(String.valueOf(map.get("docId")),
                section == null || section.toString().isEmpty() ? null : section.toString());
    }
}
