package vn.householdledger.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

/** The client's address: the forwarded one only from a trusted proxy, and never what the client wrote itself. */
class ClientAddressesTest {

    private final ClientAddresses trustingNginx = new ClientAddresses(List.of("10.0.0.2", " 10.0.0.3 "));

    @Test
    void aDirectRequestIsItsRemoteAddressWhateverItForwards() {
        assertThat(trustingNginx.clientAddressOf(request("203.0.113.7", "198.51.100.1"))).isEqualTo("203.0.113.7");
        assertThat(new ClientAddresses(List.of()).clientAddressOf(request("10.0.0.2", "198.51.100.1"))).isEqualTo("10.0.0.2");
    }

    @Test
    void aTrustedProxyGivesTheAddressItSawAndNotWhatTheClientWroteBeforeIt() {
        assertThat(trustingNginx.clientAddressOf(request("10.0.0.2", "198.51.100.1"))).isEqualTo("198.51.100.1");
        assertThat(trustingNginx.clientAddressOf(request("10.0.0.2", "1.2.3.4, 198.51.100.1, 10.0.0.3")))
                .isEqualTo("198.51.100.1");
        assertThat(trustingNginx.clientAddressOf(request("10.0.0.2", null))).isEqualTo("10.0.0.2");
    }

    @Test
    void aForwardedAddressIsCutToSixtyFourCharacters() {
        assertThat(trustingNginx.clientAddressOf(request("10.0.0.2", "x".repeat(500)))).hasSize(64);
    }

    private static MockHttpServletRequest request(String remote, String forwarded) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/households");
        request.setRemoteAddr(remote);
        if (forwarded != null) {
            request.addHeader("X-Forwarded-For", forwarded);
        }
        return request;
    }
}
