package vn.householdledger.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import vn.householdledger.api.security.Role;

class VerifiedCredentialsTest {

    private final BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder(4);
    private final String hash = bcrypt.encode("đúng mật khẩu");
    private final AtomicInteger checks = new AtomicInteger();
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final VerifiedCredentials credentials = credentials(Duration.ofMinutes(1));

    @Test
    void aVerifiedCredentialIsCheckedByBcryptOnce() {
        Authentication first = credentials.authenticate(typed("cb-ba-dinh", "đúng mật khẩu"));
        Authentication second = credentials.authenticate(typed("cb-ba-dinh", "đúng mật khẩu"));

        assertThat(checks).hasValue(1);
        assertThat(second.isAuthenticated()).isTrue();
        assertThat(second.getPrincipal()).isInstanceOf(LedgerAccount.class);
        assertThat(((LedgerAccount) second.getPrincipal()).communes()).containsExactly("BA_DINH");
        assertThat(second.getAuthorities()).isEqualTo(first.getAuthorities());
        assertThat(registry.get("cache.gets").tag("result", "hit").functionCounter().count()).isEqualTo(1);
    }

    @Test
    void aWrongPasswordIsNeverKeptAndAlwaysChecked() {
        credentials.authenticate(typed("cb-ba-dinh", "đúng mật khẩu"));

        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> credentials.authenticate(typed("cb-ba-dinh", "sai mật khẩu")))
                    .isInstanceOf(BadCredentialsException.class);
        }
        assertThat(checks).hasValue(4);
    }

    @Test
    void theSamePasswordOfAnotherAccountIsNotTheKeptOne() {
        credentials.authenticate(typed("cb-ba-dinh", "đúng mật khẩu"));

        assertThatThrownBy(() -> credentials.authenticate(typed("cb-lam-son", "đúng mật khẩu")))
                .isInstanceOf(BadCredentialsException.class);
    }

    @Test
    void aCredentialIsCheckedAgainOnceItsTimeHasPassed() {
        VerifiedCredentials forNoTime = credentials(Duration.ZERO);

        forNoTime.authenticate(typed("cb-ba-dinh", "đúng mật khẩu"));
        forNoTime.authenticate(typed("cb-ba-dinh", "đúng mật khẩu"));

        assertThat(checks).hasValue(2);
    }

    private VerifiedCredentials credentials(Duration ttl) {
        DaoAuthenticationProvider dao = new DaoAuthenticationProvider(username -> {
            if (!username.equals("cb-ba-dinh")) {
                throw new UsernameNotFoundException("unknown account");
            }
            return new LedgerAccount(username, hash, Set.of(Role.WORKER), Set.of("BA_DINH"), Set.of());
        });
        dao.setPasswordEncoder(new PasswordEncoder() {
            @Override
            public String encode(CharSequence raw) {
                return bcrypt.encode(raw);
            }

            @Override
            public boolean matches(CharSequence raw, String encoded) {
                checks.incrementAndGet();
                return bcrypt.matches(raw, encoded);
            }
        });
        return new VerifiedCredentials(dao, ttl, registry);
    }

    private static UsernamePasswordAuthenticationToken typed(String account, String password) {
        return UsernamePasswordAuthenticationToken.unauthenticated(account, password);
    }
}
