package kr.donggu.chatbot.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kr.donggu.chatbot.curated.CuratedAnswers;
import kr.donggu.chatbot.knowledge.ProgramDocument;
import kr.donggu.chatbot.search.ProgramIndex;
import kr.donggu.chatbot.store.StoredAnswer;

/**
 * The knowledge report for staff: each document with its review date and period, flagged when its period is over
 * or it has not been reviewed for {@code REVIEW_MAX_AGE_DAYS}; the problems found while loading; and each curated
 * answer with its review day, flagged when it has expired (and is no longer served) or its cited section is gone.
 */
final class KnowledgeReport {

    private final int reviewMaxAgeDays;
    private final CuratedAnswers curated;

    KnowledgeReport(int reviewMaxAgeDays, CuratedAnswers curated) {
        this.reviewMaxAgeDays = reviewMaxAgeDays;
        this.curated = curated;
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
        out.put("curatedAnswers", curatedAnswers());
        // the standard section headings, which the console's document form offers
        out.put("headings", index.lexicon().sections().headings().stream().map(h -> h.name()).toList());
        return out;
    }

    private List<Map<String, Object>> curatedAnswers() {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (StoredAnswer a : curated.list()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", a.id());
            row.put("question", a.question());
            row.put("validUntil", a.validUntil());
            row.put("flags", curated.flags(a));
            rows.add(row);
        }
        return rows;
    }
}
