package vn.householdledger.platform.security;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.OptionalLong;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Throttles guessing passwords (OWASP ASVS 2.2.1): once an account has failed to sign in
 * {@code account-limit} times within the window, or a client address {@code address-limit} times, every
 * attempt of that account or from that address is refused with {@code 429} and {@code Retry-After} until
 * the window has passed, whether or not its password is right. The same counts serve HTTP Basic on the
 * API and the authorization server's sign-in form; failures are counted from Spring Security's own
 * failure events, a refusal before any password is checked. Nothing typed is logged.
 */
public class SignInThrottle {

    private static final Logger log = LoggerFactory.getLogger(SignInThrottle.class);
    private final SignInAttempts attempts;
    private final ClientAddress addresses;
    private final SignInProperties.SignIn limits;
    private final Counter throttled;

    public SignInThrottle(SignInAttempts attempts, ClientAddress addresses, SignInProperties.SignIn limits, MeterRegistry registry) {
        this.attempts = attempts;
        this.addresses = addresses;
        this.limits = limits;
        this.throttled = Counter.builder("ledger.security.throttled")
                .description("Sign-in attempts refused (429) because their account or client address failed too often")
                .register(registry);
    }

    /** How a refused attempt is answered, once {@code Retry-After} is set. */
    @FunctionalInterface
    public interface Refusal {
        void answer(HttpServletRequest request, HttpServletResponse response, long retryAfterSeconds)
                throws IOException, ServletException;
    }

    /**
     * A filter to place ahead of authentication: an attempt to sign in ({@code account} names the account it
     * tries, else null) of an account or from an address over its limit is answered by {@code refusal}.
     */
    public OncePerRequestFilter filter(Function<HttpServletRequest, String> account, Refusal refusal) {
        return new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                String name = account.apply(request);
                if (name != null) {
                    String address = addresses.of(request);
                    OptionalLong wait = attempts.refusedFor(name, address);
                    if (wait.isPresent()) {
                        throttled.increment();
                        // Counted, and at DEBUG only: under a guessing attack every attempt is refused; the WARN came once.
                        log.debug("Refused a sign-in from {}: its account or address failed too often, {} s to wait", address,
                                wait.getAsLong());
                        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(wait.getAsLong()));
                        refusal.answer(request, response, wait.getAsLong());
                        return;
                    }
                }
                chain.doFilter(request, response);
            }
        };
    }

    /** A wrong account name or password, with HTTP Basic or the sign-in form (a refused bearer token is no guess). */
    @EventListener
    public void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        if (event.getAuthentication() instanceof UsernamePasswordAuthenticationToken typed && typed.getName() != null
                && RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request) {
            String address = addresses.of(request.getRequest());
            SignInAttempts.Failures failures = attempts.failed(typed.getName(), address);
            if (failures.account() == limits.accountLimit()) {
                log.warn("An account failed to sign in {} times within {}: refused until its window has passed (last from {})",
                        failures.account(), limits.window(), address);
            }
            if (failures.address() == limits.addressLimit()) {
                log.warn("{} failed to sign in {} times within {}: refused until its window has passed", address,
                        failures.address(), limits.window());
            }
        }
    }
}
