package kr.donggu.chatbot.search;

/** Field names of a section chunk in the index. */
final class IndexFields {
    static final String CHUNK_ID = "chunk";
    static final String DOC_ID = "doc";
    static final String TITLE = "title";
    static final String HEADING = "heading";
    static final String KEYWORDS = "keywords";
    static final String BODY = "body";
    static final String BIGRAMS = "grams";
    static final String PAIRS = "pairs";
    static final String FINGERPRINT = "fingerprint";
    /** The section's position in its program (doc values). */
    static final String ORDER = "order";

    private IndexFields() {
    }
}
