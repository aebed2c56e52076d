package kr.donggu.chatbot.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Curated answers, and which unanswered questions each one now covers: a covered question leaves the console's
 * unanswered list, and comes back when its answer is deleted.
 */
public final class AnswerRepository {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String COLUMNS = "id, question, variants_json, answer, sources_json, valid_until, created_at, "
            + "updated_at, updated_by";

    private final Jdbc jdbc;

    AnswerRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** Oldest first. */
    public List<StoredAnswer> all() {
        return jdbc.list("read curated answers", "SELECT " + COLUMNS + " FROM curated_answers ORDER BY created_at, id",
                AnswerRepository::row);
    }

    public Optional<StoredAnswer> find(String id) {
        return jdbc.one("read curated answer " + id, "SELECT " + COLUMNS + " FROM curated_answers WHERE id = ?",
                AnswerRepository::row, id);
    }

    public void insert(StoredAnswer a) {
        jdbc.update("save curated answer " + a.id(), "INSERT INTO curated_answers(" + COLUMNS + ") VALUES "
                        + "(?, ?, ?, ?, ?, ?, ?, ?, ?)", a.id(), a.question(), json(a.variants()), a.answer(),
                json(a.sources()), day(a.validUntil()), a.createdAt().toEpochMilli(), a.updatedAt().toEpochMilli(),
                a.updatedBy());
    }

    /** Replaces everything but the id and creation time; false if there is no such answer. */
    public boolean update(StoredAnswer a) {
        return jdbc.update("update curated answer " + a.id(), "UPDATE curated_answers SET question = ?, "
                        + "variants_json = ?, answer = ?, sources_json = ?, valid_until = ?, updated_at = ?, "
                        + "updated_by = ? WHERE id = ?", a.question(), json(a.variants()), a.answer(),
                json(a.sources()), day(a.validUntil()), a.updatedAt().toEpochMilli(), a.updatedBy(), a.id()) == 1;
    }

    /** Deletes the answer; the questions it covered are unanswered again. False if there is no such answer. */
    public boolean delete(String id) {
        return jdbc.inTransaction("delete curated answer " + id, c -> {
            Jdbc.update(c, "UPDATE unanswered SET resolved_by = NULL WHERE resolved_by = ?", id);
            return Jdbc.update(c, "DELETE FROM curated_answers WHERE id = ?", id) == 1;
        });
    }

    /**
     * Records that answer {@code answerId} covers exactly these unanswered questions (by message id): those it
     * covered before and no longer does are unanswered again; a question another answer covers keeps that one.
     */
    public void cover(String answerId, Collection<String> messageIds) {
        jdbc.inTransaction("mark questions covered by curated answer " + answerId, c -> {
            Jdbc.update(c, "UPDATE unanswered SET resolved_by = NULL WHERE resolved_by = ?", answerId);
            for (String messageId : messageIds) {
                Jdbc.update(c, "UPDATE unanswered SET resolved_by = ? WHERE message_id = ? AND resolved_by IS NULL",
                        answerId, messageId);
            }
            return null;
        });
    }

    private static StoredAnswer row(ResultSet rs) throws SQLException {
        String until = rs.getString(6);
        return new StoredAnswer(rs.getString(1), rs.getString(2), read(rs.getString(3), new TypeReference<List<String>>() { }),
                rs.getString(4), read(rs.getString(5), new TypeReference<List<StoredAnswer.Citation>>() { }),
                until == null ? null : LocalDate.parse(until), Instant.ofEpochMilli(rs.getLong(7)),
                Instant.ofEpochMilli(rs.getLong(8)), rs.getString(9));
    }

    private static String day(LocalDate date) {
        return date == null ? null : date.toString();
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Curated answer fields could not be written as JSON", e);
        }
    }

    private static <T> List<T> read(String json, TypeReference<List<T>> type) {
        try {
            return JSON.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new StoreException("read a curated answer's stored list", e);
        }
    }
}
