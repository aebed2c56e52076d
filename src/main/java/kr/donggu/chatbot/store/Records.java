package kr.donggu.chatbot.store;

import java.time.Instant;
import java.util.Map;

/** Read models of the operators' console. */
public final class Records {

    private Records() {
    }

    public record FeedbackView(String messageId, String sessionId, String rating, String comment, String question,
                               String answer, Instant at) {
    }

    public record Ticket(String ticketId, String sessionId, String name, String contact, String question,
                         String status, Instant createdAt) {
    }

    public record UnansweredQuestion(String messageId, String sessionId, String question, String reason, Instant at) {
    }

    public record GuardEvent(String messageId, String action, String detail, Instant at) {
    }

    /** Days are KST dates ({@code yyyy-MM-dd}); days without questions are absent. */
    public record Stats(long questions, long answered, double answeredRate, Map<String, Long> questionsPerDay,
                        Map<String, Long> answeredPerDay, Map<String, Long> topPrograms, Map<String, Long> channels) {
    }

    /** One admin action; {@code actor} is the label of the admin token used. */
    public record AuditEntry(Instant at, String actor, String action, String target, String detail) {
    }
}
