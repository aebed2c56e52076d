package kr.donggu.chatbot.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A curated answer as stored: the question, its other phrasings, the approved text, the document sections it cites,
 * the day it must be reviewed by (null: no end), and who last changed it when.
 */
public record StoredAnswer(String id, String question, List<String> variants, String answer, List<Citation> sources,
                           LocalDate validUntil, Instant createdAt, Instant updatedAt, String updatedBy) {

    public StoredAnswer {
        variants = List.copyOf(variants);
        sources = List.copyOf(sources);
    }

    /** A cited document and, optionally, one of its sections by heading. */
    public record Citation(String id, String section) {
    }
}
