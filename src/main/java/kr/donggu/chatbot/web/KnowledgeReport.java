package kr.donggu.chatbot.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kr.donggu.chatbot.knowledge.ProgramDocument;
import kr.donggu.chatbot.search.ProgramIndex;

/**
 * The knowledge report for staff: each document with its review date and period, flagged when its period is over
 * or it has not been reviewed for {@code REVIEW_MAX_AGE_DAYS}; and the problems found while loading.
 */
final class KnowledgeReport {

    private final int reviewMaxAgeDays;

    KnowledgeReport(int reviewMaxAgeDays) {
        this.reviewMaxAgeDays = reviewMaxAgeDays;
    }

    Map<String, Object> of(ProgramIndex index, Clock clock) {
        LocalDate today = LocalDate.now(clock);
        List<Map<String, Object>> documents = new ArrayList<>();
        for (ProgramDocument d : index.knowledge().documents()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", d.id());
            row.put("title", d.title());
            row.put("file", d.fileName());
            row.put("reviewed", d.reviewed());
            row.put("period", d.coveredPeriod().orElse(null));
            row.put("flags", d.attention(today, reviewMaxAgeDays));
            documents.add(row);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("today", today);
        out.put("documents", documents);
        out.put("problems", index.knowledge().report().problems());
        out.put("rejectedDictionaryLines", index.rejectedDictionaryLines());
        // the standard section headings, which the console's document form offers
        out.put("headings", index.lexicon().sections().headings().stream().map(h -> h.name()).toList());
        return out;
    }
}
