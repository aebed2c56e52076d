package kr.donggu.chatbot.eligibility;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** The {@code location} entry of the word file: place names joined into one pattern that tolerates spacing. */
final class PlaceWordsFile {

    private static final String NOT_AFTER_HANGUL = "(?<![가-힣])";

    private PlaceWordsFile() {
    }

    static Words.PlaceWords places(WordsFile f) {
        List<String> gwangju = f.words("location.gwangju");
        List<String> districts = new ArrayList<>(f.words("location.donggu"));
        districts.addAll(f.words("location.other_districts"));
        List<String> cities = new ArrayList<>(gwangju);
        cities.addAll(f.words("location.other_cities"));
        List<String> local = f.words("location.donggu_places");
        String city = spaced(cities);
        String district = spaced(districts);
        String place = spaced(local);
        // "광주 밖" before "광주": at one position the first alternative that matches wins
        String mention = "(?<outside>" + spaced(f.words("location.outside")) + ")"
                + "|(?<otherd>" + spaced(f.words("location.other_district_words")) + ")"
                + "|" + NOT_AFTER_HANGUL + "(?:(?<city>" + city + ")\\s?(?<district>" + district + ")?"
                + "|(?<district2>" + district + "))(?:\\s?(?<local>" + place + "))?"
                + "|" + NOT_AFTER_HANGUL + "(?<local2>" + place + ")";
        return new Words.PlaceWords(f.pattern(mention), f.pattern("^" + f.text("location.cue_after")),
                f.pattern("^" + f.text("location.not_after")), f.pattern(f.text("location.address")),
                Set.copyOf(gwangju), Set.copyOf(f.words("location.donggu")));
    }

    /** Each word with optional spaces between its letters: 광주광역시 also matches "광주 광역시". */
    private static String spaced(List<String> words) {
        return WordsFile.alternation(words.stream()
                .map(w -> w.chars().mapToObj(c -> String.valueOf((char) c)).collect(Collectors.joining("\\s?")))
                .toList());
    }
}
