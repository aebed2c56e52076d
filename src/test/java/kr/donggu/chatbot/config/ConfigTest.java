package kr.donggu.chatbot.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConfigTest {

    @Test
    void defaults_need_no_configuration() {
        Config c = Config.fromEnv(Map.of());

        assertThat(c.port()).isEqualTo(7070);
        assertThat(c.chatModel()).isEqualTo(Config.ChatModelKind.EMBEDDED);
        assertThat(c.adminToken()).isEmpty();
        assertThat(c.retentionDays()).isEqualTo(90);
        assertThat(c.llmTimeout().toMillis()).isEqualTo(3500);
        assertThat(c.channels().telegramSecretToken()).isNull();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "PORT | abc | PORT must be a whole number from 0 to 65535, was \"abc\"",
            "PORT | 70000 | PORT must be a whole number",
            "CHAT_MODEL | gpt | CHAT_MODEL must be one of embedded, openai, ollama",
            "LLM_TIMEOUT_MS | -1 | LLM_TIMEOUT_MS must be a whole number",
            "RETENTION_DAYS | 0 | RETENTION_DAYS must be a whole number",
            "TELEGRAM_API_BASE | ftp://x | TELEGRAM_API_BASE must be an http(s) URL",
            "KAKAO_CALLBACK_HOSTS | https://bot-api.kakao.com/v1 | KAKAO_CALLBACK_HOSTS must list hosts or https origins",
            "KAKAO_CALLBACK_HOSTS | ftp://bot-api.kakao.com | KAKAO_CALLBACK_HOSTS must list hosts or https origins",
            "KAKAO_CALLBACK_TIMEOUT_MS | 70000 | KAKAO_CALLBACK_TIMEOUT_MS must be a whole number from 1000 to 55000",
            "NAVERTALK_ALLOWED_SOURCES | talk.naver.com | NAVERTALK_ALLOWED_SOURCES must list IP addresses or CIDR blocks",
            "NAVERTALK_ALLOWED_SOURCES | 211.249.40.0/33 | NAVERTALK_ALLOWED_SOURCES must list IP addresses or CIDR",
            "NAVERTALK_ALLOWED_SOURCES | 300.1.1.1 | NAVERTALK_ALLOWED_SOURCES must list IP addresses or CIDR",
            "CHANNEL_RATE_LIMIT_PER_USER | 0 | CHANNEL_RATE_LIMIT_PER_USER must be a whole number",
            "DATABASE_URL | mysql://u:secret@h/db | DATABASE_URL must be postgresql://",
            "LOG_FORMAT | xml | LOG_FORMAT must be text or json, was \"xml\"",
            "ADMIN_TOKENS | kim | ADMIN_TOKENS must be label:token pairs",
            "ADMIN_TOKENS | kim:short | ADMIN_TOKENS must be label:token pairs",
            "ADMIN_TOKENS | 'kim lee:0123456789abcdef' | ADMIN_TOKENS must be label:token pairs",
            "ADMIN_TOKENS | 'kim:0123456789abcdef,kim:fedcba9876543210' | ADMIN_TOKENS names the label or the token",
            "ADMIN_TOKENS | 'kim:0123456789abcdef,lee:0123456789abcdef' | ADMIN_TOKENS names the label or the token",
    })
    void a_wrong_value_names_the_variable(String name, String value, String message) {
        assertThatThrownBy(() -> Config.fromEnv(Map.of(name, value)))
                .isInstanceOf(ConfigException.class).hasMessageContaining(message);
    }

    @Test
    void labelled_admin_tokens_sit_beside_the_single_one_and_a_bad_one_is_not_echoed() {
        Config c = Config.fromEnv(Map.of("ADMIN_TOKEN", "single-token", "ADMIN_TOKENS",
                "kim:kim-0123456789abcdef, 이영희:lee-0123456789abcdef"));

        assertThat(c.adminCredentials()).containsExactly(Map.entry("admin", "single-token"),
                Map.entry("kim", "kim-0123456789abcdef"), Map.entry("이영희", "lee-0123456789abcdef"));
        assertThatThrownBy(() -> Config.fromEnv(Map.of("ADMIN_TOKENS", "kim:secret")))
                .hasMessageNotContaining("secret");
        assertThatThrownBy(() -> Config.fromEnv(Map.of("ADMIN_TOKEN", "0123456789abcdef", "ADMIN_TOKENS",
                "kim:0123456789abcdef"))).hasMessageContaining("must not reuse ADMIN_TOKEN");
        assertThat(Config.fromEnv(Map.of()).adminCredentials()).isEmpty();
    }

    @Test
    void channel_settings_default_to_the_platforms_documented_values_and_read_lists() {
        Config.Channels defaults = Config.fromEnv(Map.of()).channels();
        Config.Channels set = Config.fromEnv(Map.of("KAKAO_CALLBACK_HOSTS", "bot-api.kakao.com, http://127.0.0.1:9000",
                "NAVERTALK_ALLOWED_SOURCES", "10.0.0.0/8,2001:db8::/32, 127.0.0.1", "NAVERTALK_AUTHORIZATION", "ct_x",
                "LINE_GROUP_PREFIX", "!동구")).channels();

        assertThat(defaults.kakaoCallbackHosts()).containsExactly("bot-api.kakao.com");
        assertThat(defaults.naverTalkAllowedSources()).containsExactly("211.249.40.0/27", "211.249.68.0/27",
                "220.230.168.0/27");
        assertThat(defaults.naverTalkAuthorization()).isNull();
        assertThat(defaults.kakaoCallbackTimeout().toSeconds()).isEqualTo(45);
        assertThat(set.kakaoCallbackHosts()).containsExactly("bot-api.kakao.com", "http://127.0.0.1:9000");
        assertThat(set.naverTalkAllowedSources()).containsExactly("10.0.0.0/8", "2001:db8::/32", "127.0.0.1");
        assertThat(set.lineGroupPrefix()).isEqualTo("!동구");
    }

    @Test
    void a_database_url_selects_postgresql_and_is_never_echoed_in_an_error() {
        assertThat(Config.fromEnv(Map.of("DATABASE_URL", "postgresql://app:pw@db:5432/chatbot")).databaseUrl())
                .contains("postgresql://app:pw@db:5432/chatbot");
        assertThat(Config.fromEnv(Map.of()).databaseUrl()).isEmpty();
        assertThatThrownBy(() -> Config.fromEnv(Map.of("DATABASE_URL", "mysql://u:secret@h/db")))
                .hasMessageNotContaining("secret");
    }

    @Test
    void a_model_mode_needs_its_server() {
        assertThatThrownBy(() -> Config.fromEnv(Map.of("CHAT_MODEL", "openai")))
                .hasMessageContaining("OPENAI_BASE_URL");
        assertThat(Config.fromEnv(Map.of("CHAT_MODEL", "ollama", "OLLAMA_BASE_URL", "http://127.0.0.1:11434",
                "OLLAMA_MODEL", "qwen2.5:7b")).chatModel()).isEqualTo(Config.ChatModelKind.OLLAMA);
    }
}
