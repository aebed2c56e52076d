package kr.donggu.chatbot.search;

import dev.langchain4j.data.document.Metadata;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.invocation.InvocationParameters;
import dev.langchain4j.rag.content.Content;
import dev.langchain4j.rag.content.ContentMetadata;
import dev.langchain4j.rag.content.retriever.ContentRetriever;
import dev.langchain4j.rag.query.Query;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kr.donggu.chatbot.knowledge.ProgramDocument;
import kr.donggu.chatbot.knowledge.Section;

/**
 * {@link ProgramIndex} as a LangChain4j {@link ContentRetriever}, so the embedded answerer and any LLM pipeline use
 * the same evidence. Returns evidence <em>sentences</em>, best first, each with its document, section and what it
 * says about the question in the segment metadata (keys below) and its score as {@link ContentMetadata#SCORE}; for
 * "어떤 사업이 있나요?" one content per program (its opening sentence). Returns nothing when the question is out of
 * scope, so no model is handed unrelated text to answer from. The document under discussion (for follow-ups) comes
 * from the invocation parameter {@link #CONTEXT}, set by the chat layer after resolving the conversation.
 */
public final class LuceneContentRetriever implements ContentRetriever {

    public static final int DEFAULT_MAX_RESULTS = 5;
    /** Invocation parameter: the document id the conversation is about, or absent. */
    public static final String CONTEXT = "contextDocId";
    /** Invocation parameter: document ids to list instead of searching ("나머지는?" after a list). */
    public static final String ITEMS = "listItems";

    public static final String DOC_ID = "docId";
    public static final String TITLE = "title";
    public static final String SECTION = "section";
    public static final String SECTION_INDEX = "sectionIndex";
    public static final String SENTENCE = "sentence";
    public static final String KIND = "kind";
    public static final String COVERAGE = "coverage";
    public static final String ANSWERS_KIND = "answersKind";
    public static final String ON_FOCUS = "onFocus";
    public static final String GAP = "gap";
    public static final String GAP_ON_FOCUS = "gapOnFocus";
    public static final String REFERRAL = "referral";
    public static final String LIST = "list";
    public static final String LIST_INTRO = "listIntro";
    public static final String FILLED = "filled";
    public static final String CATALOG = "catalog";
    public static final String CONTRADICTED = "contradicted";
    /** The sentence's document is one the question names ("씨앗프로젝트랑 관광기획 프로젝트는 뭐가 달라요?"). */
    public static final String NAMED = "named";
    public static final String QUESTION = "understood";

    private final ProgramIndex index;
    private final int maxResults;

    public LuceneContentRetriever(ProgramIndex index, int maxResults) {
        this.index = index;
        this.maxResults = maxResults;
    }

    @Override
    public List<Content> retrieve(Query query) {
        List<String> items = parameter(query, ITEMS);
        SearchResult result = items != null && !items.isEmpty() ? index.catalog(items, query.text())
                : index.search(query.text(), maxResults, parameter(query, CONTEXT));
        if (!result.confident()) {
            return List.of();
        }
        if (result.isCatalog()) {
            return catalog(result);
        }
        return result.evidence().stream().map(e -> toContent(e, result)).toList();
    }

    private static <T> T parameter(Query query, String key) {
        if (query.metadata() == null) {
            return null;
        }
        InvocationParameters params = query.metadata().invocationParameters();
        return params == null ? null : params.get(key);
    }

    private static Content toContent(Evidence e, SearchResult result) {
        Metadata metadata = common(result)
                .put(DOC_ID, e.docId()).put(TITLE, e.title()).put(SECTION, e.section())
                .put(SECTION_INDEX, e.sectionIndex()).put(SENTENCE, e.sentence())
                .put(ANSWERS_KIND, flag(e.answersKind())).put(ON_FOCUS, flag(e.onFocus())).put(GAP, flag(e.gap()))
                .put(GAP_ON_FOCUS, flag(e.gapOnFocus())).put(REFERRAL, flag(e.referral())).put(LIST, e.list())
                .put(LIST_INTRO, flag(e.listIntro())).put(FILLED, e.filled()).put(CATALOG, 0)
                .put(NAMED, flag(result.mentioned().contains(e.docId())));
        return Content.from(TextSegment.from(e.text(), metadata), Map.of(ContentMetadata.SCORE, e.score()));
    }

    private List<Content> catalog(SearchResult result) {
        List<Content> out = new ArrayList<>();
        for (String id : result.catalog()) {
            ProgramDocument doc = index.knowledge().find(id).orElseThrow();
            Section first = doc.sections().get(0);
            String opening = DocumentSentences.split(first.text()).get(0);
            Metadata metadata = common(result).put(DOC_ID, id).put(TITLE, doc.title()).put(SECTION, first.heading())
                    .put(SECTION_INDEX, 0).put(SENTENCE, 0).put(CATALOG, 1).put(ANSWERS_KIND, 1).put(ON_FOCUS, 1).put(GAP, 0)
                    .put(GAP_ON_FOCUS, 0).put(REFERRAL, 0).put(LIST, -1).put(LIST_INTRO, 0);
            out.add(Content.from(TextSegment.from(opening, metadata), Map.of(ContentMetadata.SCORE, 1.0)));
        }
        return out;
    }

    private static Metadata common(SearchResult result) {
        return new Metadata().put(KIND, result.kind().name()).put(COVERAGE, result.coverage())
                .put(CONTRADICTED, flag(result.contradicted()))
                .put(QUESTION, result.understood());
    }

    private static int flag(boolean value) {
        return value ? 1 : 0;
    }
}
