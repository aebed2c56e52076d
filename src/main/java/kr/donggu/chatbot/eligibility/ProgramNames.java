package kr.donggu.chatbot.eligibility;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kr.donggu.chatbot.knowledge.Audience;
import kr.donggu.chatbot.knowledge.KnowledgeBase;
import kr.donggu.chatbot.knowledge.ProgramDocument;
import kr.donggu.chatbot.knowledge.Texts;

/**
 * Programs that have criteria, found by their title, a keyword that is part of the title (텃밭, 씨앗, 책방) or a
 * keyword long enough to be their own (엘리베이터 광고); a keyword that two such programs share (별별동구) names
 * neither. Also the short name a program gets on a quick-reply chip.
 */
final class ProgramNames {

    /** KakaoTalk's quick-reply label limit, the strictest of the platforms. */
    static final int CHIP_MAX = 14;
    private static final int OWN_KEYWORD_LENGTH = 5;

    private ProgramNames() {
    }

    static List<ProgramDocument> withCriteria(KnowledgeBase kb) {
        return kb.documents().stream().filter(d -> !d.eligibility().isEmpty()).toList();
    }

    /** The main programs enterprises were part of, for a general answer and its chips. */
    static List<ProgramDocument> main(KnowledgeBase kb) {
        return withCriteria(kb).stream()
                .filter(d -> d.parent() == null && d.audience().contains(Audience.ENTERPRISE)).toList();
    }

    /** The program the text names; the longest name wins ("사회혁신 협력 프로젝트" over "협력"). */
    static Optional<ProgramDocument> find(String text, KnowledgeBase kb) {
        String c = Texts.compact(text);
        Map<String, ProgramDocument> names = names(kb);
        String best = null;
        for (String name : names.keySet()) {
            if (c.contains(name) && (best == null || name.length() > best.length())) {
                best = name;
            }
        }
        return Optional.ofNullable(best).map(names::get);
    }

    /** The title cut to whole words from the front until it fits a chip: "사회혁신 협력 프로젝트". */
    static String chip(ProgramDocument d) {
        List<String> words = new ArrayList<>(List.of(d.title().strip().split("\\s+")));
        while (String.join(" ", words).length() > CHIP_MAX && words.size() > 1) {
            words.remove(0);
            while (words.size() > 1 && words.get(0).length() == 1) {
                words.remove(0);   // a chip never starts with 및 or 등
            }
        }
        return Texts.shortenAtWord(String.join(" ", words), CHIP_MAX);
    }

    private static Map<String, ProgramDocument> names(KnowledgeBase kb) {
        Map<String, ProgramDocument> names = new HashMap<>();
        Map<String, Integer> owners = new HashMap<>();
        for (ProgramDocument d : withCriteria(kb)) {
            String title = Texts.compact(d.title());
            List<String> own = new ArrayList<>(List.of(title, Texts.compact(chip(d))));
            d.keywords().stream().map(Texts::compact)
                    .filter(k -> k.length() >= 2 && (title.contains(k) || k.length() >= OWN_KEYWORD_LENGTH))
                    .forEach(own::add);
            d.aliases().stream().map(Texts::compact).filter(a -> a.length() >= 2).forEach(own::add);
            own.stream().distinct().forEach(n -> {
                names.put(n, d);
                owners.merge(n, 1, Integer::sum);
            });
        }
        owners.forEach((name, count) -> {
            if (count > 1) {
                names.remove(name);
            }
        });
        return names;
    }
}
