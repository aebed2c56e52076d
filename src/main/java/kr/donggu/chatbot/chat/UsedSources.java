package kr.donggu.chatbot.chat;

import dev.langchain4j.rag.content.Content;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import kr.donggu.chatbot.answer.GroundedChatModel;

/**
 * Which of the sections a language model was given its answer actually used: those that share a good part of their
 * wording with the answer, or whose program it names. Sources are evidence, not decoration.
 */
final class UsedSources {

    private static final double MIN_SHARED = 0.25;
    private static final java.util.regex.Pattern NOT_WORD = java.util.regex.Pattern.compile("[\\s\\p{Punct}·]+");

    private UsedSources() {
    }

    static List<kr.donggu.chatbot.knowledge.SectionKey> of(String answer, List<Content> retrieved) {
        Set<String> answerGrams = bigrams(answer);
        return retrieved.stream().filter(c -> {
            String title = c.textSegment().metadata().getString("title");
            Set<String> grams = bigrams(c.textSegment().text());
            long shared = grams.stream().filter(answerGrams::contains).count();
            return (title != null && compact(answer).contains(compact(title)))
                    || (!grams.isEmpty() && (double) shared / Math.min(grams.size(), Math.max(1, answerGrams.size())) >= MIN_SHARED);
        }).map(GroundedChatModel::sourceKey).distinct().limit(3).toList();
    }

    private static Set<String> bigrams(String text) {
        String c = compact(text);
        Set<String> grams = new HashSet<>();
        for (int i = 0; i + 2 <= c.length(); i++) {
            grams.add(c.substring(i, i + 2));
        }
        return grams;
    }

    private static String compact(String text) {
        return NOT_WORD.matcher(text).replaceAll("").toLowerCase(Locale.ROOT);
    }
}
