package kr.donggu.chatbot.chat;

import dev.langchain4j.invocation.InvocationParameters;
import dev.langchain4j.rag.query.Query;
import dev.langchain4j.rag.query.transformer.QueryTransformer;
import java.util.Collection;
import java.util.List;

/**
 * The embedded query rewriting as a LangChain4j {@link QueryTransformer}: retrieval searches with the question the
 * {@link ReferenceResolver} made self-contained (passed as the invocation parameter {@link #QUERY}), not with the
 * raw follow-up. Without that parameter the query is searched as it is.
 */
final class ResolvedQueryTransformer implements QueryTransformer {

    static final String QUERY = "resolvedQuery";

    @Override
    public Collection<Query> transform(Query query) {
        InvocationParameters params = query.metadata() == null ? null : query.metadata().invocationParameters();
        String resolved = params == null ? null : params.get(QUERY);
        return List.of(resolved == null || resolved.isBlank() ? query : Query.from(resolved, query.metadata()));
    }
}
