package kr.donggu.chatbot.privacy;

/**
 * Folds look-alike characters to ASCII one UTF-16 unit for one, so patterns see {@code 010-1234-5678} whether it was
 * typed with full-width digits, an en-dash, U+2010, a minus sign or a no-break space, and a match's offsets are the
 * same in the original text.
 */
final class TextFold {

    private TextFold() {
    }

    static String fold(String text) {
        char[] out = text.toCharArray();
        for (int i = 0; i < out.length; i++) {
            out[i] = fold(out[i]);
        }
        return new String(out);
    }

    static char fold(char c) {
        if (c >= '\uFF01' && c <= '\uFF5E') {            // full-width ASCII: ０-９, Ａ-Ｚ, ＠, （ ）, －, ．
            return fold((char) (c - 0xFEE0));
        }
        return switch (c) {
            case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212', '\uFE58', '\uFE63', '\u30FC',
                 '\u2E3A' -> '-';
            case '\u00B7', '\u2027', '\u2219', '\u30FB', '\uFF65', '\u3002' -> '.';
            case '\u00A0', '\u2007', '\u202F', '\u3000', '\t' -> ' ';
            default -> c >= '\u2000' && c <= '\u200A' ? ' ' : c;
        };
    }
}
