package vn.householdledger.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

/** The client address: the connection's own, or what a trusted proxy says it forwarded, never what a client wrote itself. */
class ClientAddressTest {

    private final ClientAddress addresses = new ClientAddress(List.of("10.0.0.0/8", "127.0.0.1"));

    @Test
    void aRequestFromAnUntrustedAddressIsItsOwnWhateverItsHeaderSays() {
        assertThat(addresses.of(request("198.51.100.7", "203.0.113.1"))).isEqualTo("198.51.100.7");
    }

    @Test
    void aRequestFromATrustedProxyIsTheAddressItForwarded() {
        assertThat(addresses.of(request("10.1.2.3", "203.0.113.1"))).isEqualTo("203.0.113.1");
    }

    @Test
    void whatAClientWroteLeftOfItsProxiesIsIgnored() {
        assertThat(addresses.of(request("127.0.0.1", "1.2.3.4, 203.0.113.1, 10.9.9.9"))).isEqualTo("203.0.113.1");
    }

    @Test
    void aNameThatIsNoAddressIsNeverTakenForATrustedProxy() {
        assertThat(addresses.of(request("10.1.2.3", "203.0.113.1, localhost"))).isEqualTo("localhost");
    }

    @Test
    void aTrustedProxyThatForwardsNothingIsItself() {
        assertThat(addresses.of(request("10.1.2.3", null))).isEqualTo("10.1.2.3");
    }

    @Test
    void noProxyIsTrustedUnlessConfigured() {
        assertThat(new ClientAddress(List.of()).of(request("127.0.0.1", "203.0.113.1"))).isEqualTo("127.0.0.1");
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
