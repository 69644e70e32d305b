package vn.householdledger.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The address a request came from, the one place that decides it: the connection's remote address,
 * unless that is a proxy trusted by configuration ({@code ledger.http.trusted-proxies}, addresses
 * separated by commas; none by default), in which case {@code X-Forwarded-For} is read from its
 * right, past every trusted proxy, to the first address no trusted proxy is: whatever a client
 * writes into the header itself stays to the left of it and is never taken.
 */
@Component
public class ClientAddresses {

    private static final int MAX_LENGTH = 64;
    private final Set<String> trustedProxies;

    public ClientAddresses(@Value("${ledger.http.trusted-proxies:}") List<String> trustedProxies) {
        this.trustedProxies = Set.copyOf(trustedProxies.stream().map(String::strip).filter(p -> !p.isEmpty()).toList());
    }

    /** The client's address of {@code request}; at most 64 characters, whatever a header holds. */
    public String clientAddressOf(HttpServletRequest request) {
        String address = request.getRemoteAddr();
        String forwarded = request.getHeader("X-Forwarded-For");
        if (forwarded != null && trustedProxies.contains(address)) {
            String[] hops = forwarded.split(",");
            for (int i = hops.length - 1; i >= 0; i--) {
                String hop = hops[i].strip();
                if (hop.isEmpty()) {
                    break;
                }
                address = hop;
                if (!trustedProxies.contains(hop)) {
                    break;
                }
            }
        }
        return address.length() > MAX_LENGTH ? address.substring(0, MAX_LENGTH) : address;
    }
}
