package kr.donggu.chatbot.answer;

/** The fixed Korean sentences of the bot, in one place so staff and tests read the same wording. */
public final class Replies {

    public static final String OFFICE = "광주광역시 동구청 사회적경제 담당 부서";
    public static final String DISTRICT_SCOPE = "이 안내는 광주광역시 동구의 사회적경제 사업에 관한 것입니다.";
    public static final String OTHER_DISTRICT = "다른 지역의 사업은 제가 가진 자료에 없습니다. 그 지역 구청에 문의해 주세요.";

    public static final String NOT_FOUND = """
            죄송합니다. 말씀하신 내용은 제가 가진 동구 사회적경제 사업 자료에서 찾지 못했습니다.
            정확한 안내는 %s에 문의해 주세요. 남겨 주신 질문은 담당자가 확인할 수 있도록 기록해 두었습니다.""".formatted(OFFICE);

    public static final String DETAIL_MISSING = """
            다만 문의하신 %s 자료에 나와 있지 않습니다. 정확한 내용은 %s에 확인해 주세요.
            남겨 주신 질문은 담당자가 확인할 수 있도록 기록해 두었습니다.""";

    public static final String REFUSAL = """
            죄송합니다. 그 요청은 도와드릴 수 없습니다.
            저는 광주 동구 사회적경제 사업을 안내하는 챗봇입니다. 사업 내용이나 참여 방법을 물어봐 주세요.""";

    public static final String GREETING = """
            안녕하세요. 광주 동구 사회적경제 사업 안내 챗봇입니다.
            별별동구 사회혁신 협력 프로젝트, 사회공헌 프로젝트, 스토리텔링 마케팅 지원사업, 사회서비스 연대조직, \
            사회적경제 네트워킹 DAY에 대해 물어보세요. 기업 유형별 참여 가능 여부도 확인해 드립니다.""";

    public static final String THANKS = "도움이 되었다니 다행입니다. 더 궁금하신 점이 있으면 언제든지 물어봐 주세요.";

    public static final String ENGLISH_NOTE =
            "The details below are in Korean (아래 내용은 한국어 자료를 그대로 안내해 드립니다).";

    public static final String INTRO = "%s에 대해 안내해 드립니다.";

    public static final String REFER = """
            정확한 내용은 %s에 확인해 주세요. 남겨 주신 질문은 담당자가 확인할 수 있도록 기록해 두었습니다.""".formatted(OFFICE);

    /** After what the documents say about who took part, for "저희도 가도 돼요?": whether one may is the office's call. */
    public static final String PERMISSION_REFER = "참여하실 수 있는지는 %s에 확인해 주세요.".formatted(OFFICE);

    public static final String CATALOG_INTRO = "자료에 있는 동구 사회적경제 사업을 안내해 드립니다.";

    public static final String PREMISE_CORRECTED = "말씀하신 내용은 자료와 다릅니다. 자료에는 다음과 같이 나와 있습니다.";

    private Replies() {
    }

    public static String detailMissing(String detail) {
        return DETAIL_MISSING.formatted(detail, OFFICE);
    }
}
