package kr.donggu.chatbot.search;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kr.donggu.chatbot.knowledge.Lexicon;
import kr.donggu.chatbot.knowledge.RecentResults;

/**
 * A message as the bot reads it: colloquial and dialect forms rewritten into standard Korean (갈켜주쇼 → 가르쳐
 * 주세요, 했당가 → 했나요), filler words dropped (거시기, 잉), and a long, rambling message reduced to the
 * sentences that ask something. The stored message stays as the resident wrote it; only understanding uses this.
 */
final class QuestionNormalizer {

    /** Longer than this, a message is reduced to its asking sentences. */
    static final int LONG_MESSAGE = 60;
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?。~])\\s+|\\n+");
    /** A question mark, an interrogative or requesting ending, or a question word; plain 어요/예요 can be a statement. */
    private static final Pattern ASKING = Pattern.compile(
            "[?？]|(나요|까요|는지|인가요?|을까|ㄹ까|냐|니|죠|지요|주세요|줘|줘요|알려|궁금해요|궁금합니다)\\s*[.!~]*$"
                    + "|(뭐|무엇|무슨|어떤|어떻게|언제|어디|누가|누구|몇|얼마|왜|있나|되나)");

    private static final Pattern TRAILING_PARTICLE = Pattern.compile("(요|다|까|죠|나)잉(?=[\\s?!.~]*$)");
    private static final Pattern SPACES = Pattern.compile("\\s{2,}");

    private final List<Lexicon.Rule> rules;
    private final List<Pattern> fillers;
    private final Pattern anyFiller;
    private final Pattern anyRule;
    private final java.util.function.Predicate<String> namesSomething;

    /** @param namesSomething whether a sentence names a program, an organisation or a person of the documents */
    QuestionNormalizer(Lexicon.Colloquial colloquial, java.util.function.Predicate<String> namesSomething) {
        this.namesSomething = namesSomething;
        this.rules = colloquial.rules();
        List<Pattern> f = new ArrayList<>();
        for (String filler : colloquial.fillers()) {
            // a filler is a whole word, perhaps followed by punctuation: "잉" in "해요잉" stays, "거시기" goes
            f.add(Pattern.compile("(?<=^|\\s)" + Pattern.quote(filler) + "(?=$|[\\s,.!?~]+)"));
        }
        this.fillers = List.copyOf(f);
        this.anyFiller = anyOf(fillers);
        this.anyRule = anyOf(rules.stream().map(Lexicon.Rule::from).toList());
    }

    /**
     * One pattern matching wherever one of {@code patterns} does. Most messages need no rewriting: one search for
     * any of them tells so, and the rules run in order only when one applies (a rule that does not apply to the
     * message as written cannot apply after rules that changed nothing).
     */
    private static Pattern anyOf(List<Pattern> patterns) {
        return patterns.isEmpty() ? null : Pattern.compile(patterns.stream().map(p -> "(?:" + p.pattern() + ")")
                .collect(java.util.stream.Collectors.joining("|")));
    }

    String normalize(String message) {
        return recent.apply(message);
    }

    private final RecentResults<String, String> recent = new RecentResults<>(this::rewrite);

    private String rewrite(String message) {
        String text = message;
        if (anyFiller != null && anyFiller.matcher(text).find()) {
            for (Pattern filler : fillers) {
                text = filler.matcher(text).replaceAll(" ");
            }
        }
        text = trailingParticles(text);
        if (anyRule != null && anyRule.matcher(text).find()) {
            for (Lexicon.Rule rule : rules) {
                Matcher m = rule.from().matcher(text);
                if (m.find()) {
                    text = m.replaceAll(rule.to());
                }
            }
        }
        text = SPACES.matcher(text).replaceAll(" ").strip();
        return text.length() > LONG_MESSAGE ? askingPart(text) : text;
    }

    /** "거기 어디예요잉?" keeps its question; a sentence-final 잉 or 이 attached to an ending is a dialect softener. */
    private static String trailingParticles(String text) {
        return TRAILING_PARTICLE.matcher(text).replaceAll("$1");
    }

    /**
     * The sentences that ask something or name what is asked about ("동구에서 텃밭 하는 게 있다던데요. 그거 누가
     * 참여해요?" keeps both); if none does, the last sentence, which usually carries the request.
     */
    private String askingPart(String text) {
        String[] sentences = SENTENCE_END.split(text);
        List<String> kept = new ArrayList<>();
        for (String s : sentences) {
            String t = s.strip();
            if (!t.isEmpty() && (ASKING.matcher(t).find() || namesSomething.test(t))) {
                kept.add(t);
            }
        }
        if (kept.isEmpty()) {
            return sentences[sentences.length - 1].strip();
        }
        return String.join(" ", kept.size() > 3 ? kept.subList(kept.size() - 3, kept.size()) : kept);
    }
}
