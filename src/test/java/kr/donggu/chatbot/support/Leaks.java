package kr.donggu.chatbot.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Where a personal value could end up, read as an auditor would (plain JDBC, raw file bytes, the bodies a stand-in
 * received), and a search of each place for a value in any form it was typed: as typed, with look-alike characters
 * folded, or as its bare digits within one stored field.
 */
public final class Leaks {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Leaks() {
    }

    /** Every text cell of every table of the SQLite database in {@code dataDir}. */
    public static List<String> databaseCells(Path dataDir) {
        List<String> cells = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dataDir.resolve("chatbot.db"));
             Statement st = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = st.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table'")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            for (String table : tables) {
                try (ResultSet rs = st.executeQuery("SELECT * FROM \"" + table + "\"")) {
                    int columns = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        for (int i = 1; i <= columns; i++) {
                            String v = rs.getString(i);
                            if (v != null) {
                                cells.add(table + ": " + v);
                            }
                        }
                    }
                }
            }
            return cells;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The bytes of every file under {@code dir} (database, write-ahead log, index segments), as text. */
    public static List<String> fileContents(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            List<String> out = new ArrayList<>();
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                out.add(new String(Files.readAllBytes(f), StandardCharsets.UTF_8));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The string values of a JSON body (escapes decoded), or the body itself when it is not JSON. */
    public static List<String> jsonStrings(String body) {
        try {
            List<String> out = new ArrayList<>();
            collect(JSON.readTree(body), out);
            return out;
        } catch (IOException e) {
            return List.of(body);
        }
    }

    private static void collect(JsonNode node, List<String> out) {
        if (node == null) {
            return;
        }
        if (node.isTextual()) {
            out.add(node.textValue());
        }
        node.forEach(child -> collect(child, out));
    }

    /** The places among {@code texts} where {@code value} shows, in any of its forms; empty when none. */
    public static List<String> find(String value, List<String> texts, boolean byDigits) {
        String folded = fold(value);
        String digits = PiiSamples.digitsOf(value);
        List<String> found = new ArrayList<>();
        for (String text : texts) {
            boolean hit = text.contains(value) || fold(text).contains(folded)
                    || (byDigits && digits.length() >= 8 && PiiSamples.digitsOf(text).contains(digits));
            if (hit) {
                found.add(text.length() > 300 ? text.substring(0, 300) + "…" : text);
            }
        }
        return found;
    }

    private static String fold(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            char f = c >= '\uFF01' && c <= '\uFF5E' ? (char) (c - 0xFEE0) : c;
            out.append(f >= '\u2010' && f <= '\u2015' || f == '\u2212' ? '-' : f);
        }
        return out.toString();
    }
}
