package kr.donggu.chatbot.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import kr.donggu.chatbot.knowledge.Audience;
import kr.donggu.chatbot.knowledge.ProgramDocument;
import kr.donggu.chatbot.knowledge.Section;

/** Realistic synthetic program documents: Korean program names, target groups and activities, with the usual sections. */
final class Synthetic {

    private static final String[] PLACES = {"충장로", "동명동", "산수동", "지산동", "학동", "계림동", "서남동", "금남로", "대인동", "지원동"};
    private static final String[] THEMES = {"청년 창업", "마을 돌봄", "도시 농업", "문화예술", "관광", "환경", "먹거리", "공유 주방",
            "디지털 교육", "어르신 일자리", "장애인 고용", "아동 돌봄", "재활용", "에너지 전환", "공정 무역", "주거 개선"};
    private static final String[] GROUPS = {"청년", "어르신", "장애인", "아동", "청소년", "경력 단절 여성", "이주민", "1인 가구", "소상공인"};
    private static final String[] KINDS = {"지원사업", "프로젝트", "교육 과정", "공모전", "협력 사업", "시범 사업"};

    private Synthetic() {
    }

    static List<ProgramDocument> documents(int count, long seed) {
        Random r = new Random(seed);
        List<ProgramDocument> docs = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String place = PLACES[r.nextInt(PLACES.length)];
            String theme = THEMES[r.nextInt(THEMES.length)];
            String group = GROUPS[r.nextInt(GROUPS.length)];
            String title = place + " " + theme + " " + KINDS[r.nextInt(KINDS.length)] + " " + (i + 1) + "호";
            List<Section> sections = List.of(
                    new Section("개요", title + "은 " + place + "의 " + theme + " 분야 사회적경제기업을 돕는 사업입니다. "
                            + group + "과 지역 주민이 함께 참여합니다."),
                    new Section("대상", title + "의 대상은 " + group + "과 동구 사회적경제기업입니다. 참여 기업은 협업 계획이 있어야 합니다."),
                    new Section("내용", title + "은 " + theme + " 교육, 공동 판로, 홍보를 지원합니다. " + place + "에서 모임을 엽니다."),
                    new Section("일정", title + "의 일정은 " + (1 + r.nextInt(12)) + "월부터 진행됩니다."),
                    new Section("신청·문의", title + " 신청은 동구청 사회적경제 담당 부서에서 받습니다."));
            docs.add(new ProgramDocument("syn-" + i, title, "합성", null, List.of(Audience.ENTERPRISE), "",
                    List.of(theme, group, place), 2026, null, null, List.of(), null, List.of(), sections, "syn-" + i + ".md"));
        }
        return docs;
    }

    static List<String> questions(List<ProgramDocument> docs, int count, long seed) {
        Random r = new Random(seed);
        String[] forms = {"%s 신청은 어떻게 해요?", "%s 대상이 누구예요?", "%s 언제 해요?", "%s가 뭐예요?"};
        List<String> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ProgramDocument d = docs.get(r.nextInt(docs.size()));
            out.add(String.format(forms[r.nextInt(forms.length)], d.title()));
        }
        return out;
    }
}
