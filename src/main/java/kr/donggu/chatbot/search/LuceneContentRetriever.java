package kr.donggu.chatbot.search;

import dev.langchain4j.data.document.Metadata;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.rag.content.Content;
import dev.langchain4j.rag.content.ContentMetadata;
import dev.langchain4j.rag.content.retriever.ContentRetriever;
import dev.langchain4j.rag.query.Query;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * {@link ProgramIndex} as a LangChain4j {@link ContentRetriever}, so the embedded answerer and any LLM pipeline
 * use the same retrieval. Returns sections best first, with {@code docId}, {@code title}, {@code section},
 * {@code kind} and {@code coverage} in the segment metadata and the BM25 score as {@link ContentMetadata#SCORE}.
 * Returns nothing when the question is out of scope, so no model is handed unrelated text to answer from.
 * The conversation's current program (for follow-ups) is looked up by the query's chat memory id.
 */
public final class LuceneContentRetriever implements ContentRetriever {

    public static final int DEFAULT_MAX_RESULTS = 5;

    private final ProgramIndex index;
    private final Function<Object, String> currentProgram;
    private final int maxResults;

    public LuceneContentRetriever(ProgramIndex index, Function<Object, String> currentProgram, int maxResults) {
        this.index = index;
        this.currentProgram = currentProgram;
        this.maxResults = maxResults;
    }

    @Override
    public List<Content> retrieve(Query query) {
        Object memoryId = query.metadata() == null ? null : query.metadata().chatMemoryId();
        String context = memoryId == null ? null : currentProgram.apply(memoryId);
        SearchResult result = index.search(query.text(), maxResults, context);
        if (!result.confident()) {
            return List.of();
        }
        return result.hits().stream().map(hit -> toContent(hit, result)).toList();
    }

    private static Content toContent(SearchHit hit, SearchResult result) {
        Metadata metadata = Metadata.from("docId", hit.docId())
                .put("title", hit.title())
                .put("section", hit.section())
                .put("kind", result.kind().name())
                .put("coverage", result.coverage());
        return Content.from(TextSegment.from(hit.text(), metadata), Map.of(ContentMetadata.SCORE, (double) hit.score()));
    }
}
