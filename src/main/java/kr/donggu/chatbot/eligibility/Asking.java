package kr.donggu.chatbot.eligibility;

import kr.donggu.chatbot.knowledge.Texts;

/** Whether a message asks who may take part, whether it is about the asker's own organisation, and what else. */
final class Asking {

    private final Words words;

    Asking(Words words) {
        this.words = words;
    }

    boolean aboutEligibility(String text) {
        return words.asksEligibility().matcher(Texts.compact(text)).find();
    }

    boolean aboutThemselves(String text) {
        return words.self().matcher(Texts.compact(text)).find();
    }

    /** A new question rather than an answer: "동구에 있는 텃밭은 어디예요?". */
    boolean isQuestion(String text) {
        return words.questionWords().matcher(Texts.compact(text)).find();
    }

    /** "어떻게 신청하려면 …", "지금 참여할 수 있나요?": the way or the time, which the documents answer. */
    boolean aboutHowOrWhen(String text) {
        return words.howOrWhen().matcher(Texts.compact(text)).find();
    }
}
