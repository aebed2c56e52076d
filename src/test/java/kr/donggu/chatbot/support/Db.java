package kr.donggu.chatbot.support;

import java.nio.file.Path;
import java.util.List;

/** Reads the SQLite file the server wrote, as an auditor would: plain JDBC, no application code. */
public final class Db {

    private Db() {
    }

    public static List<String> column(Path dataDir, String sql) {
        return Rows.firstColumn("jdbc:sqlite:" + dataDir.resolve("chatbot.db"), null, sql);
    }

    public static long count(Path dataDir, String sql) {
        return Long.parseLong(column(dataDir, sql).get(0));
    }
}
