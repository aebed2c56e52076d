package kr.donggu.chatbot.chat;

import kr.donggu.chatbot.knowledge.Texts;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import kr.donggu.chatbot.answer.Replies;
import kr.donggu.chatbot.knowledge.Lexicon;
import kr.donggu.chatbot.knowledge.Period;
import kr.donggu.chatbot.knowledge.ProgramDocument;

/**
 * Keeps a dated document from being presented as current. Every answer from a document about a given year is
 * labelled with that year; a question about a time the document does not cover (올해 in 2026 about a 2025 program,
 * 내년, 지금 after the period) is answered with what the document says, labelled, and marked as not known.
 */
final class TimeAwareness {

    private static final Pattern YEAR = Pattern.compile("(20\\d{2})\\s*년?");

    record Verdict(String note, boolean covered) {
    }

    private TimeAwareness() {
    }

    static Optional<Verdict> judge(ProgramDocument doc, String question, LocalDate today, Lexicon.Conversation cues) {
        Optional<Period> period = doc.coveredPeriod();
        if (period.isEmpty()) {
            return Optional.empty();
        }
        String label = label(period.get());
        Integer asked = askedYear(question, today, cues);
        String compact = Texts.compact(question);
        if (asked != null && (asked < period.get().start().getYear() || asked > period.get().end().getYear())) {
            return Optional.of(new Verdict("※ 안내해 드린 내용은 " + label + " 자료 기준입니다. " + asked
                    + "년 내용은 자료에 아직 없으니 " + Replies.OFFICE + "에 확인해 주세요.", false));
        }
        // "요즘 큰 모임 있었다던데 어떤 자리였어요?" asks about what happened lately, not whether it still goes on
        boolean past = cues.matchesIntent("past", compact);
        // "요새 손주 교육 알아보다가 들었는데": the asker's own lately, not whether the program goes on
        boolean now = cues.timeWords("now").stream().anyMatch(compact::contains) && !past
                && !cues.matchesIntent("own_activity", compact)
                || said(cues.timeWords("this_year"), compact, past);
        if (asked == null && now && period.get().isOver(today)) {
            return Optional.of(new Verdict("※ 안내해 드린 내용은 " + label + " 자료 기준입니다. 지금도 진행하거나 신청을 받는지는 "
                    + "자료에 나와 있지 않으니 " + Replies.OFFICE + "에 확인해 주세요.", false));
        }
        return Optional.of(new Verdict("※ " + label + " 자료 기준입니다.", true));
    }

    private static String label(Period p) {
        return p.start().getYear() == p.end().getYear() ? p.start().getYear() + "년"
                : p.start().getYear() + "~" + p.end().getYear() + "년";
    }

    private static Integer askedYear(String question, LocalDate today, Lexicon.Conversation cues) {
        String compact = Texts.compact(question);
        // "내년 얘기도 나왔어요?", "2026년 계획도 논의했어요?" ask what was said then; "올해도 했어요?" still asks
        // whether it happened that year
        boolean past = cues.matchesIntent("past", compact);
        // "2025년에 한 기업들 2026년에도 참여하나요?" asks about the later year
        Integer latest = YEAR.matcher(question).results()
                .filter(r -> !past || alsoThen(question.substring(r.end()))).map(r -> Integer.parseInt(r.group(1)))
                .max(Integer::compare).orElse(null);
        if (latest != null) {
            return latest;
        }
        if (said(cues.timeWords("next_year"), compact, past)) {
            return today.getYear() + 1;
        }
        // "작년에 했던 환경마켓 올해도 열려요?" asks about this year
        if (said(cues.timeWords("this_year"), compact, past)) {
            return today.getYear();
        }
        if (said(cues.timeWords("last_year"), compact, past)) {
            return today.getYear() - 1;
        }
        return null;
    }

    private static boolean said(java.util.List<String> words, String compact, boolean past) {
        return words.stream().anyMatch(w -> {
            int at = compact.indexOf(w);
            return at >= 0 && (!past || w.endsWith("도") || alsoThen(compact.substring(at + w.length())));
        });
    }

    /** "…에도", "…도" right after a time: the question asks whether the same happened then too. */
    private static boolean alsoThen(String rest) {
        String r = rest.stripLeading();
        return r.startsWith("도") || r.startsWith("에도");
    }
}
