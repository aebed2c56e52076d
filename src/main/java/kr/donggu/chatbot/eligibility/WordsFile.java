package kr.donggu.chatbot.eligibility;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import kr.donggu.chatbot.knowledge.Texts;

/** Parses {@code eligibility.yaml} into {@link Words}; every problem names the file and the entry. */
final class WordsFile {

    private static final Pattern PLAIN_WORD = Pattern.compile("[가-힣A-Za-z0-9]+");

    private final String file;
    private final JsonNode root;

    private WordsFile(String file, JsonNode root) {
        this.file = file;
        this.root = root;
    }

    static Words read(Path path) {
        try {
            return parse(path.toString(), Files.readString(path));
        } catch (IOException e) {
            throw new IllegalStateException(path + ": 자격 확인 단어 파일을 읽을 수 없습니다 / cannot read the file", e);
        }
    }

    static Words parse(String file, String yaml) {
        JsonNode root;
        try {
            root = new YAMLMapper().readTree(yaml);
        } catch (IOException e) {
            throw new IllegalStateException(file + ": YAML 문법 오류 / YAML error: " + e.getMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new IllegalStateException(file + ": '이름: 값' 형식이 아닙니다 / not a mapping");
        }
        return new WordsFile(file, root).words();
    }

    private Words words() {
        number("version");
        String endings = text("answer_endings");
        return new Words(types("enterprise_types", "", ""), types("type_answers", "^", endings + "$"),
                anywhere(list("form_answers_ordinary")), legalForms(),
                pattern(text("negation_after")), answers(), whole(list("cancel")), whole(list("resume")),
                anywhere(list("asks_eligibility")), anywhere(list("self")), pattern(text("question_words")),
                anywhere(list("how_or_when")), pattern(text("not_stated")), PlaceWordsFile.places(this));
    }

    /** Each kind's words as one pattern, between {@code before} and {@code after} (anchors for whole answers). */
    private Map<EnterpriseType, Pattern> types(String key, String before, String after) {
        Map<EnterpriseType, Pattern> out = new EnumMap<>(EnterpriseType.class);
        map(key).forEach((label, words) -> out.put(EnterpriseType.fromLabel(label).orElseThrow(() ->
                problem(key + "." + label, "알 수 없는 기업 유형입니다", "unknown enterprise type")),
                pattern(before + alternation(words) + after)));
        if (before.isEmpty() && out.size() != EnterpriseType.values().length) {
            throw problem(key, "여덟 가지 유형이 모두 있어야 합니다: " + EnterpriseType.labels(), "every type is needed");
        }
        return out;
    }

    private Map<String, Pattern> legalForms() {
        Map<String, Pattern> out = new LinkedHashMap<>();
        map("legal_forms").forEach((name, words) -> out.put(name, anywhere(words)));
        return out;
    }

    private Words.Answers answers() {
        return new Words.Answers(set(list("answers.yes_first")), set(list("answers.no_first")),
                anywhere(list("answers.unknown")), anywhere(list("answers.yes_anywhere")),
                anywhere(list("answers.no_anywhere")));
    }

    // --- reading entries

    JsonNode node(String dottedKey) {
        JsonNode n = root;
        for (String part : dottedKey.split("\\.")) {
            n = n.path(part);
        }
        if (n.isMissingNode() || n.isNull()) {
            throw problem(dottedKey, "항목이 없습니다", "missing entry");
        }
        return n;
    }

    String text(String key) {
        JsonNode n = node(key);
        if (!n.isValueNode() || n.asText().isBlank()) {
            throw problem(key, "글자로 된 값이어야 합니다", "must be a non-empty string");
        }
        return n.asText();
    }

    private void number(String key) {
        if (!node(key).canConvertToInt()) {
            throw problem(key, "숫자여야 합니다", "must be a number");
        }
    }

    List<String> list(String key) {
        JsonNode n = node(key);
        List<String> out = new ArrayList<>();
        if (n.isArray()) {
            n.forEach(x -> {
                if (x.isValueNode() && !x.asText().isBlank()) {
                    out.add(x.asText().strip());
                }
            });
        }
        if (out.isEmpty()) {
            throw problem(key, "비어 있지 않은 목록이어야 합니다", "must be a non-empty list");
        }
        return List.copyOf(out);
    }

    private Map<String, List<String>> map(String key) {
        JsonNode n = node(key);
        if (!n.isObject() || n.isEmpty()) {
            throw problem(key, "'이름: [말, …]' 목록이어야 합니다", "must map names to lists");
        }
        Map<String, List<String>> out = new LinkedHashMap<>();
        n.fieldNames().forEachRemaining(name -> out.put(name, list(key + "." + name)));
        return out;
    }

    /** Plain words only (place names): checked, because they are joined into a pattern as written. */
    List<String> words(String key) {
        List<String> words = list(key);
        words.stream().filter(w -> !PLAIN_WORD.matcher(w).matches()).findFirst().ifPresent(w -> {
            throw problem(key, "한글·영문·숫자만 쓸 수 있습니다: " + w, "letters and digits only: " + w);
        });
        return words;
    }

    // --- compiling

    Pattern pattern(String regex) {
        try {
            return Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        } catch (PatternSyntaxException e) {
            throw problem(regex, "정규식 오류: " + e.getDescription(), "bad regular expression");
        }
    }

    /** Any of the fragments, longest first, so 예비사회적기업 is tried before 사회적기업. */
    Pattern anywhere(List<String> fragments) {
        return pattern(alternation(fragments));
    }

    /** The whole (compact) message is one of the words, optionally with closing punctuation. */
    private Pattern whole(List<String> words) {
        return pattern("^" + alternation(words.stream().map(Texts::compact).toList()) + "[.!~?…]*$");
    }

    static String alternation(List<String> fragments) {
        List<String> sorted = new ArrayList<>(fragments);
        sorted.sort(Comparator.comparingInt(String::length).reversed());
        return "(?:" + String.join("|", sorted) + ")";
    }

    private static Set<String> set(List<String> words) {
        Set<String> out = new LinkedHashSet<>();
        words.forEach(w -> out.add(Texts.compact(w)));
        return Set.copyOf(out);
    }

    IllegalStateException problem(String entry, String ko, String en) {
        return new IllegalStateException(file + " · " + entry + ": " + ko + " / " + en);
    }
}
