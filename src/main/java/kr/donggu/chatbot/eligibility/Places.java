package kr.donggu.chatbot.eligibility;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import kr.donggu.chatbot.knowledge.Texts;

/**
 * Where the asker's organisation is. Asked for, any place counts ("서구요"); said in passing, only a place followed
 * by a word that makes it theirs ("동구에 있는", "서구 소재", "동구 협동조합") or written as an address, so that
 * "동구 사회혁신 협력 프로젝트" is the program's place, not theirs. Only the district is kept, never the address.
 */
final class Places {

    static final String DONGGU = "동구";
    static final String OUTSIDE = "광주 밖";
    static final String OTHER_DISTRICT = "광주 다른 구";

    private final Words.PlaceWords words;
    private final Predicate<String> startsWithKind;

    Places(Words.PlaceWords words, Predicate<String> startsWithKind) {
        this.words = words;
        this.startsWithKind = startsWithKind;
    }

    Optional<Location> find(String text, boolean asked) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String t = Texts.withoutPlaceholders(text).toLowerCase(Locale.ROOT);
        boolean address = words.address().matcher(t).find();
        Matcher m = words.mention().matcher(t);
        while (m.find()) {
            String rest = Texts.compact(t.substring(m.end()));
            boolean theirs = asked || address || words.cueAfter().matcher(rest).lookingAt()
                    || startsWithKind.test(rest);
            Location place = classify(m);
            if (place != null && theirs && !words.notAfter().matcher(rest).lookingAt()) {
                return Optional.of(place);
            }
        }
        return Optional.empty();
    }

    private Location classify(Matcher m) {
        if (m.group("outside") != null) {
            return new Location(false, OUTSIDE);
        }
        if (m.group("otherd") != null) {
            return new Location(false, OTHER_DISTRICT);
        }
        if (m.group("local2") != null) {
            return new Location(true, DONGGU);
        }
        String city = compact(m.group("city"));
        String district = compact(m.group("district") != null ? m.group("district") : m.group("district2"));
        if (city != null && !words.gwangju().contains(city)) {
            return new Location(false, district == null ? city : city + " " + district);
        }
        if (district != null) {
            return words.donggu().contains(district)
                    ? new Location(true, DONGGU) : new Location(false, "광주 " + district);
        }
        return m.group("local") != null ? new Location(true, DONGGU) : null;   // "광주" alone: which district?
    }

    private static String compact(String s) {
        return s == null ? null : Texts.compact(s);
    }
}
