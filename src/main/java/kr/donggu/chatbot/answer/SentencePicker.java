package kr.donggu.chatbot.answer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import kr.donggu.chatbot.search.QuestionKind;

/**
 * Picks the sentences of a section that answer a question: those sharing the most character bigrams with it,
 * plus a bonus for sentences carrying what the kind of question asks for (a date for "언제", a count for "몇 개").
 * Picked sentences keep their order in the document, so the answer reads as the document does.
 */
final class SentencePicker {

    private static final double KIND_BONUS = 2.0;
    private static final Pattern NOT_WORD = Pattern.compile("[\\s\\p{Punct}·‘’“”]+");

    private SentencePicker() {
    }

    static List<String> pick(String question, QuestionKind kind, String sectionText, int max) {
        List<String> sentences = Sentences.split(sectionText);
        Set<String> questionGrams = bigrams(question);
        Pattern cue = cue(kind);
        double[] scores = sentences.stream()
                .mapToDouble(s -> overlap(questionGrams, bigrams(s)) + (cue.matcher(s).find() ? KIND_BONUS : 0))
                .toArray();
        List<Integer> best = IntStream.range(0, sentences.size()).boxed()
                .sorted(Comparator.comparingDouble((Integer i) -> -scores[i]).thenComparing(i -> i))
                .limit(max).sorted().toList();
        List<String> picked = new ArrayList<>();
        best.forEach(i -> picked.add(sentences.get(i)));
        return picked;
    }

    private static Pattern cue(QuestionKind kind) {
        String regex = switch (kind) {
            case WHEN -> "\\d{4}\\s*년|\\d{1,2}\\s*월|\\d{1,2}\\s*일|일정|개최|열렸|열립|기간|시기";
            case WHO -> "대상|참여|참석|함께|기업|주민";
            case PERSON -> "대표|회장";
            case COUNT -> "\\d+\\s*(개|곳|개소|명|가지)|총";
            case HOW, APPLY, CONTACT, AMOUNT -> "신청|문의|확인|연락|담당";
            case RESULT -> "성과|평가|기여|의미|확산|강화";
            case WHERE -> "장소|센터|에서|위치";
            case WHAT -> "입니다|사업|프로젝트";
            case DETAIL -> "했습니다|되었습니다|입니다";
        };
        return Pattern.compile(regex);
    }

    private static double overlap(Set<String> question, Set<String> sentence) {
        if (question.isEmpty() || sentence.isEmpty()) {
            return 0;
        }
        long shared = question.stream().filter(sentence::contains).count();
        return (double) shared / Math.sqrt(question.size());
    }

    private static Set<String> bigrams(String text) {
        String compact = NOT_WORD.matcher(text).replaceAll("").toLowerCase(Locale.ROOT);
        Set<String> grams = new HashSet<>();
        for (int i = 0; i + 2 <= compact.length(); i++) {
            grams.add(compact.substring(i, i + 2));
        }
        return grams;
    }
}
