package kr.donggu.chatbot.chat;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import kr.donggu.chatbot.answer.Replies;
import kr.donggu.chatbot.knowledge.KnowledgeBase;
import kr.donggu.chatbot.knowledge.ProgramDocument;
import kr.donggu.chatbot.knowledge.SectionKey;
import kr.donggu.chatbot.knowledge.SourceRef;
import kr.donggu.chatbot.knowledge.Texts;
import kr.donggu.chatbot.search.Mention;
import kr.donggu.chatbot.search.ProgramIndex;

/**
 * "이 소식은 어느 언론사 기사예요?", "언제 기준 정보예요?": where the documents' facts come from and as of when, read from
 * the headers of the document under discussion (or, with none, the source most documents cite), never from a
 * sentence. Recognised by the data's {@code intents.provenance}.
 */
final class ProvenanceTurns {

    static final String REASON = "provenance";

    private final ProgramIndex index;

    ProvenanceTurns(ProgramIndex index) {
        this.index = index;
    }

    Optional<Draft> draft(String question, ReferenceResolver.Resolution resolution, SessionState current, String mode) {
        KnowledgeBase kb = index.knowledge();
        var cues = kb.vocabulary().lexicon().conversation();
        String compact = Texts.compact(question);
        boolean confirming = cues.matchesIntent("which_district", compact);
        if (confirming || cues.matchesIntent("other_district", compact)) {
            // "대구 동구 얘기예요?": the district these documents are about; another district's programs are not in them
            String text = Replies.DISTRICT_SCOPE + (confirming ? "" : "\n" + Replies.OTHER_DISTRICT);
            return Optional.of(new Draft(text, confirming, confirming ? REASON : "other_district", List.of(), null,
                    mode, current, List.of()));
        }
        if (!cues.matchesIntent("provenance", compact)) {
            return Optional.empty();
        }
        Optional<ProgramDocument> subject = subject(resolution, current, kb);
        List<SourceRef> sources = subject.map(ProgramDocument::sources).filter(s -> !s.isEmpty())
                .orElseGet(() -> mostCited(kb));
        if (sources.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder text = new StringBuilder(subject.map(d -> d.title() + "에 대한 안내는")
                .orElse("동구 사회적경제 사업 안내는")).append(" 다음 자료를 바탕으로 정리했습니다.");
        sources.forEach(s -> text.append("\n- ").append(s.name()).append(s.date() == null ? "" : " (" + day(s.date()) + ")"));
        subject.map(ProgramDocument::reviewed).ifPresent(r -> text.append("\n담당자가 ").append(day(r))
                .append("에 자료를 검토했습니다."));
        text.append("\n그 뒤에 달라진 내용이 있을 수 있으니, 지금도 같은지는 ").append(Replies.OFFICE).append("에 확인해 주세요.");
        List<SectionKey> keys = subject.filter(d -> !d.sections().isEmpty())
                .map(d -> List.of(new SectionKey(d.id(), d.sections().get(0).heading()))).orElse(List.of());
        return Optional.of(new Draft(text.toString(), true, REASON, keys, null, mode, current, List.of()));
    }

    /** What the question names, or else the document under discussion. */
    private Optional<ProgramDocument> subject(ReferenceResolver.Resolution resolution, SessionState current,
                                              KnowledgeBase kb) {
        Optional<String> named = index.mentions(resolution.query()).stream().filter(m -> !m.isPerson())
                .map(Mention::docId).findFirst();
        String id = named.orElse(resolution.contextDocId() != null ? resolution.contextDocId()
                : current.conversation().focus());
        return id == null ? Optional.empty() : kb.find(id);
    }

    private static List<SourceRef> mostCited(KnowledgeBase kb) {
        Map<SourceRef, Long> counts = kb.documents().stream().flatMap(d -> d.sources().stream())
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(e -> List.of(e.getKey()))
                .orElse(List.of());
    }

    private static String day(LocalDate d) {
        return d.getYear() + "년 " + d.getMonthValue() + "월 " + d.getDayOfMonth() + "일";
    }
}
