package kr.donggu.chatbot.guard;

import kr.donggu.chatbot.knowledge.KnowledgeBase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One {@link ClaimGuard} per version of the knowledge: rebuilt (its word lists re-read, its evidence cache empty)
 * only when the knowledge is reloaded. The replaced guard is left to the garbage collector rather than closed, since
 * a request may still be using it.
 */
public final class ClaimGuards {

    private static final Logger log = LoggerFactory.getLogger(ClaimGuards.class);

    private record Current(KnowledgeBase kb, ClaimGuard guard) {
    }

    private volatile Current current = new Current(null, null);

    public ClaimGuard forKnowledge(KnowledgeBase kb) {
        Current c = current;
        if (c.kb() != kb) {
            c = new Current(kb, ClaimGuard.forKnowledge(kb));
            c.guard().lexicon().problems().forEach(p -> log.warn("Guard word list problem: {}", p));
            current = c;
        }
        return c.guard();
    }
}
