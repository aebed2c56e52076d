package kr.donggu.chatbot.guard;

import kr.donggu.chatbot.knowledge.KnowledgeBase;
import kr.donggu.chatbot.support.Fixtures;

/** The bundled knowledge and a guard built from it, shared by the guard's tests (both are immutable). */
final class GuardFixture {

    static final KnowledgeBase KB = KnowledgeBase.load(Fixtures.BUNDLED_KNOWLEDGE);
    static final ClaimGuard GUARD = ClaimGuard.forKnowledge(KB);

    private GuardFixture() {
    }

    /** How the lexicon reads one sentence. */
    static Claim read(String sentence) {
        GuardLexicon lexicon = GUARD.lexicon();
        return new ClaimReader(lexicon.names, lexicon.cues, lexicon.words,
                new Morphemes(KB.vocabulary().userDictionary(), lexicon.names.singleWords())).read(sentence);
    }
}
