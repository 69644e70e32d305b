package vn.householdledger.web.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** A page's call to the API passes on where the person's request came from, as a proxy would. */
class ConversationHeadersTest {

    @AfterEach
    void leavePage() {
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void thePersonsAddressFollowsWhatReachedThePages() {
        assertThat(ConversationHeaders.forwardedFor()).as("off a page's request").isNull();
        MockHttpServletRequest direct = new MockHttpServletRequest();
        direct.setRemoteAddr("203.0.113.7");
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(direct));
        assertThat(ConversationHeaders.forwardedFor()).isEqualTo("203.0.113.7");

        MockHttpServletRequest proxied = new MockHttpServletRequest();
        proxied.setRemoteAddr("10.0.0.2");
        proxied.addHeader("X-Forwarded-For", "198.51.100.1");
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(proxied));
        assertThat(ConversationHeaders.forwardedFor()).isEqualTo("198.51.100.1, 10.0.0.2");
    }
}
