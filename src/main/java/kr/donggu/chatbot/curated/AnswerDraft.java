package kr.donggu.chatbot.curated;

import java.time.LocalDate;
import java.util.List;
import kr.donggu.chatbot.store.StoredAnswer;

/** A curated answer as staff send it, before it is checked: the body of {@code POST /admin/api/answers}. */
public record AnswerDraft(String question, List<String> variants, String answer, List<StoredAnswer.Citation> sources,
                          LocalDate validUntil) {

    public AnswerDraft {
        variants = variants == null ? List.of() : List.copyOf(variants);
        sources = sources == null ? List.of() : List.copyOf(sources);
    }
}
