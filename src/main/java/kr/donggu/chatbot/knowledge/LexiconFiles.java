package kr.donggu.chatbot.knowledge;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import kr.donggu.chatbot.knowledge.ValidationReport.Problem;
import kr.donggu.chatbot.knowledge.ValidationReport.Severity;

/**
 * Reads the language files of {@code knowledge/dictionary/} into a {@link Lexicon}. Each YAML file carries a
 * {@code version}; a pattern that does not compile, an unknown question kind or a malformed entry is reported with
 * its file and line and left out, so one typo never stops the bot. A file that is missing or unreadable as a
 * whole yields nothing for its part and a reported problem.
 */
final class LexiconFiles {

    static final int VERSION = 1;
    static final String KINDS = "question-kinds.yaml";
    static final String CONVERSATION = "conversation.yaml";
    static final String COLLOQUIAL = "colloquial.yaml";
    static final String SECTIONS = "sections.yaml";
    static final String SYNONYMS = "synonyms.txt";
    static final String PARAPHRASES = "paraphrases.txt";
    static final String STOPWORDS = "stopwords.txt";
    static final String OUT_OF_SCOPE = "out-of-scope.txt";
    static final List<String> ALL = List.of(KINDS, CONVERSATION, COLLOQUIAL, SECTIONS, SYNONYMS, PARAPHRASES,
            STOPWORDS, OUT_OF_SCOPE);

    private static final YAMLMapper YAML = new YAMLMapper();

    private final Function<String, Optional<String>> files;
    private final List<Problem> problems = new ArrayList<>();

    /** @param files the text of a dictionary file by its name, empty when the file does not exist */
    LexiconFiles(Function<String, Optional<String>> files) {
        this.files = files;
    }

    List<Problem> problems() {
        return problems;
    }

    Lexicon load() {
        Parsed kinds = yaml(KINDS);
        Parsed conversation = yaml(CONVERSATION);
        Parsed colloquial = yaml(COLLOQUIAL);
        Parsed sections = yaml(SECTIONS);
        return new Lexicon(kindRules(kinds), detailRules(kinds), new LinkedHashSet<>(compacts(kinds.get("generic"))),
                conversation(conversation), colloquial(colloquial),
                sections(sections), groups(SYNONYMS), groups(PARAPHRASES),
                new LinkedHashSet<>(lines(STOPWORDS).stream().map(w -> w.toLowerCase(Locale.ROOT)).toList()),
                lines(OUT_OF_SCOPE).stream().map(Texts::compact).toList());
    }

    private record Parsed(String file, String text, JsonNode root) {
        JsonNode get(String key) {
            return root.path(key);
        }
    }

    private Parsed yaml(String file) {
        String text = files.apply(file).orElse(null);
        if (text == null) {
            problem(file, 1, Severity.WARNING, "언어 자료 파일이 없습니다. 이 부분의 질문 이해가 약해집니다.",
                    "language file is missing; this part of understanding is off");
            return new Parsed(file, "", YAML.createObjectNode());
        }
        try {
            JsonNode root = YAML.readTree(text);
            if (root == null || !root.isObject()) {
                throw new IllegalArgumentException("not a mapping");
            }
            if (root.path("version").asInt(-1) != VERSION) {
                problem(file, 1, Severity.ERROR, "version: " + VERSION + " 항목이 필요합니다.",
                        "needs 'version: " + VERSION + "'");
            }
            return new Parsed(file, text, root);
        } catch (JacksonException | IllegalArgumentException e) {
            int line = e instanceof JacksonException j && j.getLocation() != null ? j.getLocation().getLineNr() : 1;
            problem(file, line, Severity.ERROR, "YAML 형식 오류로 이 파일을 읽지 못했습니다.",
                    "YAML error, file not used: " + e.getMessage().lines().findFirst().orElse(""));
            return new Parsed(file, "", YAML.createObjectNode());
        }
    }

    private List<Lexicon.KindRule> kindRules(Parsed p) {
        List<Lexicon.KindRule> rules = new ArrayList<>();
        for (JsonNode k : p.get("kinds")) {
            Optional<QuestionKind> kind = kind(p, k.path("kind").asText(""));
            kind.ifPresent(q -> rules.add(new Lexicon.KindRule(q, patterns(p, k.path("asks")),
                    patterns(p, k.path("not_asks")), strings(k.path("headings")),
                    patterns(p, k.path("answers")), strings(k.path("attributes")),
                    k.path("referral_answers").asBoolean(false), k.path("broad").asBoolean(false))));
        }
        return List.copyOf(rules);
    }

    private List<Lexicon.DetailRule> detailRules(Parsed p) {
        List<Lexicon.DetailRule> rules = new ArrayList<>();
        for (JsonNode d : p.get("details")) {
            Optional<QuestionKind> kind = kind(p, d.path("kind").asText(""));
            Optional<Pattern> stated = pattern(p, d.path("stated").asText(""));
            if (kind.isPresent() && stated.isPresent()) {
                rules.add(new Lexicon.DetailRule(d.path("detail").asText(""), kind.get(), d.path("label").asText(""),
                        patterns(p, d.path("asks")), stated.get()));
            }
        }
        return List.copyOf(rules);
    }

    private Lexicon.Conversation conversation(Parsed p) {
        Map<String, List<Pattern>> intents = new LinkedHashMap<>();
        p.get("intents").fields().forEachRemaining(e -> intents.put(e.getKey(), patterns(p, e.getValue())));
        List<Lexicon.Reference> references = new ArrayList<>();
        for (JsonNode r : p.get("references")) {
            references.add(new Lexicon.Reference(r.path("kind").asText("any"), compacts(r.path("words"))));
        }
        List<Lexicon.Ordinal> ordinals = new ArrayList<>();
        for (JsonNode o : p.get("ordinals")) {
            ordinals.add(new Lexicon.Ordinal(compacts(o.path("words")), o.path("n").asInt(0)));
        }
        return new Lexicon.Conversation(Map.copyOf(intents), List.copyOf(references), compacts(p.get("earlier")),
                compacts(p.get("except")), List.copyOf(ordinals), patterns(p, p.get("remaining")), patterns(p, p.get("catalog")),
                patterns(p, p.get("asks_for_programs")), patterns(p, p.get("asks_for_organisations")),
                compacts(p.get("among")), compacts(p.get("name_words")), compacts(p.get("particles")),
                wordMap(p.get("audiences")), patterns(p, p.get("confirm")), wordMap(p.get("time")),
                patterns(p, p.get("gaps")), patterns(p, p.get("referrals")), patterns(p, p.get("background_clause")),
                patterns(p, p.get("background_sentence")));
    }

    private Lexicon.Colloquial colloquial(Parsed p) {
        List<Lexicon.Rule> rules = new ArrayList<>();
        for (JsonNode r : p.get("rules")) {
            pattern(p, r.path("from").asText("")).ifPresent(from -> rules.add(new Lexicon.Rule(from, r.path("to").asText(""))));
        }
        return new Lexicon.Colloquial(List.copyOf(rules), strings(p.get("fillers")));
    }

    private Lexicon.Sections sections(Parsed p) {
        List<Lexicon.Heading> headings = new ArrayList<>();
        for (JsonNode h : p.get("headings")) {
            headings.add(new Lexicon.Heading(h.path("name").asText(""), strings(h.path("aliases"))));
        }
        return new Lexicon.Sections(List.copyOf(headings), strings(p.get("topics")));
    }

    private Optional<QuestionKind> kind(Parsed p, String name) {
        try {
            return Optional.of(QuestionKind.valueOf(name));
        } catch (IllegalArgumentException e) {
            problem(p.file(), lineOf(p, name), Severity.ERROR, "알 수 없는 질문 종류입니다: " + name,
                    "unknown question kind: " + name + " (one of " + Arrays.toString(QuestionKind.values()) + ")");
            return Optional.empty();
        }
    }

    private List<Pattern> patterns(Parsed p, JsonNode list) {
        List<Pattern> out = new ArrayList<>();
        for (String regex : strings(list)) {
            pattern(p, regex).ifPresent(out::add);
        }
        return List.copyOf(out);
    }

    private Optional<Pattern> pattern(Parsed p, String regex) {
        if (regex.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Pattern.compile(regex));
        } catch (PatternSyntaxException e) {
            problem(p.file(), lineOf(p, regex), Severity.ERROR, "정규식 오류로 이 항목을 뺐습니다: " + regex,
                    "invalid regular expression left out: " + e.getDescription());
            return Optional.empty();
        }
    }

    private static Map<String, List<String>> wordMap(JsonNode node) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        node.fields().forEachRemaining(e -> out.put(e.getKey(), compacts(e.getValue())));
        return Map.copyOf(out);
    }

    private static List<String> strings(JsonNode list) {
        List<String> out = new ArrayList<>();
        list.forEach(n -> {
            if (!n.asText("").isBlank()) {
                out.add(n.asText().strip());
            }
        });
        return List.copyOf(out);
    }

    /** Words matched against the compact form of a question are stored compact too. */
    private static List<String> compacts(JsonNode list) {
        return strings(list).stream().map(Texts::compact).toList();
    }

    /** Comma-separated groups, one per line; '#' starts a comment. */
    private List<List<String>> groups(String file) {
        List<List<String>> groups = new ArrayList<>();
        for (String line : lines(file)) {
            List<String> words = Arrays.stream(line.split(",")).map(String::strip).filter(w -> !w.isEmpty()).toList();
            if (words.size() > 1) {
                groups.add(words);
            }
        }
        return List.copyOf(groups);
    }

    private List<String> lines(String file) {
        Optional<String> text = files.apply(file);
        if (text.isEmpty()) {
            problem(file, 1, Severity.WARNING, "언어 자료 파일이 없습니다.", "language file is missing");
            return List.of();
        }
        return text.get().lines().map(l -> l.replaceFirst("#.*", "").strip()).filter(l -> !l.isEmpty()).toList();
    }

    private static int lineOf(Parsed p, String fragment) {
        String[] lines = p.text().split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(fragment) || lines[i].contains(fragment.replace("\\", "\\\\"))) {
                return i + 1;
            }
        }
        return 1;
    }

    private void problem(String file, int line, Severity severity, String ko, String en) {
        problems.add(new Problem(KnowledgeBase.DICTIONARY_DIR + "/" + file, line, severity, ko, en));
    }
}
