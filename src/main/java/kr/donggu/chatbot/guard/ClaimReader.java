package kr.donggu.chatbot.guard;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads a sentence into a {@link Claim}. Order matters and each step blanks what it took: names first (so a
 * program's name is not read as words), then roles and the people they are said of, cue words, facts, names nobody
 * listed (an organisation suffix, a place before 에서), and last Nori's content stems of whatever is left.
 */
final class ClaimReader {

    private static final Set<Cues.Cls> COURTESY_CUES = Set.of(Cues.Cls.NEUTRAL);
    private static final Set<Names.EntityKind> COURTESY_NAMES = Set.of(Names.EntityKind.PROGRAM,
            Names.EntityKind.OFFICE, Names.EntityKind.DISTRICT, Names.EntityKind.ORGANISATION);

    private final Names names;
    private final Cues cues;
    private final Words words;
    private final Facts facts;
    private final Morphemes morphemes;
    private final Pattern roles;
    private final WordAnchors wordAnchors;
    private final Set<String> responses;

    ClaimReader(Names names, Cues cues, Words words, Morphemes morphemes) {
        this.names = names;
        this.cues = cues;
        this.words = words;
        this.facts = new Facts(words);
        this.morphemes = morphemes;
        this.roles = Pattern.compile(names.list("role").stream().map(GuardText::normalize)
                .sorted(Comparator.comparingInt(String::length).reversed()).map(Pattern::quote)
                .collect(Collectors.joining("|", "(?:", ")" + GuardText.END_OF_WORD)));
        this.wordAnchors = new WordAnchors(names, words);
        this.responses = words.list("response").stream().map(r -> GuardText.key(GuardText.normalize(r)))
                .collect(Collectors.toSet());
    }

    Claim read(String sentence) {
        String norm = words.withoutLeadIn(GuardText.normalize(GuardText.plain(sentence)));
        String key = GuardText.key(norm);
        String compact = norm.replaceAll("\\s+", "");
        if (key.isEmpty() || responses.contains(key)) {
            return new Claim(sentence, key, compact, Set.of(), Set.of(), Set.of(), Map.of(), List.of(), Map.of(),
                    List.of(), Map.of(), false, true);
        }
        StringBuilder text = new StringBuilder(norm);
        List<Names.Mention> mentions = names.mentions(text);
        Map<String, ClaimKind> anchors = new LinkedHashMap<>();
        wordAnchors.buildingsAsVenues(norm, mentions, anchors);
        Set<String> roleWords = new TreeSet<>();
        Set<String> pairs = rolesAndPeople(norm, text, mentions, roleWords, anchors);
        Map<Cues.Cls, Set<String>> cueMap = new EnumMap<>(cues.find(text));
        List<Facts.Fact> factList = facts.find(text);
        wordAnchors.find(text, anchors);
        wordAnchors.positions(norm, anchors);
        Morphemes.Read read = morphemes.read(text.toString());
        read.properNouns().stream().filter(p -> anchors.keySet().stream().noneMatch(a -> a.contains(p)))
                .forEach(p -> anchors.put(p, ClaimKind.NAME));
        if (read.futureModifier()) {
            cueMap.computeIfAbsent(Cues.Cls.PLAN, k -> new TreeSet<>()).add("ㄹ것");
        }
        List<Set<String>> stems = read.stems().stream().filter(s -> !words.list("generic").contains(s))
                .map(words::keysOf).toList();
        Map<String, Set<String>> opposed = new HashMap<>();
        read.stems().forEach(s -> {
            if (!words.opposites(s).isEmpty()) {
                opposed.put(s, words.opposites(s));
            }
        });
        Set<Names.Entity> entities = mentions.stream().map(Names.Mention::entity).collect(Collectors.toSet());
        boolean courtesy = factList.isEmpty() && anchors.isEmpty() && COURTESY_CUES.containsAll(cueMap.keySet())
                && words.list("courtesy").containsAll(roleWords)
                && entities.stream().allMatch(e -> COURTESY_NAMES.contains(e.kind()))
                && (entities.stream().anyMatch(e -> e.kind() == Names.EntityKind.OFFICE)
                        || read.stems().stream().allMatch(s -> words.list("courtesy").contains(s)
                        || words.list("generic").contains(s)));
        return new Claim(sentence, key, compact, entities, roleWords, pairs, anchors, factList, cueMap, stems, opposed,
                courtesy, false);
    }

    /**
     * Finds role words, blanks them, and returns "person|role" for each role said of a person: 김유미 대표,
     * 대표는 김유미, 남병효 동구사회적경제연합회 회장. A person nobody listed (a surname and one or two syllables
     * that Nori reads as a proper noun, right before or after a role) becomes an anchor.
     */
    private Set<String> rolesAndPeople(String norm, StringBuilder text, List<Names.Mention> mentions,
                                       Set<String> roleWords, Map<String, ClaimKind> anchors) {
        Set<String> pairs = new HashSet<>();
        Matcher m = roles.matcher(text);
        List<int[]> spans = new ArrayList<>();
        while (m.find()) {
            roleWords.add(m.group());
            spans.add(new int[] {m.start(), m.end()});
            String role = m.group();
            int wordStart = norm.lastIndexOf(' ', m.start()) + 1;
            holderBefore(norm, wordStart, mentions, anchors).ifPresent(h -> pairs.add(h + "|" + role));
            holderAfter(norm, m.end(), mentions, anchors).ifPresent(h -> pairs.add(h + "|" + role));
        }
        spans.forEach(s -> Cues.blank(text, s[0], s[1]));
        return pairs;
    }

    private Optional<String> holderBefore(String norm, int wordStart, List<Names.Mention> mentions,
                                                   Map<String, ClaimKind> anchors) {
        // the person may be one organisation name away: 남병효 동구사회적경제연합회 회장
        int end = wordStart;
        for (int hop = 0; hop < 2; hop++) {
            int gapEnd = end;
            while (gapEnd > 0 && (norm.charAt(gapEnd - 1) == ' ' || norm.charAt(gapEnd - 1) == '의')) {
                gapEnd--;
            }
            final int at = gapEnd;
            Optional<Names.Mention> mention = mentions.stream().filter(x -> x.end() == at).findFirst();
            if (mention.isPresent() && mention.get().entity().kind() == Names.EntityKind.PERSON) {
                return Optional.of(mention.get().entity().id());
            }
            if (mention.isPresent()) {
                end = mention.get().start();
                continue;
            }
            int start = norm.lastIndexOf(' ', Math.max(0, at - 1)) + 1;
            return unknownPerson(norm.substring(start, at), anchors);
        }
        return Optional.empty();
    }

    private Optional<String> holderAfter(String norm, int roleEnd, List<Names.Mention> mentions,
                                                  Map<String, ClaimKind> anchors) {
        int at = roleEnd;
        while (at < norm.length() && "은는이가 ".indexOf(norm.charAt(at)) >= 0) {
            at++;
        }
        final int from = at;
        Optional<Names.Mention> mention = mentions.stream().filter(x -> x.start() == from).findFirst();
        if (mention.isPresent()) {
            return mention.get().entity().kind() == Names.EntityKind.PERSON
                    ? Optional.of(mention.get().entity().id()) : Optional.empty();
        }
        int end = norm.indexOf(' ', from);
        String word = norm.substring(from, end < 0 ? norm.length() : end).replaceFirst("(입니다|이다|이며|이고|씨|님)[.]?$", "");
        return from == roleEnd ? Optional.empty() : unknownPerson(word, anchors);
    }

    private Optional<String> unknownPerson(String word, Map<String, ClaimKind> anchors) {
        if (!word.matches("\\p{IsHangul}{2,4}") || names.list("surname").stream().noneMatch(word::startsWith)) {
            return Optional.empty();
        }
        Morphemes.Read read = morphemes.read(word);
        if (!read.properNouns().equals(List.of(word))) {
            return Optional.empty();
        }
        anchors.put(word, ClaimKind.PERSON_ROLE);
        return Optional.of(word);
    }
}
