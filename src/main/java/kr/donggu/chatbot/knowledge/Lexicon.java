package kr.donggu.chatbot.knowledge;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The Korean the bot understands, as data: question kinds and the details they demand, conversational cues
 * (references, ordinals, confirmations, time words, "not in the documents" sentences), generic nouns, colloquial
 * and dialect
 * rewrites, standard section headings, domain synonyms, general paraphrases, stop words and the general services
 * this bot does not cover (kept compact, as questions are compared). Loaded and validated from {@code knowledge/dictionary/} by {@link LexiconFiles}; the
 * patterns are compiled once per load. Patterns match the compact form of a question (no spaces, lower case).
 */
public record Lexicon(List<KindRule> kinds, List<DetailRule> details, Set<String> generic,
                      Conversation conversation, Colloquial colloquial, Sections sections,
                      List<List<String>> synonyms, List<List<String>> paraphrases, Set<String> stopwords,
                      List<String> outOfScope) {

    /**
     * How one kind of question is recognised and answered. A {@code broad} kind (무엇, 누가, 어떤 내용) is answered
     * with what is known first, even when some detail of it is missing.
     */
    public record KindRule(QuestionKind kind, List<Pattern> asks, List<Pattern> notAsks, List<String> headings,
                           List<Pattern> answers, List<String> attributes, boolean referralAnswers, boolean broad) {

        boolean recognises(String compact) {
            return asks.stream().anyMatch(p -> p.matcher(compact).find())
                    && notAsks.stream().noneMatch(p -> p.matcher(compact).find());
        }

        public boolean isAnsweredBy(String sentence) {
            return answers.stream().anyMatch(p -> p.matcher(sentence).find());
        }
    }

    /** A specific value an answer must state, such as an amount or a phone number. */
    public record DetailRule(String detail, QuestionKind kind, String label, List<Pattern> asks, Pattern stated) {
    }

    /** A word that refers back to something already discussed; {@code kind} is any, place, program, organisation, person. */
    public record Reference(String kind, List<String> words) {
    }

    /** Words naming the n-th item of a list; n = -1 is the last. */
    public record Ordinal(List<String> words, int n) {
    }

    /**
     * {@code asksForPrograms}: questions whose answer is the name of programs ("어떤 사업에 참여했어요?");
     * {@code except}: "X 말고 또 뭐가 있어요?", answered with the list X belongs to; {@code nameWords}: words asking
     * for a name ("X 이름이 뭐예요?"); {@code particles}: endings to strip from a word the analyzer did not know;
     * {@code asksForOrganisations}: questions whose answer names enterprises; {@code among}: "그 중에", a choice from
     * the last list.
     */
    public record Conversation(Map<String, List<Pattern>> intents, List<Reference> references, List<String> earlier,
                               List<String> except, List<Ordinal> ordinals, List<Pattern> remaining,
                               List<Pattern> catalog,
                               List<Pattern> asksForPrograms, List<Pattern> asksForOrganisations,
                               List<String> among, List<String> nameWords, List<String> particles,
                               Map<String, List<String>> audiences,
                               List<Pattern> confirm, Map<String, List<String>> time, List<Pattern> gaps,
                               List<Pattern> referrals, List<Pattern> backgroundClause,
                               List<Pattern> backgroundSentence) {

        public static Conversation empty() {
            return new Conversation(Map.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                    List.of(), List.of(), List.of(), List.of(), List.of(), Map.of(), List.of(), Map.of(), List.of(),
                    List.of(), List.of(), List.of());
        }

        public boolean isGap(String sentence) {
            return gaps.stream().anyMatch(p -> p.matcher(sentence).find());
        }

        /**
         * The part of a message that tells the asker's circumstances rather than what they ask: sentences without a
         * question mark beside one with it, or that end like a reason ("고민 중이라서요"), and what comes before the
         * last clause ending that leads to the question ("…찾는데, "). Empty when the whole message asks.
         */
        public Circumstances background(String message) {
            StringBuilder background = new StringBuilder();
            StringBuilder asking = new StringBuilder();
            String[] sentences = SENTENCES.split(message.strip());
            // beside a sentence with a question mark, one without is a remark ("…현수막에서 봤는데 이름이 특이하네요")
            boolean questionMarked = java.util.Arrays.stream(sentences).anyMatch(t -> t.contains("?"));
            for (String sentence : sentences) {
                boolean reason = !sentence.contains("?") && (questionMarked || backgroundSentence.stream()
                        .anyMatch(p -> p.matcher(sentence.strip()).find()));
                (reason ? background : asking).append(sentence).append(' ');
            }
            String rest = asking.toString();
            int end = 0;
            for (Pattern p : backgroundClause) {
                java.util.regex.Matcher m = p.matcher(rest);
                while (m.find()) {
                    end = Math.max(end, m.end());
                }
            }
            if (end > 0 && !rest.substring(end).isBlank()) {
                background.append(rest, 0, end);
                rest = rest.substring(end);
            }
            return new Circumstances(background.toString().strip(), rest.strip());
        }

        private static final Pattern SENTENCES = Pattern.compile("(?<=[.!?。~])\\s+");

        public boolean isReferral(String sentence) {
            return referrals.stream().anyMatch(p -> p.matcher(sentence).find());
        }

        public boolean matchesIntent(String intent, String compactQuestion) {
            return intents.getOrDefault(intent, List.of()).stream().anyMatch(p -> p.matcher(compactQuestion).find());
        }

        public List<String> timeWords(String which) {
            return time.getOrDefault(which, List.of());
        }
    }

    /** A message split into the asker's circumstances (may be empty) and what it asks. */
    public record Circumstances(String background, String asked) {
    }

    /** A rewrite of a colloquial or dialect form into standard Korean. */
    public record Rule(Pattern from, String to) {
    }

    public record Colloquial(List<Rule> rules, List<String> fillers) {
    }

    /** A standard section heading and the other ways people write it. */
    public record Heading(String name, List<String> aliases) {
    }

    public record Sections(List<Heading> headings, List<String> topics) {

        /** The standard heading a document heading stands for; empty when it is neither standard nor a topic. */
        public Optional<String> standardFor(String heading) {
            String key = Texts.compact(heading).replaceAll("[·ㆍ/&및,.\\-]", "");
            for (Heading h : headings) {
                if (Texts.compact(h.name()).replaceAll("[·ㆍ/&및,.\\-]", "").equals(key)
                        || h.aliases().stream().anyMatch(a -> Texts.compact(a).replaceAll("[·ㆍ/&및,.\\-]", "").equals(key))) {
                    return Optional.of(h.name());
                }
            }
            return topics.contains(heading) ? Optional.of(heading) : Optional.empty();
        }

        public boolean isStandard(String heading) {
            return topics.contains(heading) || headings.stream().anyMatch(h -> h.name().equals(heading));
        }
    }

    public static Lexicon empty() {
        return new Lexicon(List.of(), List.of(), Set.of(), Conversation.empty(), new Colloquial(List.of(), List.of()),
                new Sections(List.of(), List.of()), List.of(), List.of(), Set.of(), List.of());
    }

    /** The kind of a question: the first kind (in file order) one of whose cues it contains; WHAT otherwise. */
    public QuestionKind kindOf(String question) {
        return KINDS.apply(new KindQuestion(this, question));
    }

    private static final RecentResults<KindQuestion, QuestionKind> KINDS =
            new RecentResults<>(k -> k.lexicon().recognise(k.question()));

    /** A question to this very lexicon: compared by identity, since comparing lexicons would read all their lists. */
    private record KindQuestion(Lexicon lexicon, String question) {
        @Override
        public boolean equals(Object o) {
            return o instanceof KindQuestion k && k.lexicon == lexicon && k.question.equals(question);
        }

        @Override
        public int hashCode() {
            return question.hashCode();
        }
    }

    private QuestionKind recognise(String question) {
        String compact = Texts.compact(Texts.withoutPlaceholders(question));
        for (KindRule rule : kinds) {
            if (rule.recognises(compact)) {
                return rule.kind();
            }
        }
        return QuestionKind.WHAT;
    }

    /**
     * Words that name what a kind of question asks for (날짜, 장소, 금액, 방법): they say what kind of answer is wanted,
     * not what the question is about, so they weigh like generic words.
     */
    public boolean isAttribute(String word) {
        return kinds.stream().anyMatch(k -> k.attributes().contains(word));
    }

    public KindRule rule(QuestionKind kind) {
        return kinds.stream().filter(r -> r.kind() == kind).findFirst()
                .orElse(new KindRule(kind, List.of(), List.of(), List.of(), List.of(), List.of(), false, false));
    }

    /** The detail (an amount, a phone number, a date) a question of this kind demands, if any. */
    public Optional<DetailRule> demandedDetail(String question, QuestionKind kind) {
        // masked personal data ("[전화번호]") is the user's own, not a detail they ask for
        String compact = Texts.compact(Texts.withoutPlaceholders(question));
        return details.stream().filter(d -> d.kind() == kind)
                .filter(d -> d.asks().stream().anyMatch(p -> p.matcher(compact).find())).findFirst();
    }
}
