package vn.householdledger.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.mock.web.MockHttpServletRequest;

/** The client address: the connection's own, or what a trusted proxy says it forwarded, never what a client wrote itself. */
class ClientAddressTest {

    private final ClientAddress addresses = new ClientAddress(List.of("10.0.0.0/8", "127.0.0.1"));

    @ParameterizedTest(name = "from {0} forwarding \"{1}\": {2}")
    @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
            198.51.100.7 | 203.0.113.1                    | 198.51.100.7
            10.1.2.3     | 203.0.113.1                    | 203.0.113.1
            127.0.0.1    | 1.2.3.4, 203.0.113.1, 10.9.9.9 | 203.0.113.1
            10.1.2.3     | 203.0.113.1, localhost         | localhost
            10.1.2.3     | none                           | 10.1.2.3
            """)
    void anUntrustedAddressIsItsOwnATrustedProxyNamesTheRightMostAddressNotTrusted(String remote, String forwardedFor,
                                                                                  String client) {
        assertThat(addresses.of(request(remote, forwardedFor))).isEqualTo(client);
    }

    @Test
    void noProxyIsTrustedUnlessConfigured() {
        assertThat(new ClientAddress(List.of()).of(request("127.0.0.1", "203.0.113.1"))).isEqualTo("127.0.0.1");
    }

    @Test
    void aForwardedAddressIsCutToSixtyFourCharacters() {
        assertThat(addresses.of(request("10.1.2.3", "x".repeat(500)))).hasSize(64);
    }

    private static MockHttpServletRequest request(String remote, String forwardedFor) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr(remote);
        if (forwardedFor != null) {
            request.addHeader("X-Forwarded-For", forwardedFor);
        }
        return request;
    }
}
