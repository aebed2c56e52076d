package kr.donggu.chatbot.channels;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class CallbackGuardTest {

    private final CallbackGuard guard = new CallbackGuard(List.of("bot-api.kakao.com", "http://127.0.0.1:18080"));

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            // Kakao's own callback URLs
            "https://bot-api.kakao.com/v1/bots/5ae9b76d7409b11ec845b746!/callback/-damddEwVMRH, true",
            "https://BOT-API.KAKAO.COM/v1/bots/b/callback/t, true",
            "https://bot-api.kakao.com:443/v1/bots/b/callback/t, true",
            // an explicitly listed origin (a local stand-in)
            "http://127.0.0.1:18080/callback/t, true",
            // plain http, other ports, other hosts
            "http://bot-api.kakao.com/v1/bots/b/callback/t, false",
            "https://bot-api.kakao.com:8443/v1/bots/b/callback/t, false",
            "http://127.0.0.1:18081/callback/t, false",
            "http://127.0.0.1/admin, false",
            "http://169.254.169.254/latest/meta-data/, false",
            "https://kakao.com/cb, false",
            // look-alikes
            "https://bot-api.kakao.com.evil.example/cb, false",
            "https://evil.example/bot-api.kakao.com, false",
            "https://bot-api.kakao.com@127.0.0.1/cb, false",
            "https://user:pw@bot-api.kakao.com/cb, false",
            // not URLs at all
            "file:///etc/passwd, false",
            "gopher://bot-api.kakao.com/x, false",
            "/v1/bots/b/callback/t, false",
            "'https://bot-api.kakao.com/a b', false",
    })
    void only_urls_on_an_allowed_origin_may_be_called(String url, boolean allowed) {
        assertThat(guard.allows(url)).isEqualTo(allowed);
    }
}
