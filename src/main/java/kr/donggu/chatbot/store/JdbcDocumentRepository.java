package kr.donggu.chatbot.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** {@link DocumentRepository} in SQL that both databases run; the primary key (doc_id, version) orders saves. */
final class JdbcDocumentRepository implements DocumentRepository {

    private static final String COLUMNS = "doc_id, version, file_name, body, actor, created_at, reason, action";

    private final Jdbc jdbc;

    JdbcDocumentRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<DocumentVersion> latest() {
        return jdbc.list("read the documents' latest versions", "SELECT " + prefixed() + " FROM document_versions v "
                + "JOIN (SELECT doc_id AS id, MAX(version) AS newest FROM document_versions GROUP BY doc_id) n "
                + "ON v.doc_id = n.id AND v.version = n.newest ORDER BY v.doc_id", JdbcDocumentRepository::row);
    }

    @Override
    public Optional<DocumentVersion> latest(String docId) {
        return jdbc.one("read the latest version of document " + docId, "SELECT " + COLUMNS
                + " FROM document_versions WHERE doc_id = ? ORDER BY version DESC LIMIT 1", JdbcDocumentRepository::row,
                docId);
    }

    @Override
    public List<DocumentVersion> versions(String docId) {
        return jdbc.list("read the versions of document " + docId, "SELECT " + COLUMNS
                + " FROM document_versions WHERE doc_id = ? ORDER BY version DESC", JdbcDocumentRepository::row, docId);
    }

    @Override
    public Optional<DocumentVersion> version(String docId, int version) {
        return jdbc.one("read version " + version + " of document " + docId, "SELECT " + COLUMNS
                + " FROM document_versions WHERE doc_id = ? AND version = ?", JdbcDocumentRepository::row, docId, version);
    }

    @Override
    public boolean append(DocumentVersion v) {
        return jdbc.inConnection("save version " + v.version() + " of document " + v.docId(), c -> {
            try {
                return Jdbc.update(c, "INSERT INTO document_versions(" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                        v.docId(), v.version(), v.fileName(), v.body(), v.actor(), v.at().toEpochMilli(), v.reason(),
                        v.action()) == 1;
            } catch (SQLException e) {
                if (jdbc.dialect().isUniqueViolation(e)) {
                    return false;
                }
                throw e;
            }
        });
    }

    private static String prefixed() {
        return "v." + COLUMNS.replace(", ", ", v.");
    }

    private static DocumentVersion row(ResultSet rs) throws SQLException {
        return new DocumentVersion(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4), rs.getString(5),
                Instant.ofEpochMilli(rs.getLong(6)), rs.getString(7), rs.getString(8));
    }
}
