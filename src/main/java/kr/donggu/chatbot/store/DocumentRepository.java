package kr.donggu.chatbot.store;

import java.util.List;
import java.util.Optional;

/**
 * The versions of the program documents kept in the console. Versions of a document are numbered 1, 2, 3…; adding
 * a number that exists already fails ({@code false}), which is how two saves based on the same version are told
 * apart: the second learns it is stale. Nothing is ever updated or removed.
 */
public interface DocumentRepository {

    /** The newest version of every document, deletions included, by id. */
    List<DocumentVersion> latest();

    Optional<DocumentVersion> latest(String docId);

    /** Newest first. */
    List<DocumentVersion> versions(String docId);

    Optional<DocumentVersion> version(String docId, int version);

    /** @return false when the document already has a version with this number */
    boolean append(DocumentVersion version);
}
