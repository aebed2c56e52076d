package kr.donggu.chatbot.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;

/** Where turns are written: committed before {@link #write} returns, whatever the backend does in between. */
interface TurnSink extends AutoCloseable {

    interface Write {
        void apply(Connection c) throws SQLException;
    }

    /**
     * Blocks until committed; {@link DuplicateTurnException} for a platform message id already stored,
     * {@link StoreUnavailableException} when it cannot be stored now. Never waits without a limit.
     */
    void write(String what, Write write);

    /** Why this sink cannot take writes, if it cannot. */
    Optional<String> problem();

    @Override
    void close();
}
