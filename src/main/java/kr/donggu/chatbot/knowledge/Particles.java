package kr.donggu.chatbot.knowledge;

/**
 * Korean particles chosen by how the preceding word ends, as a person would write them: 협동조합은, DAY는,
 * 4개소를, 동구로, 서울로. Never both forms in brackets after the word, which reads as a form letter. Digits are read as Sino-Korean
 * numbers (1 일, 3 삼 …), Latin letters without a vowel as letter names (ESG 이에스지), other Latin words the way
 * they are written in Hangul (DAY 데이, LINE 라인); closing quotes and brackets are looked through.
 */
public final class Particles {

    /** 은/는: the topic. */
    public static final Pair TOPIC = new Pair("은", "는");
    /** 이/가: the subject. */
    public static final Pair SUBJECT = new Pair("이", "가");
    /** 을/를: the object. */
    public static final Pair OBJECT = new Pair("을", "를");
    /** 과/와: "and", "with". */
    public static final Pair AND = new Pair("과", "와");
    /** 으로/로: direction, means; 로 also after ㄹ. */
    public static final Pair TOWARD = new Pair("으로", "로");
    /** 이에요/예요: the polite copula. */
    public static final Pair IS = new Pair("이에요", "예요");
    /** 이나/나: "or". */
    public static final Pair OR = new Pair("이나", "나");

    /** A particle's two forms: after a final consonant, after a vowel. */
    public record Pair(String afterConsonant, String afterVowel) {
    }

    private enum Ending { VOWEL, RIEUL, OTHER_CONSONANT }

    private Particles() {
    }

    /** The word followed by the right form of the particle: {@code attach("협동조합", TOPIC)} is 협동조합은. */
    public static String attach(String word, Pair particle) {
        return word + form(word, particle);
    }

    /** Only the right form of the particle for what precedes it. */
    public static String form(String word, Pair particle) {
        Ending ending = ending(word);
        if (particle == TOWARD) {
            return ending == Ending.OTHER_CONSONANT ? particle.afterConsonant() : particle.afterVowel();
        }
        return ending == Ending.VOWEL ? particle.afterVowel() : particle.afterConsonant();
    }

    private static Ending ending(String word) {
        int i = word.length() - 1;
        while (i >= 0 && isTransparent(word.charAt(i))) {
            i--;
        }
        if (i < 0) {
            return Ending.VOWEL;
        }
        char c = word.charAt(i);
        if (c >= 0xAC00 && c <= 0xD7A3) {
            int batchim = (c - 0xAC00) % 28;
            return batchim == 0 ? Ending.VOWEL : batchim == 8 ? Ending.RIEUL : Ending.OTHER_CONSONANT;
        }
        if (c >= '0' && c <= '9') {
            return digit(c);
        }
        if (isLatin(c)) {
            return latin(word, i);
        }
        return Ending.VOWEL;
    }

    /** 영 일 이 삼 사 오 육 칠 팔 구; a trailing 0 is read 십, 백, 천 or 만, all ending in a consonant. */
    private static Ending digit(char c) {
        return switch (c) {
            case '1', '7', '8' -> Ending.RIEUL;
            case '0', '3', '6' -> Ending.OTHER_CONSONANT;
            default -> Ending.VOWEL;
        };
    }

    private static Ending latin(String word, int last) {
        int start = last;
        while (start > 0 && isLatin(word.charAt(start - 1))) {
            start--;
        }
        String token = word.substring(start, last + 1).toLowerCase(java.util.Locale.ROOT);
        char c = token.charAt(token.length() - 1);
        boolean allCaps = word.substring(start, last + 1).equals(token.toUpperCase(java.util.Locale.ROOT));
        if (token.length() < 3 || allCaps && !hasVowelAfterFirst(token)) {
            // read letter by letter (ESG 이에스지, URL 유알엘): L 엘 and R 알 end in ㄹ, M 엠 and N 엔 in another consonant
            return switch (c) {
                case 'l', 'r' -> Ending.RIEUL;
                case 'm', 'n' -> Ending.OTHER_CONSONANT;
                default -> Ending.VOWEL;
            };
        }
        // read as a word, the way it is written in Hangul: line 라인, style 스타일, code 코드, day 데이, market 마켓
        if (token.endsWith("le")) {
            return Ending.RIEUL;
        }
        if (token.endsWith("ne") || token.endsWith("me")) {
            return Ending.OTHER_CONSONANT;
        }
        return switch (c) {
            case 'l' -> Ending.RIEUL;
            case 'b', 'c', 'k', 'm', 'n', 'p', 't' -> Ending.OTHER_CONSONANT;
            default -> Ending.VOWEL;
        };
    }

    private static boolean hasVowelAfterFirst(String token) {
        for (int i = 1; i < token.length(); i++) {
            if ("aeiouy".indexOf(token.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean isLatin(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    /** Quotes, brackets and spaces after a word do not change how it is read. */
    private static boolean isTransparent(char c) {
        return Character.isWhitespace(c) || "'\"’”」』》〉)]}".indexOf(c) >= 0;
    }
}
