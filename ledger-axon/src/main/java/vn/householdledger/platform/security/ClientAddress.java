package vn.householdledger.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.springframework.security.web.util.matcher.IpAddressMatcher;
import org.springframework.util.StringUtils;

/**
 * The address a request came from: the connection's own, unless it comes from a trusted proxy
 * ({@code ledger.security.trusted-proxies}); then the last address of {@code X-Forwarded-For} that is
 * not a trusted proxy, read from the right, since a client can write anything to the left of what its
 * proxies appended. A spoofed header from anyone else changes nothing.
 */
public class ClientAddress {

    private static final String FORWARDED_FOR = "X-Forwarded-For";
    /** As long as an IPv6 address with its zone can be, and as events and the read audit keep it. */
    private static final int MAX_LENGTH = 64;
    private final List<IpAddressMatcher> trusted;

    public ClientAddress(List<String> trustedProxies) {
        this.trusted = trustedProxies.stream().map(String::strip).filter(StringUtils::hasText).map(IpAddressMatcher::new).toList();
    }

    /** The client's address of {@code request}; at most 64 characters, whatever a trusted proxy forwarded. */
    public String of(HttpServletRequest request) {
        String address = addressOf(request);
        return address.length() > MAX_LENGTH ? address.substring(0, MAX_LENGTH) : address;
    }

    private String addressOf(HttpServletRequest request) {
        String address = request.getRemoteAddr();
        if (!trusted(address)) {
            return address;
        }
        List<String> forwarded = Arrays.stream(String.join(",", Collections.list(request.getHeaders(FORWARDED_FOR)))
                .split(",")).map(String::strip).filter(StringUtils::hasText).toList();
        for (int i = forwarded.size() - 1; i >= 0; i--) {
            address = forwarded.get(i);
            if (!trusted(address)) {
                return address;
            }
        }
        return address;
    }

    private boolean trusted(String address) {
        try {
            return trusted.stream().anyMatch(matcher -> matcher.matches(address));
        } catch (IllegalArgumentException notAnAddress) {
            return false;
        }
    }
}
