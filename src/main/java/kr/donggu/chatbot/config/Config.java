package kr.donggu.chatbot.config;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Everything the service reads from its environment, validated once at start.
 * Tests build it with {@link #defaults(Path, Path)} and the {@code with*} copies.
 */
public record Config(
        int port,
        Path knowledgeDir,
        Path dataDir,
        ChatModelKind chatModel,
        Llm llm,
        Duration llmTimeout,
        Optional<String> adminToken,
        Channels channels,
        int retentionDays,
        int reviewMaxAgeDays,
        RateLimit rateLimit,
        Network network) {

    public static final int DEFAULT_PORT = 7070;
    public static final Duration DEFAULT_LLM_TIMEOUT = Duration.ofMillis(3500);
    public static final int DEFAULT_RETENTION_DAYS = 90;
    public static final int DEFAULT_REVIEW_MAX_AGE_DAYS = 365;

    public enum ChatModelKind { EMBEDDED, OPENAI, OLLAMA }

    /** Where and how to reach a language model; unused in embedded mode. */
    public record Llm(String openAiBaseUrl, String openAiApiKey, String openAiModel,
                      String ollamaBaseUrl, String ollamaModel) {
        public static Llm none() {
            return new Llm(null, null, null, null, null);
        }
    }

    /** Messenger channels; a channel whose secret is null is off. */
    public record Channels(String kakaoSecret,
                           String telegramBotToken, String telegramSecretToken, String telegramApiBase,
                           String slackBotToken, String slackSigningSecret, String slackApiBase,
                           String lineChannelSecret, String lineAccessToken, String lineApiBase) {
        public static final String DEFAULT_TELEGRAM_API_BASE = "https://api.telegram.org";
        public static final String DEFAULT_SLACK_API_BASE = "https://slack.com/api";
        public static final String DEFAULT_LINE_API_BASE = "https://api.line.me";

        public static Channels off() {
            return new Channels(null, null, null, DEFAULT_TELEGRAM_API_BASE, null, null, DEFAULT_SLACK_API_BASE,
                    null, null, DEFAULT_LINE_API_BASE);
        }
    }

    /** Chats allowed per minute, per session and per client address. */
    public record RateLimit(int perSessionPerMinute, int perAddressPerMinute) {
        public static final RateLimit DEFAULT = new RateLimit(30, 600);
    }

    /**
     * Who the client is behind our reverse proxies ({@code TRUSTED_PROXIES}), and how long a request may leave its
     * body unsent before it is answered 408 and its worker freed ({@code REQUEST_IDLE_TIMEOUT_MS}).
     */
    public record Network(TrustedProxies trustedProxies, Duration requestIdleTimeout) {
        public static final Duration DEFAULT_REQUEST_IDLE_TIMEOUT = Duration.ofSeconds(10);
        public static final Network DEFAULT = new Network(TrustedProxies.none(), DEFAULT_REQUEST_IDLE_TIMEOUT);
    }

    public static Config defaults(Path knowledgeDir, Path dataDir) {
        return new Config(DEFAULT_PORT, knowledgeDir, dataDir, ChatModelKind.EMBEDDED, Llm.none(),
                DEFAULT_LLM_TIMEOUT, Optional.empty(), Channels.off(), DEFAULT_RETENTION_DAYS,
                DEFAULT_REVIEW_MAX_AGE_DAYS, RateLimit.DEFAULT, Network.DEFAULT);
    }

    public static Config fromEnv(Map<String, String> env) {
        EnvReader r = new EnvReader(env);
        ChatModelKind kind = r.choice("CHAT_MODEL", "embedded", ChatModelKind.class);
        Llm llm = new Llm(r.url("OPENAI_BASE_URL", null), r.text("OPENAI_API_KEY", null),
                r.text("OPENAI_MODEL", null), r.url("OLLAMA_BASE_URL", null), r.text("OLLAMA_MODEL", null));
        requireModelSettings(kind, llm);
        Channels channels = new Channels(r.text("KAKAO_SKILL_SECRET", null),
                r.text("TELEGRAM_BOT_TOKEN", null), r.text("TELEGRAM_SECRET_TOKEN", null),
                r.url("TELEGRAM_API_BASE", Channels.DEFAULT_TELEGRAM_API_BASE),
                r.text("SLACK_BOT_TOKEN", null), r.text("SLACK_SIGNING_SECRET", null),
                r.url("SLACK_API_BASE", Channels.DEFAULT_SLACK_API_BASE),
                r.text("LINE_CHANNEL_SECRET", null), r.text("LINE_CHANNEL_ACCESS_TOKEN", null),
                r.url("LINE_API_BASE", Channels.DEFAULT_LINE_API_BASE));
        return new Config(
                r.integer("PORT", DEFAULT_PORT, 0, 65535),
                r.path("KNOWLEDGE_DIR", "./knowledge"),
                r.path("DATA_DIR", "./data"),
                kind, llm,
                Duration.ofMillis(r.integer("LLM_TIMEOUT_MS", (int) DEFAULT_LLM_TIMEOUT.toMillis(), 100, 120_000)),
                Optional.ofNullable(r.text("ADMIN_TOKEN", null)),
                channels,
                r.integer("RETENTION_DAYS", DEFAULT_RETENTION_DAYS, 1, 36_500),
                r.integer("REVIEW_MAX_AGE_DAYS", DEFAULT_REVIEW_MAX_AGE_DAYS, 1, 36_500),
                new RateLimit(r.integer("RATE_LIMIT_PER_SESSION", RateLimit.DEFAULT.perSessionPerMinute(), 1, 1_000_000),
                        r.integer("RATE_LIMIT_PER_ADDRESS", RateLimit.DEFAULT.perAddressPerMinute(), 1, 10_000_000)),
                new Network(TrustedProxies.parse(r.text("TRUSTED_PROXIES", null)),
                        Duration.ofMillis(r.integer("REQUEST_IDLE_TIMEOUT_MS",
                                (int) Network.DEFAULT_REQUEST_IDLE_TIMEOUT.toMillis(), 100, 600_000))));
    }

    private static void requireModelSettings(ChatModelKind kind, Llm llm) {
        if (kind == ChatModelKind.OPENAI && (llm.openAiBaseUrl() == null || llm.openAiModel() == null)) {
            throw new ConfigException("CHAT_MODEL=openai needs OPENAI_BASE_URL and OPENAI_MODEL");
        }
        if (kind == ChatModelKind.OLLAMA && (llm.ollamaBaseUrl() == null || llm.ollamaModel() == null)) {
            throw new ConfigException("CHAT_MODEL=ollama needs OLLAMA_BASE_URL and OLLAMA_MODEL");
        }
    }

    public Config withPort(int newPort) {
        return new Config(newPort, knowledgeDir, dataDir, chatModel, llm, llmTimeout, adminToken, channels,
                retentionDays, reviewMaxAgeDays, rateLimit, network);
    }

    public Config withAdminToken(String token) {
        return new Config(port, knowledgeDir, dataDir, chatModel, llm, llmTimeout, Optional.ofNullable(token),
                channels, retentionDays, reviewMaxAgeDays, rateLimit, network);
    }

    public Config withModel(ChatModelKind kind, Llm newLlm, Duration timeout) {
        return new Config(port, knowledgeDir, dataDir, kind, newLlm, timeout, adminToken, channels,
                retentionDays, reviewMaxAgeDays, rateLimit, network);
    }

    public Config withChannels(Channels newChannels) {
        return new Config(port, knowledgeDir, dataDir, chatModel, llm, llmTimeout, adminToken, newChannels,
                retentionDays, reviewMaxAgeDays, rateLimit, network);
    }

    public Config withRateLimit(RateLimit newLimit) {
        return new Config(port, knowledgeDir, dataDir, chatModel, llm, llmTimeout, adminToken, channels,
                retentionDays, reviewMaxAgeDays, newLimit, network);
    }

    public Config withNetwork(Network newNetwork) {
        return new Config(port, knowledgeDir, dataDir, chatModel, llm, llmTimeout, adminToken, channels,
                retentionDays, reviewMaxAgeDays, rateLimit, newNetwork);
    }

    public String modeName() {
        return chatModel.name().toLowerCase(Locale.ROOT);
    }

    /** Reads and checks single variables; each failure names the variable. */
    private record EnvReader(Map<String, String> env) {
        String text(String name, String fallback) {
            String v = env.get(name);
            return v == null || v.isBlank() ? fallback : v.trim();
        }

        int integer(String name, int fallback, int min, int max) {
            String v = text(name, null);
            if (v == null) {
                return fallback;
            }
            try {
                int n = Integer.parseInt(v);
                if (n >= min && n <= max) {
                    return n;
                }
            } catch (NumberFormatException ignored) {
                // reported below
            }
            throw new ConfigException(name + " must be a whole number from " + min + " to " + max + ", was \"" + v + "\"");
        }

        Path path(String name, String fallback) {
            String v = text(name, fallback);
            try {
                return Path.of(v).toAbsolutePath().normalize();
            } catch (RuntimeException e) {
                throw new ConfigException(name + " is not a usable path: \"" + v + "\"");
            }
        }

        String url(String name, String fallback) {
            String v = text(name, fallback);
            if (v == null) {
                return null;
            }
            try {
                URI uri = URI.create(v);
                if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null) {
                    return v.endsWith("/") ? v.substring(0, v.length() - 1) : v;
                }
            } catch (IllegalArgumentException ignored) {
                // reported below
            }
            throw new ConfigException(name + " must be an http(s) URL, was \"" + v + "\"");
        }

        <E extends Enum<E>> E choice(String name, String fallback, Class<E> type) {
            String v = text(name, fallback);
            try {
                return Enum.valueOf(type, v.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new ConfigException(name + " must be one of embedded, openai, ollama, was \"" + v + "\"");
            }
        }
    }
}
