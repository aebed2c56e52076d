package kr.donggu.chatbot.config;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * {@code TRUSTED_PROXIES}: the addresses and CIDR blocks of our own reverse proxies, whose {@code X-Forwarded-For}
 * is believed. The client is the right-most forwarded address that is not one of them, so a client cannot pick its
 * own address by sending the header itself: only what a trusted proxy appended counts.
 */
public final class TrustedProxies {

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

    private final List<Block> blocks;
    private final List<String> entries;

    private TrustedProxies(List<Block> blocks, List<String> entries) {
        this.blocks = blocks;
        this.entries = entries;
    }

    public static TrustedProxies none() {
        return new TrustedProxies(List.of(), List.of());
    }

    /** @param spec comma-separated addresses or CIDRs, e.g. {@code 10.0.0.0/8, 127.0.0.1, ::1} */
    public static TrustedProxies parse(String spec) {
        List<Block> blocks = new ArrayList<>();
        List<String> entries = new ArrayList<>();
        if (spec != null) {
            for (String part : spec.split(",")) {
                if (!part.isBlank()) {
                    blocks.add(Block.parse(part.strip()));
                    entries.add(part.strip());
                }
            }
        }
        return new TrustedProxies(List.copyOf(blocks), List.copyOf(entries));
    }

    /**
     * @param peer the socket's remote address
     * @param forwardedFor the request's {@code X-Forwarded-For}, or null
     * @return the client's address: {@code peer} unless it is a trusted proxy
     */
    public String client(String peer, String forwardedFor) {
        if (forwardedFor == null || !trusts(peer)) {
            return peer;
        }
        String[] hops = forwardedFor.split(",");
        String client = peer;
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].strip();
            if (literal(hop) == null) {
                return client;   // garbage in the header: stop at the last address we could believe
            }
            client = hop;
            if (!trusts(hop)) {
                return hop;
            }
        }
        return client;
    }

    public boolean trusts(String address) {
        byte[] bytes = literal(address);
        return bytes != null && blocks.stream().anyMatch(b -> b.contains(bytes));
    }

    public boolean isEmpty() {
        return blocks.isEmpty();
    }

    /** The addresses and CIDRs as configured, for parts that match them themselves (Naver's source check). */
    public List<String> entries() {
        return entries;
    }

    /** The address's bytes if it is an IPv4 or IPv6 literal (never a name: no DNS lookup), else null. */
    static byte[] literal(String raw) {
        String text = raw != null && raw.startsWith("[") && raw.endsWith("]") ? raw.substring(1, raw.length() - 1) : raw;
        if (text == null || !(IPV4.matcher(text).matches() || IPV6.matcher(text).matches())) {
            return null;
        }
        try {
            return InetAddress.getByName(text).getAddress();
        } catch (UnknownHostException | SecurityException e) {
            return null;
        }
    }

    private record Block(byte[] network, int prefix) {
        static Block parse(String text) {
            int slash = text.indexOf('/');
            byte[] address = literal(slash < 0 ? text : text.substring(0, slash));
            if (address == null) {
                throw new ConfigException("TRUSTED_PROXIES must list IP addresses or CIDRs, was \"" + text + "\"");
            }
            int prefix = address.length * 8;
            if (slash >= 0) {
                try {
                    prefix = Integer.parseInt(text.substring(slash + 1));
                } catch (NumberFormatException e) {
                    prefix = -1;
                }
                if (prefix < 0 || prefix > address.length * 8) {
                    throw new ConfigException("TRUSTED_PROXIES has a bad prefix length in \"" + text + "\"");
                }
            }
            return new Block(address, prefix);
        }

        boolean contains(byte[] address) {
            if (address.length != network.length) {
                return false;
            }
            for (int bit = 0; bit < prefix; bit++) {
                int mask = 0x80 >> (bit % 8);
                if ((address[bit / 8] & mask) != (network[bit / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }
    }
}
