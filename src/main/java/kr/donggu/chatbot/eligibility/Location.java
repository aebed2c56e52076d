package kr.donggu.chatbot.eligibility;

import kr.donggu.chatbot.knowledge.Texts;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where an organisation is, as far as the criteria care: in Gwangju's Dong-gu or not. Recognises 동구, 광주 동구,
 * the district's dong and road names, the other Gwangju districts and other cities (부산 동구 is not ours).
 */
public record Location(boolean inDonggu, String label) {

    private static final Pattern OTHER_CITY = Pattern.compile(
            "서울|부산|대구|인천|대전|울산|세종|경기|강원|충북|충남|충청|전북|전남|전라|경북|경남|경상|제주|나주|목포|순천|여수|담양|화순");
    private static final Pattern OTHER_GWANGJU = Pattern.compile("서구|남구|북구|광산구|광주다른구|다른구|동구밖|동구아님|광주밖");
    private static final Pattern DONGGU = Pattern.compile("동구|충장로|금남로|대인동|동명동|산수동|지산동|학동|계림동|서남동|소태동"
            + "|용산동|지원동|학운동|충장동|서석동|불로동|수기동|대의동|광산동|황금동|운림동|월남동|선교동|내남동|동구청");

    /** Null-safe; empty when the text names no place the recogniser knows. */
    public static Optional<Location> recognise(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String compact = Texts.withoutSpaces(text);
        if (OTHER_CITY.matcher(compact).find() || compact.contains("밖")) {
            return Optional.of(new Location(false, text.strip()));
        }
        if (OTHER_GWANGJU.matcher(compact).find()) {
            return Optional.of(new Location(false, text.strip()));
        }
        if (DONGGU.matcher(compact).find()) {
            return Optional.of(new Location(true, "광주광역시 동구"));
        }
        return Optional.empty();
    }
}
