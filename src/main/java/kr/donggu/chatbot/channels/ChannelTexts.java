package kr.donggu.chatbot.channels;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import kr.donggu.chatbot.chat.ChatReply;
import kr.donggu.chatbot.chat.HandoffTexts;

/** The channels' fixed Korean sentences, and the quick replies every platform offers with a reply. */
final class ChannelTexts {

    static final String NOT_UNDERSTOOD = "말씀을 이해하지 못했습니다. 궁금한 점을 글로 보내 주세요.";
    static final String TEXT_ONLY = "사진이나 파일은 아직 읽지 못합니다. 궁금한 점을 글로 보내 주세요.";
    static final String RATE_LIMITED = "메시지를 짧은 시간에 많이 보내셔서 잠시 답변을 멈췄습니다. 1분쯤 뒤에 다시 보내 주세요.";
    static final String PREPARING = "답변을 준비하고 있습니다. 잠시만 기다려 주세요.";
    static final String SLOW = "답변을 준비하는 데 시간이 걸리고 있습니다. 잠시 후 같은 질문을 다시 보내 주세요.";
    static final String FAILED = "죄송합니다. 답변을 만드는 중에 문제가 생겼습니다. 잠시 후 다시 질문해 주세요.";
    static final String PROGRAMS = "광주 동구 사회적경제 사업";
    static final String MORE = "자세히 보기";
    /** For platforms without quick replies, where the bot could not answer. */
    static final String HANDOFF_HINT = "담당자와 연결을 원하시면 '" + HandoffTexts.LABEL + "'이라고 보내 주세요.";
    static final String CUT = "(내용이 길어 일부를 줄였습니다. 더 궁금한 점은 나누어 물어봐 주세요.)";

    /** Replies that are not a failed question: no offer of a person. */
    private static final Set<String> NOT_A_MISS = Set.of("small_talk", "refused");

    private ChannelTexts() {
    }

    /** The reply's quick replies, led by "담당자 연결" wherever the bot could not answer. */
    static List<String> quickReplies(ChatReply reply) {
        if (!isMiss(reply)) {
            return reply.quickReplies();
        }
        Set<String> out = new LinkedHashSet<>();
        out.add(HandoffTexts.LABEL);
        out.addAll(reply.quickReplies());
        return new ArrayList<>(out);
    }

    static boolean isMiss(ChatReply reply) {
        return !reply.answered() && !NOT_A_MISS.contains(reply.reason());
    }
}
