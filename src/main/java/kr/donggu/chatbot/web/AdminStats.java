package kr.donggu.chatbot.web;

import io.javalin.http.Context;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import kr.donggu.chatbot.knowledge.ProgramDocument;
import kr.donggu.chatbot.search.ProgramIndex;
import kr.donggu.chatbot.store.Records;
import kr.donggu.chatbot.store.StatsRepository;

/** {@code GET /admin/api/stats} (the numbers) and {@code GET /admin/api/stats/charts} (as SVG) for a period. */
final class AdminStats {

    private final StatsRepository stats;
    private final ProgramIndex index;
    private final Clock clock;

    AdminStats(StatsRepository stats, ProgramIndex index, Clock clock) {
        this.stats = stats;
        this.index = index;
        this.clock = clock;
    }

    void stats(Context ctx) {
        StatsPeriod period = period(ctx);
        Records.Stats s = stats.stats(period.start(), period.end());
        Map<String, Object> body = summary(period, s);
        body.put("answered", s.answered());
        body.put("questionsPerDay", s.questionsPerDay());
        body.put("answeredPerDay", s.answeredPerDay());
        body.put("topPrograms", s.topPrograms());
        body.put("channels", s.channels());
        ctx.json(body);
    }

    void charts(Context ctx) {
        StatsPeriod period = period(ctx);
        Records.Stats s = stats.stats(period.start(), period.end());
        Map<String, Object> body = summary(period, s);
        body.put("charts", StatsCharts.of(s, period, id -> index.knowledge().find(id).map(ProgramDocument::title)
                .orElse(id)));
        ctx.json(body);
    }

    private StatsPeriod period(Context ctx) {
        return StatsPeriod.of(ctx.queryParam("from"), ctx.queryParam("to"), clock);
    }

    private Map<String, Object> summary(StatsPeriod period, Records.Stats s) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("today", LocalDate.now(clock.withZone(StatsPeriod.KST)).toString());
        body.put("from", period.from().toString());
        body.put("to", period.to().toString());
        body.put("timeZone", StatsPeriod.KST.getId());
        body.put("questions", s.questions());
        body.put("answeredRate", s.answeredRate());
        return body;
    }
}
