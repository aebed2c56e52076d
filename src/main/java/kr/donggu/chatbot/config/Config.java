package kr.donggu.chatbot.config;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
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
        Optional<String> databaseUrl,
        Network network,
        Map<String, String> adminTokens) {

    public static final int DEFAULT_PORT = 7070;
    public static final Duration DEFAULT_LLM_TIMEOUT = Duration.ofMillis(3500);
    public static final int DEFAULT_RETENTION_DAYS = 90;
    public static final int DEFAULT_REVIEW_MAX_AGE_DAYS = 365;

    /** The label {@code ADMIN_TOKEN} goes by in the audit list. */
    public static final String DEFAULT_ADMIN_LABEL = "admin";

    public enum ChatModelKind { EMBEDDED, OPENAI, OLLAMA }

    public Config {
        adminTokens = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(adminTokens));
    }

    /** Without labelled admin tokens: only {@code ADMIN_TOKEN}, if any. */
    public Config(int port, Path knowledgeDir, Path dataDir, ChatModelKind chatModel, Llm llm, Duration llmTimeout,
                  Optional<String> adminToken, Channels channels, int retentionDays, int reviewMaxAgeDays,
                  RateLimit rateLimit, Optional<String> databaseUrl, Network network) {
        this(port, knowledgeDir, dataDir, chatModel, llm, llmTimeout, adminToken, channels, retentionDays,
                reviewMaxAgeDays, rateLimit, databaseUrl, network, Map.of());
    }

    /** Directly reached, with only {@code ADMIN_TOKEN}, if any. */
    public Config(int port, Path knowledgeDir, Path dataDir, ChatModelKind chatModel, Llm llm, Duration llmTimeout,
                  Optional<String> adminToken, Channels channels, int retentionDays, int reviewMaxAgeDays,
                  RateLimit rateLimit, Optional<String> databaseUrl) {
        this(port, knowledgeDir, dataDir, chatModel, llm, llmTimeout, adminToken, channels, retentionDays,
                reviewMaxAgeDays, rateLimit, databaseUrl, Network.DEFAULT, Map.of());
    }

    /** Directly reached, with no proxies in front. */
    public Config(int port, Path knowledgeDir, Path dataDir, ChatModelKind chatModel, Llm llm, Duration llmTimeout,
                  Optional<String> adminToken, Channels channels, int retentionDays, int reviewMaxAgeDays,
                  RateLimit rateLimit, Optional<String> databaseUrl, Map<String, String> adminTokens) {
        this(port, knowledgeDir, dataDir, chatModel, llm, llmTimeout, adminToken, channels, retentionDays,
                reviewMaxAgeDays, rateLimit, databaseUrl, Network.DEFAULT, adminTokens);
    }

    /** Where and how to reach a language model; unused in embedded mode. */
    public record Llm(String openAiBaseUrl, String openAiApiKey, String openAiModel,
                      String ollamaBaseUrl, String ollamaModel) {
        public static Llm none() {
            return new Llm(null, null, null, null, null);
        }
    }

    /**
     * Messenger channels; a channel whose secret is null is off. Kakao posts callbacks only to
     * {@code kakaoCallbackHosts} (origins; a bare host means https) and gives the model {@code kakaoCallbackTimeout};
     * Naver TalkTalk is accepted only from {@code naverTalkAllowedSources} (IP addresses or CIDR blocks); LINE answers
     * in groups only when mentioned or addressed with {@code lineGroupPrefix}; each platform user may send
     * {@code perUserPerMinute} messages a minute.
     */
    public record Channels(String kakaoSecret,
                           String telegramBotToken, String telegramSecretToken, String telegramApiBase,
                           String slackBotToken, String slackSigningSecret, String slackApiBase,
                           String lineChannelSecret, String lineAccessToken, String lineApiBase,
                           List<String> kakaoCallbackHosts, Duration kakaoCallbackTimeout,
                           String naverTalkAuthorization, String naverTalkApiBase, List<String> naverTalkAllowedSources,
                           String lineGroupPrefix, int perUserPerMinute) {
        public static final String DEFAULT_TELEGRAM_API_BASE = "https://api.telegram.org";
        public static final String DEFAULT_SLACK_API_BASE = "https://slack.com/api";
        public static final String DEFAULT_LINE_API_BASE = "https://api.line.me";
        public static final String DEFAULT_NAVERTALK_API_BASE = "https://gw.talk.naver.com";
        /** The host of the one-time callback URLs Kakao's bot engine issues ({@code userRequest.callbackUrl}). */
        public static final List<String> DEFAULT_KAKAO_CALLBACK_HOSTS = List.of("bot-api.kakao.com");
        /** Within Kakao's one-minute callback window, with room to post the answer. */
        public static final Duration DEFAULT_KAKAO_CALLBACK_TIMEOUT = Duration.ofSeconds(45);
        /** Naver's published webhook source ranges (chatbot-api README, 2025-05). */
        public static final List<String> DEFAULT_NAVERTALK_ALLOWED_SOURCES =
                List.of("211.249.40.0/27", "211.249.68.0/27", "220.230.168.0/27");
        public static final int DEFAULT_PER_USER_PER_MINUTE = 20;

        public Channels {
            kakaoCallbackHosts = List.copyOf(kakaoCallbackHosts);
            naverTalkAllowedSources = List.copyOf(naverTalkAllowedSources);
        }

        /** The four original channels; the newer settings take their defaults. */
        public Channels(String kakaoSecret, String telegramBotToken, String telegramSecretToken, String telegramApiBase,
                        String slackBotToken, String slackSigningSecret, String slackApiBase,
                        String lineChannelSecret, String lineAccessToken, String lineApiBase) {
            this(kakaoSecret, telegramBotToken, telegramSecretToken, telegramApiBase, slackBotToken, slackSigningSecret,
                    slackApiBase, lineChannelSecret, lineAccessToken, lineApiBase, DEFAULT_KAKAO_CALLBACK_HOSTS,
                    DEFAULT_KAKAO_CALLBACK_TIMEOUT, null, DEFAULT_NAVERTALK_API_BASE, DEFAULT_NAVERTALK_ALLOWED_SOURCES,
                    null, DEFAULT_PER_USER_PER_MINUTE);
        }

        public static Channels off() {
            return new Channels(null, null, null, DEFAULT_TELEGRAM_API_BASE, null, null, DEFAULT_SLACK_API_BASE,
                    null, null, DEFAULT_LINE_API_BASE);
        }

        public Channels withKakaoCallback(List<String> hosts, Duration timeout) {
            return new Channels(kakaoSecret, telegramBotToken, telegramSecretToken, telegramApiBase, slackBotToken,
                    slackSigningSecret, slackApiBase, lineChannelSecret, lineAccessToken, lineApiBase, hosts, timeout,
                    naverTalkAuthorization, naverTalkApiBase, naverTalkAllowedSources, lineGroupPrefix,
                    perUserPerMinute);
        }

        public Channels withNaverTalk(String authorization, String apiBase, List<String> allowedSources) {
            return new Channels(kakaoSecret, telegramBotToken, telegramSecretToken, telegramApiBase, slackBotToken,
                    slackSigningSecret, slackApiBase, lineChannelSecret, lineAccessToken, lineApiBase,
                    kakaoCallbackHosts, kakaoCallbackTimeout, authorization, apiBase, allowedSources, lineGroupPrefix,
                    perUserPerMinute);
        }

        public Channels withLineGroupPrefix(String prefix) {
            return new Channels(kakaoSecret, telegramBotToken, telegramSecretToken, telegramApiBase, slackBotToken,
                    slackSigningSecret, slackApiBase, lineChannelSecret, lineAccessToken, lineApiBase,
                    kakaoCallbackHosts, kakaoCallbackTimeout, naverTalkAuthorization, naverTalkApiBase,
                    naverTalkAllowedSources, prefix, perUserPerMinute);
        }

        public Channels withPerUserPerMinute(int limit) {
            return new Channels(kakaoSecret, telegramBotToken, telegramSecretToken, telegramApiBase, slackBotToken,
                    slackSigningSecret, slackApiBase, lineChannelSecret, lineAccessToken, lineApiBase,
                    kakaoCallbackHosts, kakaoCallbackTimeout, naverTalkAuthorization, naverTalkApiBase,
                    naverTalkAllowedSources, lineGroupPrefix, limit);
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
                DEFAULT_REVIEW_MAX_AGE_DAYS, RateLimit.DEFAULT, Optional.empty(), Network.DEFAULT, Map.of());
    }

    public static Config fromEnv(Map<String, String> env) {
        EnvReader r = new EnvReader(env);
        ChatModelKind kind = r.choice("CHAT_MODEL", "embedded", ChatModelKind.class);
        Llm llm = new Llm(r.url("OPENAI_BASE_URL", null), r.text("OPENAI_API_KEY", null),
                r.text("OPENAI_MODEL", null), r.url("OLLAMA_BASE_URL", null), r.text("OLLAMA_MODEL", null));
        requireModelSettings(kind, llm);
        r.oneOf("LOG_FORMAT", "text", "json");   // read by logback.xml; checked here so a typo stops the start
        Channels channels = new Channels(r.text("KAKAO_SKILL_SECRET", null),
                r.text("TELEGRAM_BOT_TOKEN", null), r.text("TELEGRAM_SECRET_TOKEN", null),
                r.url("TELEGRAM_API_BASE", Channels.DEFAULT_TELEGRAM_API_BASE),
                r.text("SLACK_BOT_TOKEN", null), r.text("SLACK_SIGNING_SECRET", null),
                r.url("SLACK_API_BASE", Channels.DEFAULT_SLACK_API_BASE),
                r.text("LINE_CHANNEL_SECRET", null), r.text("LINE_CHANNEL_ACCESS_TOKEN", null),
                r.url("LINE_API_BASE", Channels.DEFAULT_LINE_API_BASE),
                ListSettings.origins("KAKAO_CALLBACK_HOSTS", r.text("KAKAO_CALLBACK_HOSTS", null),
                        Channels.DEFAULT_KAKAO_CALLBACK_HOSTS),
                Duration.ofMillis(r.integer("KAKAO_CALLBACK_TIMEOUT_MS",
                        (int) Channels.DEFAULT_KAKAO_CALLBACK_TIMEOUT.toMillis(), 1000, 55_000)),
                r.text("NAVERTALK_AUTHORIZATION", null),
                r.url("NAVERTALK_API_BASE", Channels.DEFAULT_NAVERTALK_API_BASE),
                ListSettings.addresses("NAVERTALK_ALLOWED_SOURCES", r.text("NAVERTALK_ALLOWED_SOURCES", null),
                        Channels.DEFAULT_NAVERTALK_ALLOWED_SOURCES),
                r.text("LINE_GROUP_PREFIX", null),
                r.integer("CHANNEL_RATE_LIMIT_PER_USER", Channels.DEFAULT_PER_USER_PER_MINUTE, 1, 100_000));
        Optional<String> adminToken = Optional.ofNullable(r.text("ADMIN_TOKEN", null));
        Map<String, String> adminTokens = ListSettings.labelledTokens("ADMIN_TOKENS", r.text("ADMIN_TOKENS", null));
        requireDistinctAdminLabels(adminToken, adminTokens);
        return new Config(
                r.integer("PORT", DEFAULT_PORT, 0, 65535),
                r.path("KNOWLEDGE_DIR", "./knowledge"),
                r.path("DATA_DIR", "./data"),
                kind, llm,
                Duration.ofMillis(r.integer("LLM_TIMEOUT_MS", (int) DEFAULT_LLM_TIMEOUT.toMillis(), 100, 120_000)),
                adminToken,
                channels,
                r.integer("RETENTION_DAYS", DEFAULT_RETENTION_DAYS, 1, 36_500),
                r.integer("REVIEW_MAX_AGE_DAYS", DEFAULT_REVIEW_MAX_AGE_DAYS, 1, 36_500),
                new RateLimit(r.integer("RATE_LIMIT_PER_SESSION", RateLimit.DEFAULT.perSessionPerMinute(), 1, 1_000_000),
                        r.integer("RATE_LIMIT_PER_ADDRESS", RateLimit.DEFAULT.perAddressPerMinute(), 1, 10_000_000)),
                Optional.ofNullable(r.databaseUrl("DATABASE_URL")),
                new Network(TrustedProxies.parse(r.text("TRUSTED_PROXIES", null)),
                        Duration.ofMillis(r.integer("REQUEST_IDLE_TIMEOUT_MS",
                                (int) Network.DEFAULT_REQUEST_IDLE_TIMEOUT.toMillis(), 100, 600_000))),
                adminTokens);
    }

    private static void requireDistinctAdminLabels(Optional<String> adminToken, Map<String, String> adminTokens) {
        if (adminToken.isPresent() && (adminTokens.containsKey(DEFAULT_ADMIN_LABEL)
                || adminTokens.containsValue(adminToken.get()))) {
            throw new ConfigException("ADMIN_TOKENS must not reuse ADMIN_TOKEN or its label \"" + DEFAULT_ADMIN_LABEL
                    + "\"");
        }
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
                retentionDays, reviewMaxAgeDays, rateLimit, databaseUrl, network, adminTokens);
    }

    public Config withAdminToken(String token) {
        return new Config(port, knowledgeDir, dataDir, chatModel, llm, llmTimeout, Optional.ofNullable(token),
                channels, retentionDays, reviewMaxAgeDays, rateLimit, databaseUrl, network, adminTokens);
    }

    public Config withModel(ChatModelKind kind, Llm newLlm, Duration timeout) {
        return new Config(port, knowledgeDir, dataDir, kind, newLlm, timeout, adminToken, channels,
                retentionDays, reviewMaxAgeDays, rateLimit, databaseUrl, network, adminTokens);
    }

    public Config withChannels(Channels newChannels) {
        return new Config(port, knowledgeDir, dataDir, chatModel, llm, llmTimeout, adminToken, newChannels,
                retentionDays, reviewMaxAgeDays, rateLimit, databaseUrl, network, adminTokens);
    }

    public Config withRateLimit(RateLimit newLimit) {
        return new Config(port, knowledgeDir, dataDir, chatModel, llm, llmTimeout, adminToken, channels,
                retentionDays, reviewMaxAgeDays, newLimit, databaseUrl, network, adminTokens);
    }

    /** The same service on the shared PostgreSQL store at {@code url} ({@code null}: SQLite in DATA_DIR). */
    public Config withDatabaseUrl(String url) {
        return new Config(port, knowledgeDir, dataDir, chatModel, llm, llmTimeout, adminToken, channels,
                retentionDays, reviewMaxAgeDays, rateLimit, Optional.ofNullable(url), network, adminTokens);
    }

    public Config withNetwork(Network newNetwork) {
        return new Config(port, knowledgeDir, dataDir, chatModel, llm, llmTimeout, adminToken, channels,
                retentionDays, reviewMaxAgeDays, rateLimit, databaseUrl, newNetwork, adminTokens);
    }

    /** The same service with these labelled admin tokens ({@code ADMIN_TOKENS}) beside {@code ADMIN_TOKEN}. */
    public Config withAdminTokens(Map<String, String> tokens) {
        return new Config(port, knowledgeDir, dataDir, chatModel, llm, llmTimeout, adminToken, channels,
                retentionDays, reviewMaxAgeDays, rateLimit, databaseUrl, network, tokens);
    }

    /**
     * Every admin token by the label the audit list shows: {@code ADMIN_TOKEN} as {@value #DEFAULT_ADMIN_LABEL}, then
     * those of {@code ADMIN_TOKENS}. Empty: the admin API and console are off.
     */
    public Map<String, String> adminCredentials() {
        Map<String, String> all = new java.util.LinkedHashMap<>();
        adminToken.ifPresent(t -> all.put(DEFAULT_ADMIN_LABEL, t));
        all.putAll(adminTokens);
        return all;
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

        void oneOf(String name, String... allowed) {
            String v = text(name, allowed[0]);
            if (!java.util.List.of(allowed).contains(v)) {
                throw new ConfigException(name + " must be " + String.join(" or ", allowed) + ", was \"" + v + "\"");
            }
        }

        /** {@code postgresql://…} or {@code jdbc:postgresql:…}; the store parses the rest when it connects. */
        String databaseUrl(String name) {
            String v = text(name, null);
            if (v == null || v.startsWith("postgresql://") || v.startsWith("postgres://")
                    || v.startsWith("jdbc:postgresql:")) {
                return v;
            }
            throw new ConfigException(name + " must be postgresql://user:password@host:5432/database "
                    + "or a jdbc:postgresql: URL");
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
