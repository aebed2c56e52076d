package kr.donggu.chatbot.chat;

import java.util.Locale;
import java.util.regex.Pattern;

/** Messages that are not questions about the programs: attempts to steer the bot, greetings and thanks. */
enum Intents {
    INJECTION("ignore(all|the)?(previous|prior|above)|disregard|systemprompt|developermode|jailbreak|"
            + "이전지시|앞의지시|위의지시|지시를무시|지시사항을무시|무시하고|시스템프롬프트|프롬프트를(보여|알려|출력)|"
            + "너의규칙|역할을바꿔|너는이제|관리자모드|개발자모드|youarenow|actas|pretendtobe"),
    GREETING("^(안녕|안녕하세요|안녕하십니까|하이|hi|hello|hey|반가워요|반갑습니다|처음이에요|시작|/start)[!.~?]*$"),
    THANKS("^(고마워|고마워요|고맙습니다|감사|감사해요|감사합니다|thanks|thankyou|땡큐|ㄱㅅ)[!.~?ㅎ]*$"),
    QUESTION("");

    private final Pattern pattern;

    Intents(String regex) {
        this.pattern = Pattern.compile(regex.isEmpty() ? "(?!)" : regex);
    }

    static Intents of(String message) {
        String compact = kr.donggu.chatbot.knowledge.Texts.compact(message).replace("'", "").replace("\"", "");
        for (Intents intent : values()) {
            if (intent.pattern.matcher(compact).find()) {
                return intent;
            }
        }
        return QUESTION;
    }

    static boolean isMostlyEnglish(String message) {
        long latin = message.chars().filter(c -> (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')).count();
        long hangul = message.chars().filter(c -> c >= 0xAC00 && c <= 0xD7A3).count();
        return latin > 3 && latin > hangul * 2;
    }
}
