package kr.donggu.chatbot.support;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Reads the SQLite file the server wrote, as an auditor would: plain JDBC, no application code. */
public final class Db {

    private Db() {
    }

    public static List<String> column(Path dataDir, String sql) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dataDir.resolve("chatbot.db"));
             Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            List<String> out = new ArrayList<>();
            while (rs.next()) {
                out.add(rs.getString(1));
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public static long count(Path dataDir, String sql) {
        return Long.parseLong(column(dataDir, sql).get(0));
    }
}
