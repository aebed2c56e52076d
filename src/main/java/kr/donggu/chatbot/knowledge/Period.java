package kr.donggu.chatbot.knowledge;

import java.time.LocalDate;

/** The dates a document describes; a document that names only a year covers that whole year. */
public record Period(LocalDate start, LocalDate end) {

    public static Period ofYear(int year) {
        return new Period(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    public boolean isOver(LocalDate today) {
        return today.isAfter(end);
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(start) && !day.isAfter(end);
    }
}
