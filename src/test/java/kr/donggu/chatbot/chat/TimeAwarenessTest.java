package kr.donggu.chatbot.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import kr.donggu.chatbot.knowledge.Audience;
import kr.donggu.chatbot.knowledge.KnowledgeBase;
import kr.donggu.chatbot.knowledge.Lexicon;
import kr.donggu.chatbot.knowledge.Period;
import kr.donggu.chatbot.knowledge.ProgramDocument;
import kr.donggu.chatbot.knowledge.Section;
import kr.donggu.chatbot.support.Fixtures;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The same questions asked before, during and after a program's period, with the clock fixed each time. */
class TimeAwarenessTest {

    static final ProgramDocument EVENT = new ProgramDocument("networking-day", "네트워킹 DAY", "행사", null,
            List.of(Audience.ENTERPRISE), "", List.of(), 2025, new Period(LocalDate.of(2025, 12, 18), LocalDate.of(2025, 12, 18)),
            null, List.of(), null, List.of(), List.of(new Section("일정", "2025년 12월 18일에 열렸습니다.")), "n.md");

    static final Lexicon.Conversation CUES = KnowledgeBase.load(Fixtures.BUNDLED_KNOWLEDGE).vocabulary().lexicon()
            .conversation();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // today | question | covered | the note says
            "2025-06-01 | 지금 신청할 수 있어요? | true | 2025년 자료 기준입니다",
            "2025-12-18 | 지금 신청할 수 있어요? | true | 2025년 자료 기준입니다",
            "2026-11-24 | 지금 신청할 수 있어요? | false | 지금도 진행하거나 신청을 받는지는 자료에 나와 있지 않으니",
            "2025-06-01 | 올해도 하나요? | true | 2025년 자료 기준입니다",
            "2026-11-24 | 올해도 하나요? | false | 2026년 내용은 자료에 아직 없으니",
            "2026-11-24 | 내년에도 해요? | false | 2027년 내용은 자료에 아직 없으니",
            "2026-11-24 | 2025년에는 언제 했어요? | true | 2025년 자료 기준입니다",
            "2026-11-24 | 언제 열렸어요? | true | 2025년 자료 기준입니다",
            // the later of two years is the one asked about; 올해 wins over 작년 in the same question
            "2026-11-24 | 2025년에 한 기업들 2026년에도 참여하나요? | false | 2026년 내용은 자료에 아직 없으니",
            "2026-11-24 | 작년에 했던 행사 올해도 열려요? | false | 2026년 내용은 자료에 아직 없으니",
            // a past verb asks what happened: 요즘 is lately, a year is what was talked about, unless '…도' asks
            // whether it happened then too
            "2026-11-24 | 요즘 동구에서 큰 행사 있었다던데 어떤 자리였어요? | true | 2025년 자료 기준입니다",
            "2026-11-24 | 내년 계획 얘기도 나왔어요? | true | 2025년 자료 기준입니다",
            "2026-11-24 | 2026년 정책 방향도 논의했나요? | true | 2025년 자료 기준입니다",
            "2026-11-24 | 올해 얘기만 했어요, 아니면 앞으로 계획도 다뤘어요? | true | 2025년 자료 기준입니다",
            "2026-11-24 | 올해도 했어요? | false | 2026년 내용은 자료에 아직 없으니",
            "2026-11-24 | 2026년에도 열렸나요? | false | 2026년 내용은 자료에 아직 없으니",
            "2026-11-24 | 이번 연말에도 열려요? | false | 2026년 내용은 자료에 아직 없으니",
            // this month, again: whether it goes on now
            "2026-11-24 | 이번 달에 또 열리죠? | false | 지금도 진행하거나 신청을 받는지는",
            // a year-end heard about in reported speech, or a year in the first of two sentences, is what happened
            "2026-11-24 | 연말에 행사를 했다고 하던데 날짜 알려주실 수 있을까요? | true | 2025년 자료 기준입니다",
            "2026-11-24 | 올해 행사에 아무나 갈 수 있었나요? 대상이 궁금해요. | true | 2025년 자료 기준입니다",
            "2026-11-24 | 연말에 열려요? | false | 2026년 내용은 자료에 아직 없으니",
            "2026-11-24 | 요새 손주 교육 알아보다가 씨앗프로젝트를 들었는데 어떤 사업이에요? | true | 2025년 자료 기준입니다",
            "2026-11-24 | 요새도 씨앗프로젝트 해요? | false | 지금도 진행하거나 신청을 받는지는",
    })
    void labels_dated_programs_and_never_presents_them_as_current(LocalDate today, String question, boolean covered,
                                                                  String note) {
        TimeAwareness.Verdict v = TimeAwareness.judge(EVENT, question, today, CUES).orElseThrow();

        assertThat(v.covered()).isEqualTo(covered);
        assertThat(v.note()).contains(note);
    }
}
