package kr.donggu.chatbot.channels;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.eclipse.jetty.util.InetAddressPattern;

/**
 * Where a request really comes from: the socket's peer, or, when that peer is a trusted proxy, the nearest address
 * in {@code X-Forwarded-For} that is not a trusted proxy itself. Only IP literals are ever parsed (a name would be
 * looked up). A small stand-in for the service-wide client-address resolution ({@code TRUSTED_PROXIES}); swap it for
 * that once it exists.
 */
final class ClientAddress {

    private static final Pattern IPV4 = Pattern.compile("((25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}"
            + "(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)");
    /** Anything with a colon is parsed as IPv6 by the JDK and never looked up. */
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:]*:[0-9A-Fa-f:.]*");

    private final Predicate<InetAddress> trustedProxies;

    ClientAddress(List<String> trustedProxies) {
        this.trustedProxies = patterns(trustedProxies);
    }

    /** @return the client's address, or null when it cannot be told (a malformed forwarded address) */
    InetAddress resolve(String peer, String forwardedFor) {
        InetAddress current = literal(peer);
        if (current == null || forwardedFor == null || !trustedProxies.test(current)) {
            return current;
        }
        String[] hops = forwardedFor.split(",");
        for (int i = hops.length - 1; i >= 0; i--) {
            current = literal(hops[i].strip());
            if (current == null || !trustedProxies.test(current)) {
                return current;
            }
        }
        return current;
    }

    static Predicate<InetAddress> patterns(List<String> addressesOrBlocks) {
        List<InetAddressPattern> list = addressesOrBlocks.stream().map(InetAddressPattern::from).toList();
        return address -> list.stream().anyMatch(p -> p.test(address));
    }

    private static InetAddress literal(String text) {
        String t = text == null ? "" : text.startsWith("[") && text.endsWith("]") ? text.substring(1, text.length() - 1)
                : text;
        if (!IPV4.matcher(t).matches() && !IPV6.matcher(t).matches()) {
            return null;
        }
        try {
            return InetAddress.getByName(t);
        } catch (UnknownHostException e) {
            return null;
        }
    }
}
