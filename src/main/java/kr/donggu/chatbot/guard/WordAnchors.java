package kr.donggu.chatbot.guard;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names nobody listed, recognised by their shape in one word: a word ending in an organisation suffix
 * (광주사회혁신재단, 일자리경제과) is an organisation; a word ending in a place suffix (푸른마을공원), or any word
 * before 에서 that is not a venue-like common word (자료에서, 현장에서), is a place. Each must then appear in the
 * evidence sentence.
 */
final class WordAnchors {

    private final List<String> particles;
    private final List<String> organisationSuffixes;
    private final List<String> placeSuffixes;
    private final Set<String> notNames;
    private final Set<String> venues;
    private final Set<String> generic;
    private final Set<String> placeParticles;
    private final Pattern position;

    WordAnchors(Names names, Words words) {
        this.particles = words.list("particle").stream().sorted(Comparator.comparingInt(String::length).reversed())
                .toList();
        this.organisationSuffixes = names.list("organisation-suffix");
        this.placeSuffixes = names.list("place-suffix");
        this.notNames = Set.copyOf(names.list("not-a-name"));
        this.venues = words.list("venue");
        this.generic = words.list("generic");
        this.placeParticles = words.list("place-particle");
        this.position = Pattern.compile("([^\\s,.]+)\\s*(" + alternatives(words.list("position")) + ")\\s*(?:"
                + alternatives(placeParticles) + ")(?![가-힣])");
    }

    void find(CharSequence text, Map<String, ClaimKind> anchors) {
        for (String word : text.toString().split("[\\s,.!?·()\"']+")) {
            String stem = stem(word);
            boolean placeParticle = placeParticles.contains(word.substring(stem.length()));
            if (stem.length() < 2 || notNames.contains(stem) || !stem.matches(".*\\p{IsHangul}.*")) {
                continue;
            }
            if (endsWithSuffix(stem, organisationSuffixes, 2)) {
                anchors.putIfAbsent(stem, ClaimKind.ORGANISATION);
            } else if (endsWithSuffix(stem, placeSuffixes, 2)
                    || (placeParticle && !venues.contains(stem) && !generic.contains(stem))) {
                anchors.putIfAbsent(stem, ClaimKind.PLACE);
            }
        }
    }

    /** "동구청 앞에서": the name with its position is the place, and the evidence must say so (동명목재문화센터 안). */
    void positions(String norm, Map<String, ClaimKind> anchors) {
        Matcher m = position.matcher(norm);
        while (m.find()) {
            anchors.putIfAbsent(stem(m.group(1)) + m.group(2), ClaimKind.PLACE);
        }
    }

    /**
     * "동구청에서 열렸습니다": a district's building named as a venue is a place claim, though the district itself is
     * in every document; "동구에서 추진했습니다" is not (the name does not end like an institution).
     */
    void buildingsAsVenues(String norm, List<Names.Mention> mentions, Map<String, ClaimKind> anchors) {
        for (Names.Mention m : mentions) {
            String surface = norm.substring(m.start(), m.end()).replaceAll("\\s+", "");
            String after = norm.substring(m.end()).stripLeading();
            if (m.entity().kind() == Names.EntityKind.DISTRICT && endsWithSuffix(surface, organisationSuffixes, 1)
                    && placeParticles.stream().anyMatch(p -> after.startsWith(p))) {
                anchors.putIfAbsent(surface, ClaimKind.PLACE);
            }
        }
    }

    private static String alternatives(Set<String> words) {
        return words.stream().sorted(Comparator.comparingInt(String::length).reversed()).map(Pattern::quote)
                .collect(java.util.stream.Collectors.joining("|"));
    }

    private String stem(String word) {
        for (String p : particles) {
            if (word.endsWith(p) && word.length() > p.length()) {
                return word.substring(0, word.length() - p.length());
            }
        }
        return word;
    }

    /** Ends with a suffix after at least {@code minBefore} syllables: 재단 alone is no name, 광주문화재단 is. */
    private static boolean endsWithSuffix(String stem, List<String> suffixes, int minBefore) {
        return suffixes.stream().anyMatch(s -> stem.endsWith(s) && stem.length() - s.length() >= minBefore);
    }
}
