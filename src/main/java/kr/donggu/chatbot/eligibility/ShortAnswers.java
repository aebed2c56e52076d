package kr.donggu.chatbot.eligibility;

import java.util.Optional;
import kr.donggu.chatbot.knowledge.Texts;

/** Yes, no and "I don't know" as people type them, and the words that leave or resume the dialogue. */
final class ShortAnswers {

    enum Answer {
        YES("예"), NO("아니요"), UNKNOWN("모름");

        final String korean;

        Answer(String korean) {
            this.korean = korean;
        }
    }

    private final Words words;

    ShortAnswers(Words words) {
        this.words = words;
    }

    /** The first word decides ("네, 있어요"); otherwise a short reply that is not a question ("계획 없어요"). */
    Optional<Answer> of(String text) {
        String c = Texts.compact(text);
        Words.Answers a = words.answers();
        if (a.unknown().matcher(c).find()) {
            return Optional.of(Answer.UNKNOWN);
        }
        String first = Texts.compact(text.strip().split("[\\s,.!?~…]+", 2)[0]);
        if (a.yesFirst().contains(first)) {
            return Optional.of(Answer.YES);
        }
        if (a.noFirst().contains(first)) {
            return Optional.of(Answer.NO);
        }
        if (words.questionWords().matcher(c).find()) {
            return Optional.empty();
        }
        if (a.noAnywhere().matcher(c).find()) {
            return Optional.of(Answer.NO);
        }
        return a.yesAnywhere().matcher(c).find() ? Optional.of(Answer.YES) : Optional.empty();
    }

    boolean isCancel(String text) {
        return words.cancel().matcher(Texts.compact(text)).matches();
    }

    boolean isResume(String text) {
        return words.resume().matcher(Texts.compact(text)).matches();
    }
}
