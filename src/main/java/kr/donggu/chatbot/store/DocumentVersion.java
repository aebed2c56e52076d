package kr.donggu.chatbot.store;

import java.time.Instant;

/**
 * One version of a program document: its Markdown text ({@code body}, null for a deletion), the file it is kept as
 * (programs/x.md), who made it (the admin token's label, or {@code file} / {@code system}), when, why, and how
 * ({@code action}: created, saved, rolled_back, deleted, file, seeded).
 */
public record DocumentVersion(String docId, int version, String fileName, String body, String actor, Instant at,
                              String reason, String action) {

    public boolean deleted() {
        return body == null;
    }
}
