package vn.householdledger.platform.security;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The configured accounts and how tokens name them: what the sides (HTTP Basic, bearer tokens) and
 * the authorization server (its sign-in form) share.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LedgerSecurityProperties.class)
public class AccountsConfiguration {

    private static final Logger log = LoggerFactory.getLogger(AccountsConfiguration.class);

    @Bean
    public PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    public UserDetailsService ledgerAccounts(LedgerSecurityProperties properties) {
        List<LedgerAccount> accounts = properties.users().stream()
                .map(u -> new LedgerAccount(u.username(), u.password(), u.roleSet(), u.communeSet(), u.provinceSet()))
                .toList();
        log.info("{} account(s) configured", accounts.size());
        return username -> accounts.stream()
                .filter(a -> a.getUsername().equals(username))
                .findFirst()
                .map(a -> new LedgerAccount(a.getUsername(), a.getPassword(), a.roles(), a.communes(), a.provinces()))
                .orElseThrow(() -> new UsernameNotFoundException("unknown account"));
    }

    /** HTTP Basic (and the sign-in form) checked against the accounts, a verified credential kept {@code ledger.security.basic-cache}. */
    @Bean
    public VerifiedCredentials verifiedCredentials(UserDetailsService accounts, PasswordEncoder encoder,
                                                   @Value("${ledger.security.basic-cache:PT1M}") Duration ttl, MeterRegistry registry) {
        DaoAuthenticationProvider bcrypt = new DaoAuthenticationProvider(accounts);
        bcrypt.setPasswordEncoder(encoder);
        return new VerifiedCredentials(bcrypt, ttl, registry);
    }

    @Bean
    public TokenClaims tokenClaims(LedgerSecurityProperties properties) {
        return new TokenClaims(properties.jwt());
    }
}
