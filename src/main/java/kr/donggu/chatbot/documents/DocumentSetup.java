package kr.donggu.chatbot.documents;

import java.nio.file.Path;
import java.time.Clock;
import kr.donggu.chatbot.chat.ChatService;
import kr.donggu.chatbot.search.ProgramIndex;
import kr.donggu.chatbot.store.ClusterEvents;
import kr.donggu.chatbot.store.DocumentRepository;

/**
 * What the document service is built from: where documents are kept and their versions, the served index (reloaded
 * after each change, and the other nodes told through {@code events}), the chat service whose answer path the preview
 * runs, the knowledge folder (dictionary and import tables), a folder for temporary preview indexes, the age after
 * which a review is overdue, and the clock.
 */
public record DocumentSetup(DocumentStore store, DocumentRepository versions, ProgramIndex index,
                            ClusterEvents events, ChatService chat, Path knowledgeDir, Path workDir,
                            int reviewMaxAgeDays, Clock clock) {
}
