package kr.donggu.chatbot.documents;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import kr.donggu.chatbot.knowledge.KnowledgeBase;

/**
 * A YAML table staff keep in {@code knowledge/dictionary/} for this package. A missing file is an empty table (a
 * test corpus need not have one); a broken one stops the start with one line naming the file and the entry.
 */
final class DataFile {

    static final int VERSION = 1;

    private final String name;
    private final JsonNode root;

    private DataFile(String name, JsonNode root) {
        this.name = name;
        this.root = root;
    }

    static Optional<DataFile> read(Path knowledgeDir, String file) {
        Path path = knowledgeDir.resolve(KnowledgeBase.DICTIONARY_DIR).resolve(file);
        if (!Files.isRegularFile(path)) {
            return Optional.empty();
        }
        try {
            return Optional.of(parse(KnowledgeBase.DICTIONARY_DIR + "/" + file, Files.readString(path)));
        } catch (IOException e) {
            throw new IllegalStateException(file + ": 파일을 읽을 수 없습니다 / cannot read the file", e);
        }
    }

    static DataFile parse(String name, String yaml) {
        JsonNode root;
        try {
            root = new YAMLMapper().readTree(yaml);
        } catch (IOException e) {
            throw new IllegalStateException(name + ": YAML 문법 오류 / YAML error: " + e.getMessage(), e);
        }
        DataFile file = new DataFile(name, root);
        if (root == null || !root.isObject() || root.path("version").asInt(-1) != VERSION) {
            throw file.problem("version", "version: " + VERSION + " 항목이 필요합니다 / needs 'version: " + VERSION + "'");
        }
        return file;
    }

    JsonNode root() {
        return root;
    }

    String text(JsonNode node, String key, String where) {
        String v = node.path(key).asText("").strip();
        if (v.isEmpty()) {
            throw problem(where, key + " 항목이 비어 있습니다 / '" + key + "' is empty");
        }
        return v;
    }

    Pattern pattern(String key) {
        return pattern(root, key, key);
    }

    Pattern pattern(JsonNode node, String key, String where) {
        String regex = text(node, key, where);
        try {
            return Pattern.compile(regex);
        } catch (PatternSyntaxException e) {
            throw problem(where, "정규식 오류 / not a valid regex: " + e.getDescription());
        }
    }

    List<String> words(JsonNode list, String where) {
        if (!list.isArray() || list.isEmpty()) {
            throw problem(where, "단어 목록이 필요합니다 / needs a list of words");
        }
        List<String> out = new ArrayList<>();
        for (JsonNode w : list) {
            String word = w.isValueNode() ? w.asText().strip() : "";
            if (word.isEmpty()) {
                throw problem(where, "빈 단어가 있습니다 / an empty word");
            }
            out.add(word);
        }
        return out;
    }

    IllegalStateException problem(String where, String message) {
        return new IllegalStateException(name + " (" + where + "): " + message);
    }
}
