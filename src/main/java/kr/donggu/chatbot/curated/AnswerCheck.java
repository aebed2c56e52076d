package kr.donggu.chatbot.curated;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import kr.donggu.chatbot.guard.ClaimGuard;
import kr.donggu.chatbot.guard.ClaimKind;
import kr.donggu.chatbot.guard.Evidence;
import kr.donggu.chatbot.guard.Passage;
import kr.donggu.chatbot.guard.SentenceVerdict;
import kr.donggu.chatbot.knowledge.KnowledgeBase;
import kr.donggu.chatbot.knowledge.ProgramDocument;
import kr.donggu.chatbot.knowledge.Section;
import kr.donggu.chatbot.knowledge.Texts;
import kr.donggu.chatbot.privacy.PiiMasker;
import kr.donggu.chatbot.store.StoredAnswer.Citation;

/**
 * What a curated answer must be to be saved: a question and an answer within bounds, citations of sections that
 * exist, a review day not already past, no personal data, and no fact its cited section contradicts. Staff may add
 * what the documents lack (that is what a curated answer is for), but a sentence that says what the cited section
 * says with another date, amount, count, time or contact detail is refused: the reply would cite the section
 * against itself.
 */
final class AnswerCheck {

    static final int MAX_QUESTION_CHARS = 300;
    static final int MAX_VARIANTS = 30;
    static final int MAX_ANSWER_CHARS = 2000;
    static final int MAX_SOURCES = 3;

    private static final int MAX_FACTS_PER_SENTENCE = 5;
    /** The kinds of fact a sentence may state differently from its citation, with their Korean names. */
    private static final Map<ClaimKind, String> LABELS = Map.of(ClaimKind.DATE, "날짜", ClaimKind.TIME, "시각",
            ClaimKind.RECURRENCE, "반복 일정", ClaimKind.AMOUNT, "금액", ClaimKind.COUNT, "수",
            ClaimKind.NUMBER, "숫자", ClaimKind.PHONE, "전화번호", ClaimKind.EMAIL, "이메일", ClaimKind.URL, "주소");

    private final PiiMasker masker = new PiiMasker();

    /** The draft tidied (trimmed, repeated phrasings dropped, personal data masked in the questions), or why not. */
    AnswerDraft check(AnswerDraft draft, KnowledgeBase kb, ClaimGuard guard, LocalDate today) {
        String question = masker.mask(text(draft.question(), "질문(question)", MAX_QUESTION_CHARS)).text();
        List<String> variants = variants(draft.variants(), question);
        String answer = text(draft.answer(), "답변(answer)", MAX_ANSWER_CHARS);
        if (masker.containsPii(answer)) {
            throw Rejected.invalid("답변에 전화번호나 이메일 같은 개인정보 형식이 있습니다. 챗봇은 이런 번호를 가려서 "
                    + "보내므로, 번호 대신 담당 부서 이름으로 안내해 주세요.");
        }
        List<Citation> sources = citations(draft.sources(), kb);
        if (draft.validUntil() != null && draft.validUntil().isBefore(today)) {
            throw Rejected.invalid("검토일(validUntil)은 오늘(" + today + ") 이후 날짜여야 합니다.");
        }
        sources.forEach(c -> consistent(answer, c, kb, guard));
        return new AnswerDraft(question, variants, answer, sources, draft.validUntil());
    }

    /** What a citation lets an answer rest on: the cited section, or the whole document when none is named. */
    static Evidence evidence(Citation c, KnowledgeBase kb) {
        ProgramDocument doc = kb.find(c.id()).orElse(null);
        if (doc == null) {
            return new Evidence(List.of(), null);
        }
        if (c.section() == null) {
            return Evidence.ofDocuments(kb, List.of(doc.id()), doc.id());
        }
        return new Evidence(doc.section(c.section()).map(s -> List.of(new Passage(doc.id(), s.text())))
                .orElse(List.of()), doc.id());
    }

    private static String text(String value, String label, int max) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty()) {
            throw Rejected.invalid(label + " 항목이 필요합니다.");
        }
        if (text.codePointCount(0, text.length()) > max) {
            throw Rejected.invalid(label + " 항목은 " + max + "자 이내로 적어 주세요.");
        }
        return text;
    }

    private List<String> variants(List<String> raw, String question) {
        if (raw.size() > MAX_VARIANTS) {
            throw Rejected.invalid("다른 표현(variants)은 " + MAX_VARIANTS + "개까지 적을 수 있습니다.");
        }
        Set<String> out = new LinkedHashSet<>();
        for (String v : raw) {
            String text = v == null ? "" : v.strip();
            if (!text.isEmpty()) {
                out.add(masker.mask(text(text, "다른 표현(variants)", MAX_QUESTION_CHARS)).text());
            }
        }
        out.remove(question);
        return List.copyOf(out);
    }

    private static List<Citation> citations(List<Citation> raw, KnowledgeBase kb) {
        if (raw.size() > MAX_SOURCES) {
            throw Rejected.invalid("근거 문서(sources)는 " + MAX_SOURCES + "개까지 적을 수 있습니다.");
        }
        Set<Citation> out = new LinkedHashSet<>();
        for (Citation c : raw) {
            if (c.id() == null || c.id().isBlank()) {
                throw Rejected.invalid("근거 문서(sources)마다 문서 id가 필요합니다.");
            }
            ProgramDocument doc = kb.find(c.id().strip()).orElseThrow(() -> Rejected.invalid(
                    "근거 문서를 찾을 수 없습니다: '" + Texts.shortenAtWord(c.id(), 64) + "'"));
            String section = c.section() == null || c.section().isBlank() ? null : c.section().strip();
            if (section != null && doc.section(section).isEmpty()) {
                throw Rejected.invalid("「" + doc.title() + "」 문서에 '" + Texts.shortenAtWord(section, 64)
                        + "' 절이 없습니다. 있는 절: " + doc.sections().stream().map(Section::heading)
                        .collect(Collectors.joining(", ")));
            }
            out.add(new Citation(doc.id(), section));
        }
        return new ArrayList<>(out);
    }

    /** Refuses the answer when a sentence says what its citation says, but with other facts. */
    private static void consistent(String answer, Citation c, KnowledgeBase kb, ClaimGuard guard) {
        Evidence cited = evidence(c, kb);
        for (SentenceVerdict v : guard.check(answer, cited).verdicts()) {
            if (!v.kept() && restated(v, cited, guard)) {
                ProgramDocument doc = kb.find(c.id()).orElseThrow();
                String where = "「" + doc.title() + "」" + (c.section() == null ? "" : " '" + c.section() + "' 절");
                throw new Rejected(422, "contradicts_source", "답변의 \"" + Texts.shortenAtWord(v.sentence().strip(), 80)
                        + "\" 문장이 인용한 " + where + "의 내용과 맞지 않습니다(" + LABELS.get(v.reason()) + " '"
                        + v.detail() + "'). 문장을 자료에 맞게 고치거나 인용을 빼 주세요.");
            }
        }
    }

    /**
     * Whether a sentence the citation does not support is the citation's own statement with other facts: without
     * the facts at fault, the guard finds it in the citation ("신청은 3월 2일까지" against "신청은 4월 1일까지").
     * A sentence that is still unsupported without them says something new, which staff may add.
     */
    private static boolean restated(SentenceVerdict verdict, Evidence cited, ClaimGuard guard) {
        String sentence = verdict.sentence();
        SentenceVerdict v = verdict;
        for (int i = 0; i < MAX_FACTS_PER_SENTENCE && !v.kept(); i++) {
            if (!LABELS.containsKey(v.reason()) || v.detail() == null || !sentence.contains(v.detail())) {
                return false;
            }
            sentence = sentence.replace(v.detail(), " ");
            v = guard.check(List.of(sentence), cited).verdicts().get(0);
        }
        return v.kept();
    }
}
