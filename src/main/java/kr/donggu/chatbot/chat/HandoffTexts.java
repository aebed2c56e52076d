package kr.donggu.chatbot.chat;

import java.util.List;
import kr.donggu.chatbot.answer.Replies;

/** The fixed Korean sentences and button labels of the hand-off to a person, in one place. */
public final class HandoffTexts {

    /** The quick reply offered wherever the bot cannot answer; it starts the hand-off in every channel. */
    public static final String LABEL = "담당자 연결";
    public static final String AGREE = "동의합니다";
    public static final String DECLINE = "동의하지 않습니다";
    public static final String CANCEL = "취소";

    static final String CONSENT = """
            담당자 연결을 도와드리겠습니다. 문의를 접수하려면 개인정보 수집·이용에 동의해 주셔야 합니다.
            · 수집 항목: 이름, 연락처(전화번호 또는 이메일), 문의 내용
            · 이용 목적: 문의에 대한 답변 연락
            · 보유 기간: 처리 완료 후 파기
            동의하지 않으셔도 되지만, 그러면 챗봇으로는 문의를 접수할 수 없습니다. 동의하시겠어요?""";
    static final String CONSENT_AGAIN = "개인정보 수집·이용에 동의하시는지 '동의합니다' 또는 '동의하지 않습니다'로 알려 주세요.";
    static final String ASK_QUESTION = "어떤 내용을 문의하시겠어요? 궁금하신 점을 한 번에 적어 주세요.";
    static final String ASK_NAME = "답변을 받으실 분의 성함을 알려 주세요.";
    static final String NAME_AGAIN = "성함만 50자 이내로 알려 주세요.";
    static final String ASK_CONTACT = "연락받으실 휴대전화 번호나 이메일 주소를 알려 주세요.";
    static final String CONTACT_AGAIN = "전화번호나 이메일 주소를 찾지 못했습니다. 연락받으실 번호나 주소를 다시 알려 주세요.";
    static final String CONTACT_ONLY = "연락처에는 전화번호나 이메일 주소만 적어 주세요. 다른 개인정보는 보내지 않으셔도 됩니다.";
    static final String GAVE_UP = "연락처를 확인하지 못해 접수하지 못했습니다. 번거로우시겠지만 '" + LABEL
            + "' 버튼을 눌러 다시 시도하시거나 " + Replies.OFFICE + "에 직접 문의해 주세요.";
    static final String DONE = """
            문의가 접수되었습니다. 접수 번호는 %s입니다.
            동구청 담당자가 확인한 뒤 남겨 주신 연락처로 연락드리겠습니다. 문의하실 때 접수 번호를 알려 주시면 확인이 빠릅니다.""";
    static final String DECLINED = "동의하지 않으셔서 접수하지 않았습니다. 필요하시면 " + Replies.OFFICE
            + "에 직접 문의해 주세요. 사업에 대한 질문은 계속 도와드리겠습니다.";
    static final String CANCELLED = "문의 접수를 취소했습니다. 다른 궁금한 점이 있으면 물어봐 주세요.";
    static final String MINOR = """
            죄송합니다. 만 14세 미만 이용자께는 챗봇에서 이름이나 연락처 같은 개인정보를 받을 수 없습니다.
            보호자와 함께 %s에 문의해 주세요. 사업에 대한 질문은 챗봇이 계속 도와드리겠습니다.""".formatted(Replies.OFFICE);

    private HandoffTexts() {
    }

    /** The button labels, understood even when the phrase file is missing. */
    static List<String> builtIn(PhraseBook.Kind kind) {
        return switch (kind) {
            case HANDOFF -> List.of(LABEL, "담당자에게 문의");
            case AGREE -> List.of(AGREE);
            case DECLINE -> List.of(DECLINE);
            case CANCEL -> List.of(CANCEL);
            case LISTING -> List.of();
        };
    }
}
