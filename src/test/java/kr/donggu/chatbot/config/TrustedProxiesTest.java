package kr.donggu.chatbot.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TrustedProxiesTest {

    private final TrustedProxies proxies = TrustedProxies.parse("10.0.0.0/8, 127.0.0.1, fd00::/8");

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "null", value = {
            // a trusted proxy's header is believed: the right-most address it did not add itself
            "127.0.0.1    | 203.0.113.5                     | 203.0.113.5",
            "10.1.2.3     | 203.0.113.5, 10.9.9.9           | 203.0.113.5",
            "fd00::1      | 2001:db8::7                     | 2001:db8::7",
            // what the client wrote before our proxy appended its address does not count
            "127.0.0.1    | 198.51.100.1, 203.0.113.5       | 203.0.113.5",
            // anyone else's header is ignored
            "203.0.113.9  | 198.51.100.1                    | 203.0.113.9",
            "11.0.0.1     | 198.51.100.1                    | 11.0.0.1",
            // garbage stops the walk at the last address we could believe; no header: the socket
            "127.0.0.1    | not-an-address                  | 127.0.0.1",
            "127.0.0.1    | evil.example, 203.0.113.5       | 203.0.113.5",
            "127.0.0.1    | null                            | 127.0.0.1",
            // only proxies all the way: the left-most
            "127.0.0.1    | 10.0.0.2, 10.0.0.1              | 10.0.0.2",
    })
    void finds_the_client_behind_trusted_proxies(String peer, String forwardedFor, String client) {
        assertThat(proxies.client(peer, forwardedFor)).isEqualTo(client);
    }

    @ParameterizedTest
    @ValueSource(strings = {"10.0.0.0/33", "example.org", "10.0.0.0/x", "1.2.3.4/-1", "::1/129"})
    void a_wrong_entry_fails_at_start_naming_the_variable(String spec) {
        assertThatThrownBy(() -> Config.fromEnv(Map.of("TRUSTED_PROXIES", spec)))
                .isInstanceOf(ConfigException.class).hasMessageContaining("TRUSTED_PROXIES");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"10.255.255.255 | true", "11.0.0.0 | false", "127.0.0.2 | false",
            "fdff::1 | true", "fe00::1 | false", "[::1] | false"})
    void matches_addresses_by_prefix(String address, boolean trusted) {
        assertThat(proxies.trusts(address)).isEqualTo(trusted);
    }
}
