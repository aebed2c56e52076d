package kr.donggu.chatbot.answer;

import kr.donggu.chatbot.knowledge.Texts;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import kr.donggu.chatbot.search.QuestionKind;

/**
 * The specific detail a question demands (an amount, a phone number, a date) and whether a text states one.
 * An answer about the right program that lacks the demanded detail is honest only as "the documents do not say".
 */
enum Details {
    AMOUNT("지원 금액은", "얼마|금액|예산|지원금|보조금|비용|howmuch|budget", "\\d[\\d,]*\\s*(만|천|억)?\\s*원"),
    PHONE("전화번호는", "전화번호|연락처|번호알려|번호가|번호좀|phone|call", "\\d{2,4}-\\d{3,4}-\\d{4}"),
    EMAIL("이메일 주소는", "이메일|메일주소|email|e-mail", "[\\w.+-]+@[\\w-]+\\.[\\w.]+"),
    DATE("날짜나 일정은", "언제|날짜|며칠|몇월|몇일|마감|기한|when|date|deadline",
            "\\d{4}\\s*년|\\d{1,2}\\s*월|\\d{1,2}\\s*일|\\d{4}[.-]\\d{1,2}");

    private final String label;
    private final Pattern asks;
    private final Pattern stated;

    Details(String label, String asks, String stated) {
        this.label = label;
        this.asks = Pattern.compile(asks);
        this.stated = Pattern.compile(stated);
    }

    static Optional<Details> demandedBy(String question, QuestionKind kind) {
        // masked personal data ("[전화번호]") is the user's own, not a detail they ask for
        String compact = Texts.compact(Texts.withoutPlaceholders(question));
        for (Details d : values()) {
            if (d.asks.matcher(compact).find() && fits(d, kind)) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }

    private static boolean fits(Details d, QuestionKind kind) {
        return switch (d) {
            case AMOUNT -> kind == QuestionKind.AMOUNT;
            case PHONE, EMAIL -> kind == QuestionKind.CONTACT;
            case DATE -> kind == QuestionKind.WHEN;
        };
    }

    boolean statedIn(String text) {
        return stated.matcher(text).find();
    }

    String label() {
        return label;
    }
}
