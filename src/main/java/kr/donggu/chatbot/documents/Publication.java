package kr.donggu.chatbot.documents;

import kr.donggu.chatbot.search.ProgramIndex;
import kr.donggu.chatbot.store.ClusterEvents;
import kr.donggu.chatbot.store.DocumentVersion;

/**
 * Puts a new version of a document in service: its text where documents are kept, then the version (whose number
 * may already be taken, by a save on another node: then the old text goes back and the save is stale), then the
 * index here and, through {@link ClusterEvents#REINDEX}, on every other node.
 */
final class Publication {

    private final DocumentStore store;
    private final Versions versions;
    private final ProgramIndex index;
    private final ClusterEvents events;

    Publication(DocumentStore store, Versions versions, ProgramIndex index, ClusterEvents events) {
        this.store = store;
        this.versions = versions;
        this.index = index;
        this.events = events;
    }

    /** @param previous the text in service before (null: none), put back if the version cannot be stored */
    void publish(DocumentVersion version, String previous) {
        if (version.deleted()) {
            store.remove(version.fileName());
        } else {
            store.write(version.fileName(), version.body());
        }
        boolean stored;
        try {
            stored = versions.append(version);
        } catch (RuntimeException e) {
            restore(version.fileName(), previous);
            throw e;
        }
        if (!stored) {
            restore(version.fileName(), previous);
            throw DocumentException.stale(versions.latest(version.docId()).orElseThrow().version());
        }
        index.reload();
        events.publish(ClusterEvents.REINDEX, "documents");
    }

    private void restore(String name, String previous) {
        if (previous == null) {
            store.remove(name);
        } else {
            store.write(name, previous);
        }
    }
}
