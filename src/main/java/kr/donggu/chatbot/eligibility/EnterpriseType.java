package kr.donggu.chatbot.eligibility;

import kr.donggu.chatbot.knowledge.Texts;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The kinds of organisation the contract knows, with the ways people write them. Constants are matched in order,
 * so 예비사회적기업 and 사회적협동조합 are recognised before the shorter 사회적기업 and 협동조합 inside them.
 */
public enum EnterpriseType {
    PRE_SOCIAL_ENTERPRISE("예비사회적기업", "예비사회적기업|예비사회적|예비사기업|예비사회기업|presocial"),
    SOCIAL_COOPERATIVE("사회적협동조합", "사회적협동조합|사회협동조합|사협|socialcoop"),
    SOCIAL_ENTERPRISE("사회적기업", "사회적기업|인증사회적기업|사회기업|socialenterprise"),
    COOPERATIVE("협동조합", "협동조합|협조합|coop|cooperative"),
    VILLAGE_ENTERPRISE("마을기업", "마을기업|villageenterprise"),
    SELF_SUFFICIENCY_ENTERPRISE("자활기업", "자활기업|자활센터|자활|selfsufficiency"),
    ORDINARY_COMPANY("일반기업", "일반기업|주식회사|\\(주\\)|㈜|유한회사|영리기업|일반회사|개인사업자|중소기업|회사|company"),
    INDIVIDUAL("개인", "개인|주민|저혼자|혼자|individual|resident");

    private final String label;
    private final Pattern spellings;

    EnterpriseType(String label, String spellings) {
        this.label = label;
        this.spellings = Pattern.compile(spellings, Pattern.CASE_INSENSITIVE);
    }

    public String label() {
        return label;
    }

    public boolean isSocialEconomy() {
        return this != ORDINARY_COMPANY && this != INDIVIDUAL;
    }

    /** Exactly one of the contract's labels, as {@code POST /api/eligibility} requires. */
    public static Optional<EnterpriseType> fromLabel(String label) {
        return Arrays.stream(values()).filter(t -> t.label.equals(label)).findFirst();
    }

    /** The kind named anywhere in free text ("저희 사협도…", "협동 조합이에요"), spacing ignored. */
    public static Optional<EnterpriseType> recognise(String text) {
        String compact = Texts.withoutSpaces(text);
        return Arrays.stream(values()).filter(t -> t.spellings.matcher(compact).find()).findFirst();
    }

    public static List<String> labels() {
        return Arrays.stream(values()).map(EnterpriseType::label).toList();
    }
}
