package kr.donggu.chatbot.channels;

import java.net.URI;
import java.util.List;
import java.util.Locale;

/**
 * Keeps Kakao's {@code userRequest.callbackUrl} from turning the server into a proxy for anyone who can post a skill
 * request: only URLs on an allowed origin (scheme, host and port all equal; a bare host means https on 443) with no
 * user info are called. Redirects are never followed ({@link Outbound}).
 */
final class CallbackGuard {

    private final List<URI> origins;

    CallbackGuard(List<String> allowed) {
        this.origins = allowed.stream().map(a -> URI.create(a.contains("://") ? a : "https://" + a)).toList();
    }

    boolean allows(String url) {
        try {
            URI uri = new URI(url);
            return uri.isAbsolute() && uri.getRawUserInfo() == null && uri.getHost() != null
                    && origins.stream().anyMatch(o -> sameOrigin(o, uri));
        } catch (Exception e) {
            return false;
        }
    }

    private static boolean sameOrigin(URI allowed, URI uri) {
        return allowed.getScheme().equalsIgnoreCase(uri.getScheme())
                && allowed.getHost().toLowerCase(Locale.ROOT).equals(uri.getHost().toLowerCase(Locale.ROOT))
                && port(allowed) == port(uri);
    }

    private static int port(URI uri) {
        if (uri.getPort() != -1) {
            return uri.getPort();
        }
        return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : "http".equalsIgnoreCase(uri.getScheme()) ? 80 : -1;
    }
}
