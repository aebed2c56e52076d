package kr.donggu.chatbot.chat;

import dev.langchain4j.invocation.InvocationParameters;
import dev.langchain4j.rag.content.Content;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kr.donggu.chatbot.answer.GroundedChatModel;
import kr.donggu.chatbot.answer.Prompts;
import kr.donggu.chatbot.answer.Replies;
import kr.donggu.chatbot.knowledge.SectionKey;
import kr.donggu.chatbot.search.LuceneContentRetriever;

/**
 * Turns what a model returned into a {@link Draft}. The embedded model says in attributes whether it answered and
 * from which sections; a language model's answer rests on the retrieved sections it shares wording with, and its
 * {@link Prompts#NOT_FOUND} signal becomes the honest "not in the documents" reply.
 */
final class ModelReplies {

    private final String mode;

    ModelReplies(String mode) {
        this.mode = mode;
    }

    /** What retrieval needs to know about the conversation, passed through AiServices to the augmentor. */
    static InvocationParameters parameters(ReferenceResolver.Resolution resolution) {
        Map<String, Object> params = new HashMap<>();
        params.put(ResolvedQueryTransformer.QUERY, resolution.query());
        if (resolution.contextDocId() != null) {
            params.put(LuceneContentRetriever.CONTEXT, resolution.contextDocId());
        }
        if (!resolution.listItems().isEmpty()) {
            params.put(LuceneContentRetriever.ITEMS, resolution.listItems());
        }
        return InvocationParameters.from(params);
    }

    static boolean isNotFound(String text) {
        return text == null || text.isBlank() || text.strip().replaceAll("[.\\s]", "").equals(Prompts.NOT_FOUND);
    }

    Draft toDraft(String text, Map<String, Object> attributes, List<Content> retrieved, String modelName,
                  SessionState state) {
        boolean embedded = GroundedChatModel.MODEL_NAME.equals(modelName);
        String usedMode = embedded ? GroundedChatModel.MODEL_NAME : mode;
        if (attributes.get(GroundedChatModel.ANSWERED) instanceof Boolean answered) {
            List<SectionKey> sources = sources(attributes);
            String subject = attributes.get(GroundedChatModel.SUBJECT) instanceof String s ? s : null;
            String reason = attributes.get(GroundedChatModel.REASON) instanceof String r ? r : null;
            return new Draft(text, answered, reason, sources, subject, usedMode, state, List.of());
        }
        if (isNotFound(text)) {
            return new Draft(Replies.NOT_FOUND, false, "not_found", List.of(), state.programId(), usedMode, state,
                    List.of());
        }
        List<SectionKey> used = UsedSources.of(text, retrieved);
        return new Draft(text, !used.isEmpty(), used.isEmpty() ? "not_found" : null, used,
                used.isEmpty() ? state.programId() : used.get(0).docId(), usedMode, state, List.of());
    }

    private static List<SectionKey> sources(Map<String, Object> attributes) {
        if (attributes.get(GroundedChatModel.SOURCES) instanceof List<?> list) {
            return list.stream().filter(Map.class::isInstance).map(m -> SectionKey.fromMap((Map<?, ?>) m)).toList();
        }
        return List.of();
    }
}
