package kr.donggu.chatbot.store;

import java.sql.SQLException;
import java.util.Optional;

/**
 * PostgreSQL takes concurrent writers, so each turn commits in its own transaction on the request's thread (on the
 * session's connection while a turn holds its lock): no writer thread to die, no queue to wait in.
 */
final class DirectTurns implements TurnSink {

    private final Jdbc jdbc;

    DirectTurns(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void write(String what, Write write) {
        jdbc.inTransaction(what, c -> {
            try {
                write.apply(c);
            } catch (SQLException e) {
                if (jdbc.dialect().isUniqueViolation(e)) {
                    throw new DuplicateTurnException("a channel", what);
                }
                throw e;
            }
            return null;
        });
    }

    @Override
    public Optional<String> problem() {
        return Optional.empty();
    }

    @Override
    public void close() {
        // nothing held
    }
}
