package kr.donggu.chatbot.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Reads a database as an auditor would: plain JDBC on its own connection, no application code. */
public final class Rows {

    private Rows() {
    }

    /** The first column of every row, as text. */
    public static List<String> firstColumn(String jdbcUrl, String user, String sql) {
        try (Connection c = DriverManager.getConnection(jdbcUrl, user, "");
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
}
