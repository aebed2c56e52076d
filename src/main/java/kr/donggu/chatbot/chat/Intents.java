package kr.donggu.chatbot.chat;

import kr.donggu.chatbot.knowledge.Lexicon;
import kr.donggu.chatbot.knowledge.Texts;

/**
 * Messages that are not questions about the programs: attempts to steer the bot, greetings and thanks. The words
 * are data ({@code knowledge/dictionary/conversation.yaml}, {@code intents}).
 */
enum Intents {
    INJECTION("injection"), GREETING("greeting"), THANKS("thanks"), QUESTION("");

    private final String key;

    Intents(String key) {
        this.key = key;
    }

    static Intents of(String message, Lexicon.Conversation cues) {
        String compact = Texts.compact(message).replace("'", "").replace("\"", "");
        for (Intents intent : values()) {
            if (!intent.key.isEmpty() && cues.matchesIntent(intent.key, compact)) {
                return intent;
            }
        }
        return QUESTION;
    }

    static boolean isMostlyEnglish(String message) {
        long latin = message.chars().filter(c -> (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')).count();
        long hangul = message.chars().filter(c -> c >= 0xAC00 && c <= 0xD7A3).count();
        return latin > 3 && latin > hangul * 2;
    }
}
