package kr.donggu.chatbot.knowledge;

import java.time.LocalDate;

/** Where a document's facts come from: an article or an act, with its date when known. */
public record SourceRef(String name, LocalDate date) {
}
