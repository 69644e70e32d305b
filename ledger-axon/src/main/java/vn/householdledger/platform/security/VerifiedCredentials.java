package vn.householdledger.platform.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * HTTP Basic sends the password with every request, and checking a {@code {bcrypt}} hash costs tens of
 * milliseconds of CPU by design: a script posting surveys would pay it per request. A credential that
 * {@code delegate} verified is kept for {@code ttl}, so bcrypt runs once per credential and period, not per
 * request. What is kept is an HMAC of account and password under a key drawn at start and never stored, so
 * neither the memory nor a heap dump holds anything a password can be guessed from offline. A wrong
 * password is never kept: it always reaches bcrypt, and its failure event (which the throttle counts).
 * Accounts come from configuration only, so a kept credential cannot outlive a changed password: a change
 * means a restart.
 */
public class VerifiedCredentials implements AuthenticationProvider {

    private static final String HMAC = "HmacSHA256";

    private final DaoAuthenticationProvider delegate;
    private final Cache<String, UserDetails> verified;
    private final SecretKeySpec key;

    public VerifiedCredentials(DaoAuthenticationProvider delegate, Duration ttl, MeterRegistry registry) {
        this.delegate = delegate;
        this.verified = Caffeine.newBuilder().expireAfterWrite(ttl).maximumSize(10_000).recordStats().build();
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, HMAC);
        CaffeineCacheMetrics.monitor(registry, verified, "verified-basic-credentials");
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        if (authentication.getCredentials() == null) {
            return delegate.authenticate(authentication);
        }
        String digest = digest(authentication.getName(), authentication.getCredentials().toString());
        UserDetails account = verified.getIfPresent(digest);
        if (account != null) {
            UsernamePasswordAuthenticationToken known = UsernamePasswordAuthenticationToken.authenticated(account, null,
                    account.getAuthorities());
            known.setDetails(authentication.getDetails());
            return known;
        }
        Authentication checked = delegate.authenticate(authentication);
        if (checked != null && checked.getPrincipal() instanceof UserDetails details) {
            verified.put(digest, details);
        }
        return checked;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return delegate.supports(authentication);
    }

    private String digest(String account, String password) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(key);
            mac.update(account.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return HexFormat.of().formatHex(mac.doFinal(password.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
