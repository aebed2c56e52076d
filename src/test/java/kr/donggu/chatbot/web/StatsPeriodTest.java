package kr.donggu.chatbot.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StatsPeriodTest {

    /** 23:30 UTC on 30 November is already 1 December in Korea. */
    static final Clock LATE_EVENING_UTC = Clock.fixed(Instant.parse("2026-11-30T23:30:00Z"), ZoneOffset.UTC);

    @Test
    void by_default_the_last_30_days_up_to_today_in_korea() {
        StatsPeriod p = StatsPeriod.of(null, "", LATE_EVENING_UTC);

        assertThat(p.to()).isEqualTo(LocalDate.parse("2026-12-01"));
        assertThat(p.from()).isEqualTo(LocalDate.parse("2026-11-02"));
        assertThat(p.days()).hasSize(30);
        assertThat(p.start()).isEqualTo(Instant.parse("2026-11-01T15:00:00Z"));
        assertThat(p.end()).isEqualTo(Instant.parse("2026-12-01T15:00:00Z"));
    }

    @Test
    void a_chosen_period_includes_both_ends() {
        StatsPeriod p = StatsPeriod.of("2026-11-01", "2026-11-01", LATE_EVENING_UTC);

        assertThat(p.days()).containsExactly(LocalDate.parse("2026-11-01"));
    }

    @ParameterizedTest
    @CsvSource({
            // from, to, what the message says
            "2026-13-01, 2026-11-30, YYYY-MM-DD",
            "yesterday, , YYYY-MM-DD",
            "2026-11-30, 2026-11-01, 시작일이 종료일보다 늦습니다",
            "2025-01-01, 2026-11-30, 366일 이내",
    })
    void refuses_a_period_it_cannot_show(String from, String to, String message) {
        assertThatThrownBy(() -> StatsPeriod.of(from, to, LATE_EVENING_UTC))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status()).isEqualTo(400))
                .hasMessageContaining(message);
    }
}
