package kr.donggu.chatbot.documents;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import kr.donggu.chatbot.knowledge.DocumentSource;
import kr.donggu.chatbot.store.Database;

/**
 * Where the current text of each program document is kept. With SQLite: the files of {@code knowledge/programs/},
 * which stay the source of truth and editable by hand (the database keeps only their history). With PostgreSQL: the
 * newest version in the database, shared by every node.
 */
public interface DocumentStore extends DocumentSource {

    /** A current document: its id (from its header, or the file's name when the header cannot be read). */
    record Entry(String id, String name, String text) {
    }

    List<Entry> entries();

    /** Folder: writes the file (atomically). Database: nothing, the appended version is the write. */
    void write(String name, String text);

    /** Folder: removes the file. Database: nothing. */
    void remove(String name);

    /** Whether the texts are files that may change by hand, so that their history must catch up with them. */
    boolean keepsFiles();

    /** The store for this database: the folder with SQLite, the database with PostgreSQL. */
    static DocumentStore of(Path knowledgeDir, Database db) {
        return "postgresql".equals(db.kind()) ? new DatabaseStore(db.documents()) : new FolderStore(knowledgeDir);
    }

    /**
     * Like {@link #of}; with PostgreSQL, also copies into the database each document of the folder that it has never
     * held (the first node on a new database brings the bundled knowledge; later ones find it there).
     */
    static DocumentStore open(Path knowledgeDir, Database db, Clock clock) {
        DocumentStore store = of(knowledgeDir, db);
        if (store instanceof DatabaseStore database) {
            database.seedFrom(new FolderStore(knowledgeDir), clock);
        }
        return store;
    }
}
