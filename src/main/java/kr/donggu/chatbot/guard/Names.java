package kr.donggu.chatbot.guard;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The names of {@code guard-names.txt} and of the documents: programs, organisations, people, places, districts,
 * enterprise types and roles, and the word shapes of names nobody listed (an organisation suffix, a surname before a
 * role). A name is found only at a word start and only when a particle or a space follows it, so 동구 is not found
 * in 별별동구 or in 동구청장.
 */
final class Names {

    static final String FILE = "guard-names.txt";
    private static final Set<String> LIST_KEYS = Set.of("role", "surname", "organisation-suffix", "place-suffix",
            "not-a-name");

    /** A named thing: its id (a document id where there is one) and kind. */
    record Entity(String id, EntityKind kind) {
    }

    enum EntityKind { PROGRAM, ORGANISATION, OFFICE, PERSON, PLACE, DISTRICT, TYPE }

    /** A name found in a text. */
    record Mention(Entity entity, int start, int end) {
    }

    private final Map<String, Entity> byAlias;
    private final Pattern aliases;
    private final Map<String, List<String>> lists;

    private Names(Map<String, Entity> byAlias, Map<String, List<String>> lists) {
        this.byAlias = byAlias;
        this.lists = lists;
        this.aliases = byAlias.isEmpty() ? Pattern.compile("(?!)") : Pattern.compile(byAlias.keySet().stream()
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .map(Names::aliasRegex).collect(Collectors.joining("|",
                        "(?<![\\p{IsHangul}\\p{IsAlphabetic}\\p{IsDigit}])(?:", ")" + GuardText.END_OF_WORD)));
    }

    /** The file's names, plus each document's title as a name of that document. */
    static Names parse(String text, Map<String, String> titlesById, List<String> problems) {
        Set<String> keys = new HashSet<>(LIST_KEYS);
        for (EntityKind k : EntityKind.values()) {
            keys.add(k.name().toLowerCase(java.util.Locale.ROOT));
        }
        Map<String, Entity> byAlias = new LinkedHashMap<>();
        titlesById.forEach((id, title) -> byAlias.put(GuardText.normalize(title), new Entity(id, EntityKind.PROGRAM)));
        Map<String, List<String>> lists = new HashMap<>();
        for (LexiconFile.Line line : LexiconFile.parse(FILE, text, keys, problems)) {
            String[] head = line.key().split("\\s+");
            if (LIST_KEYS.contains(head[0])) {
                lists.computeIfAbsent(head[0], k -> new ArrayList<>()).addAll(line.values());
            } else if (head.length != 2) {
                problems.add(line.where() + ": a name line is '<kind> <id>: name, name', was '" + line.key() + "'");
            } else {
                Entity e = new Entity(head[1], EntityKind.valueOf(head[0].toUpperCase(java.util.Locale.ROOT)));
                line.values().forEach(v -> byAlias.put(GuardText.normalize(v), e));
            }
        }
        return new Names(byAlias, lists);
    }

    private static String aliasRegex(String alias) {
        StringBuilder out = new StringBuilder();
        for (String part : alias.split("\\s+")) {
            out.append(out.length() == 0 ? "" : "\\s*").append(Pattern.quote(part));
        }
        return out.toString();
    }

    /** The names in {@code text}, longest first; their spans are blanked. */
    List<Mention> mentions(StringBuilder text) {
        List<Mention> found = new ArrayList<>();
        Matcher m = aliases.matcher(text);
        while (m.find()) {
            Entity e = byAlias.get(GuardText.normalize(m.group()).replaceAll("\\s+", " "));
            if (e == null) {
                e = byAliasIgnoringSpaces(m.group());
            }
            found.add(new Mention(e, m.start(), m.end()));
        }
        found.forEach(mention -> Cues.blank(text, mention.start(), mention.end()));
        return found;
    }

    private Entity byAliasIgnoringSpaces(String surface) {
        String compact = surface.replaceAll("\\s+", "");
        return byAlias.entrySet().stream().filter(e -> e.getKey().replaceAll("\\s+", "").equals(compact))
                .map(Map.Entry::getValue).findFirst().orElseThrow();
    }

    /** The names of the documents and organisations: what a text names, so evidence may be fetched for it. */
    Set<String> ids(EntityKind... kinds) {
        Set<EntityKind> wanted = Set.of(kinds);
        return byAlias.values().stream().filter(e -> wanted.contains(e.kind())).map(Entity::id)
                .collect(Collectors.toSet());
    }

    Set<String> aliasesOf(Entity entity) {
        return byAlias.entrySet().stream().filter(e -> e.getValue().equals(entity)).map(Map.Entry::getKey)
                .collect(Collectors.toSet());
    }

    List<String> list(String key) {
        return lists.getOrDefault(key, List.of());
    }

    /** Every single-word name, for the morphological analyser's user dictionary. */
    Set<String> singleWords() {
        return byAlias.keySet().stream().filter(a -> a.matches("[\\p{IsHangul}]{2,}")).collect(Collectors.toSet());
    }
}
