package kr.donggu.chatbot.answer;

import dev.langchain4j.data.document.Metadata;
import dev.langchain4j.rag.content.Content;
import kr.donggu.chatbot.knowledge.QuestionKind;
import kr.donggu.chatbot.knowledge.SectionKey;
import kr.donggu.chatbot.search.LuceneContentRetriever;

/** One retrieved evidence sentence, read back from the metadata {@link LuceneContentRetriever} gives it. */
record EvidenceLine(String docId, String title, String section, int sectionIndex, int sentence, String text,
                    double score, boolean answersKind, boolean onFocus, boolean gap, boolean gapOnFocus,
                    boolean referral, int list, boolean listIntro, boolean catalog, long filled, boolean named) {

    static EvidenceLine of(Content c) {
        Metadata m = c.textSegment().metadata();
        Object score = c.metadata().get(dev.langchain4j.rag.content.ContentMetadata.SCORE);
        return new EvidenceLine(m.getString(LuceneContentRetriever.DOC_ID), m.getString(LuceneContentRetriever.TITLE),
                m.getString(LuceneContentRetriever.SECTION), integer(m, LuceneContentRetriever.SECTION_INDEX),
                integer(m, LuceneContentRetriever.SENTENCE), c.textSegment().text(),
                score instanceof Number n ? n.doubleValue() : 0, flag(m, LuceneContentRetriever.ANSWERS_KIND),
                flag(m, LuceneContentRetriever.ON_FOCUS), flag(m, LuceneContentRetriever.GAP),
                flag(m, LuceneContentRetriever.GAP_ON_FOCUS), flag(m, LuceneContentRetriever.REFERRAL),
                integer(m, LuceneContentRetriever.LIST), flag(m, LuceneContentRetriever.LIST_INTRO),
                flag(m, LuceneContentRetriever.CATALOG), filled(m), flag(m, LuceneContentRetriever.NAMED));
    }

    static QuestionKind kind(Content c) {
        String kind = c.textSegment().metadata().getString(LuceneContentRetriever.KIND);
        return kind == null ? QuestionKind.WHAT : QuestionKind.valueOf(kind);
    }

    static boolean contradicted(Content c) {
        return flag(c.textSegment().metadata(), LuceneContentRetriever.CONTRADICTED);
    }

    SectionKey key() {
        return new SectionKey(docId, section);
    }

    boolean sameList(EvidenceLine other) {
        return list >= 0 && list == other.list && docId.equals(other.docId) && sectionIndex == other.sectionIndex;
    }

    /** Says something the question asked about, not only that something is missing or whom to ask. */
    boolean isSubstantive() {
        return !gap && !referral;
    }

    private static long filled(Metadata m) {
        Long v = m.getLong(LuceneContentRetriever.FILLED);
        return v == null ? 0 : v;
    }

    private static boolean flag(Metadata m, String key) {
        Integer v = m.getInteger(key);
        return v != null && v == 1;
    }

    private static int integer(Metadata m, String key) {
        Integer v = m.getInteger(key);
        return v == null ? -1 : v;
    }
}
