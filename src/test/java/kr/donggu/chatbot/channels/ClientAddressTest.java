package kr.donggu.chatbot.channels;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.util.List;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ClientAddressTest {

    private final ClientAddress addresses = new ClientAddress(List.of("10.0.0.0/8", "192.168.1.10"));

    @ParameterizedTest(name = "peer {0}, X-Forwarded-For ''{1}'' → {2}")
    @CsvSource(delimiter = '|', nullValues = "null", value = {
            // no proxy: the peer, whatever the header claims
            "211.249.40.5 | null | 211.249.40.5",
            "203.0.113.9 | 211.249.40.5 | 203.0.113.9",
            // through trusted proxies: the nearest address that is not one
            "10.1.2.3 | 211.249.40.5 | 211.249.40.5",
            "10.1.2.3 | 198.51.100.7, 211.249.40.5, 192.168.1.10 | 211.249.40.5",
            "192.168.1.10 | 211.249.40.5 | 211.249.40.5",
            // a trusted proxy with no header is the client itself
            "10.1.2.3 | null | 10.1.2.3",
            // names and garbage are never looked up
            "10.1.2.3 | talk.naver.com | null",
            "10.1.2.3 | 999.1.1.1 | null",
            "10.1.2.3 | [2001:db8::1] | 2001:db8::1",
            "not-an-address | 211.249.40.5 | null",
    })
    void finds_the_client_behind_trusted_proxies_only(String peer, String forwardedFor, String expected)
            throws Exception {
        InetAddress resolved = addresses.resolve(peer, forwardedFor);

        assertThat(resolved).isEqualTo(expected == null ? null : InetAddress.getByName(expected));
    }

    @ParameterizedTest(name = "{0} in Naver''s ranges: {1}")
    @CsvSource({
            "211.249.40.0, true", "211.249.40.31, true", "211.249.40.32, false",
            "211.249.68.17, true", "220.230.168.30, true", "117.52.141.200, false", "127.0.0.1, false",
    })
    void naver_sources_are_matched_by_cidr(String address, boolean allowed) throws Exception {
        var naver = ClientAddress.patterns(kr.donggu.chatbot.config.Config.Channels.DEFAULT_NAVERTALK_ALLOWED_SOURCES);

        assertThat(naver.test(InetAddress.getByName(address))).isEqualTo(allowed);
    }
}
