package kr.donggu.chatbot.search;

import kr.donggu.chatbot.knowledge.Texts;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What a question asks for, recognised from Korean (and a few English) cue words. It decides which section of a
 * program answers, and which kind of detail (an amount, a date, a phone number) the answer would have to contain.
 * Constants are in priority order: the first that matches wins.
 */
public enum QuestionKind {
    AMOUNT("얼마|금액|예산|지원금|보조금|비용|돈|수당|급여|howmuch|budget|cost|fund", List.of("신청·문의", "내용")),
    CONTACT("문의|연락|전화|번호|담당자|상담|이메일|메일|contact|phone|call|email", List.of("신청·문의")),
    WHEN("언제|날짜|기간|일정|몇월|며칠|몇일|마감|시기|올해|내년|작년|when|date|schedule", List.of("일정")),
    WHERE("어디|장소|위치|주소|where|place|location", List.of("장소", "일정", "내용")),
    COUNT("몇개|몇곳|몇군데|몇개소|몇명|몇가지|개수|howmany|number", List.of("내용", "개요", "성과")),
    HOW("어떻게|방법|절차|how", List.of("신청·문의")),
    PERSON("대표|회장|대표자|이사장|사장|ceo|president", List.of("개요", "내용")),
    WHO("누가|누구|대상|자격|참여할수|참가할수|참여가능|참가가능|참여하나|참여했|어떤기업|수있나|수있어|수있을|해도되|되나요|who|eligib|canijoin|canwe",
            List.of("대상", "참여 기업")),
    APPLY("신청|참여하려면|참가하려면|가입하려면|접수|apply|join", List.of("신청·문의")),
    RESULT("성과|결과|효과|평가|의미|result|outcome", List.of("성과")),
    DETAIL("무슨|뭘했|뭐했|무엇을했|내용|세부|구체|자세히|whatdid|details", List.of("내용", "개요")),
    WHAT("", List.of("개요", "내용"));

    private final Pattern cues;
    private final List<String> headings;

    QuestionKind(String cues, List<String> headings) {
        this.cues = Pattern.compile(cues.isEmpty() ? "(?!)" : cues);
        this.headings = headings;
    }

    public static QuestionKind of(String question) {
        String compact = Texts.compact(Texts.withoutPlaceholders(question));
        for (QuestionKind kind : values()) {
            if (kind.cues.matcher(compact).find()) {
                return kind;
            }
        }
        return WHAT;
    }

    /** Section headings that answer this kind of question, best first. */
    public List<String> headings() {
        return headings;
    }
}
