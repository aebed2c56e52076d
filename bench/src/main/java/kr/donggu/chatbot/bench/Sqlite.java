package kr.donggu.chatbot.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads what the server stored, from outside, as an auditor would. */
final class Sqlite {

    private Sqlite() {
    }

    static Map<String, Integer> messageCounts(Path dataDir) throws Exception {
        Map<String, Integer> counts = new HashMap<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dataDir.resolve("chatbot.db"));
             ResultSet rs = c.createStatement().executeQuery("SELECT id, COUNT(*) FROM messages GROUP BY id")) {
            while (rs.next()) {
                counts.put(rs.getString(1), rs.getInt(2));
            }
        }
        return counts;
    }

    static String integrity(Path dataDir) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dataDir.resolve("chatbot.db"));
             ResultSet rs = c.createStatement().executeQuery("PRAGMA integrity_check")) {
            return rs.next() ? rs.getString(1) : "no result";
        }
    }

    /** Server-side answer times (ms) of the messages stored between two instants. */
    static List<Double> serverMillis(Path dataDir, long fromMillis, long toMillis) throws Exception {
        List<Double> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dataDir.resolve("chatbot.db"));
             PreparedStatement ps = c.prepareStatement("SELECT latency_us FROM messages WHERE created_at BETWEEN ? AND ?")) {
            ps.setLong(1, fromMillis);
            ps.setLong(2, toMillis);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getLong(1) / 1000.0);
                }
            }
        }
        return out;
    }
}
