package kr.donggu.chatbot.config;

import java.net.URI;
import java.util.Arrays;
import java.util.List;

/** Comma-separated settings: allowed callback origins and allowed source addresses, each checked at start. */
final class ListSettings {

    private ListSettings() {
    }

    /** Hosts or origins ({@code scheme://host[:port]}); a bare host means https on its default port. */
    static List<String> origins(String name, String raw, List<String> fallback) {
        List<String> values = split(raw, fallback);
        for (String v : values) {
            if (!isOrigin(v.contains("://") ? v : "https://" + v)) {
                throw new ConfigException(name + " must list hosts or https origins, was \"" + v + "\"");
            }
        }
        return values;
    }

    /** IP addresses or CIDR blocks, literals only: a name here would be looked up on every request. */
    static List<String> addresses(String name, String raw, List<String> fallback) {
        List<String> values = split(raw, fallback);
        for (String v : values) {
            if (!isAddressOrBlock(v)) {
                throw new ConfigException(name + " must list IP addresses or CIDR blocks, was \"" + v + "\"");
            }
        }
        return values;
    }

    /**
     * {@code label:token,label:token}: each label names who did what in the audit list. Labels are letters, digits,
     * Hangul, '.', '_' or '-' (at most 32); tokens at least 16 characters; neither may repeat.
     */
    static java.util.Map<String, String> labelledTokens(String name, String raw) {
        java.util.Map<String, String> tokens = new java.util.LinkedHashMap<>();
        for (String item : split(raw, List.of())) {
            int colon = item.indexOf(':');
            String label = colon < 0 ? "" : item.substring(0, colon).strip();
            String token = colon < 0 ? "" : item.substring(colon + 1).strip();
            if (!label.matches("[\\p{L}\\p{N}._-]{1,32}") || token.length() < 16 || token.contains(" ")) {
                throw new ConfigException(name + " must be label:token pairs separated by commas (labels up to 32 "
                        + "letters or digits, tokens of 16 or more characters), was \"" + masked(item) + "\"");
            }
            if (tokens.containsKey(label) || tokens.containsValue(token)) {
                throw new ConfigException(name + " names the label or the token \"" + label + "\" twice");
            }
            tokens.put(label, token);
        }
        return tokens;
    }

    /** A setting that holds a secret is echoed with the secret hidden. */
    private static String masked(String item) {
        int colon = item.indexOf(':');
        return colon < 0 ? "…" : item.substring(0, colon) + ":…";
    }

    private static List<String> split(String raw, List<String> fallback) {
        return raw == null ? fallback
                : Arrays.stream(raw.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static boolean isOrigin(String origin) {
        try {
            URI uri = URI.create(origin);
            return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null
                    && (uri.getRawPath() == null || uri.getRawPath().isEmpty()) && uri.getRawUserInfo() == null
                    && uri.getRawQuery() == null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static boolean isAddressOrBlock(String v) {
        String[] parts = v.split("/", -1);
        boolean v4 = parts[0].matches("(\\d{1,3}\\.){3}\\d{1,3}");
        boolean v6 = !v4 && parts[0].contains(":") && parts[0].matches("[0-9A-Fa-f:]+");
        if (parts.length > 2 || (!v4 && !v6)
                || (v4 && Arrays.stream(parts[0].split("\\.")).anyMatch(octet -> Integer.parseInt(octet) > 255))) {
            return false;
        }
        return parts.length == 1 || (parts[1].matches("\\d{1,3}") && Integer.parseInt(parts[1]) <= (v4 ? 32 : 128));
    }
}
