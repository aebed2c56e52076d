package kr.donggu.chatbot.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The days the console's statistics cover, as dates in Korea (KST), both ends included: {@code from} and {@code to}
 * query parameters ({@code YYYY-MM-DD}), by default the last {@value #DEFAULT_DAYS} days up to today.
 */
record StatsPeriod(LocalDate from, LocalDate to) {

    static final ZoneId KST = ZoneId.of("Asia/Seoul");
    static final int DEFAULT_DAYS = 30;
    static final int MAX_DAYS = 366;

    static StatsPeriod of(String from, String to, Clock clock) {
        LocalDate end = to == null || to.isBlank() ? LocalDate.now(clock.withZone(KST)) : date(to);
        LocalDate start = from == null || from.isBlank() ? end.minusDays(DEFAULT_DAYS - 1) : date(from);
        if (start.isAfter(end)) {
            throw ApiException.invalid("시작일이 종료일보다 늦습니다. 기간을 다시 선택해 주세요.");
        }
        if (ChronoUnit.DAYS.between(start, end) >= MAX_DAYS) {
            throw ApiException.invalid("기간은 " + MAX_DAYS + "일 이내로 선택해 주세요.");
        }
        return new StatsPeriod(start, end);
    }

    /** Midnight KST at the start of {@code from}. */
    Instant start() {
        return from.atStartOfDay(KST).toInstant();
    }

    /** Midnight KST after {@code to}: the end is exclusive. */
    Instant end() {
        return to.plusDays(1).atStartOfDay(KST).toInstant();
    }

    List<LocalDate> days() {
        return from.datesUntil(to.plusDays(1)).toList();
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw ApiException.invalid("날짜는 YYYY-MM-DD 형식으로 입력해 주세요.");
        }
    }
}
