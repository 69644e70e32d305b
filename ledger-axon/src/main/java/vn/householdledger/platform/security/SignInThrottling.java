package vn.householdledger.platform.security;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The throttle of sign-ins ({@link SignInThrottle}), its counts in the table {@code sign_in_attempts} of
 * the process's schema ({@code ledger.axon.processing-schema}: each side's, or the authorization server's
 * own where it runs alone), or of {@code ledger.security.sign-in.schema}: where services apart share one
 * count (the split deployment's sides use the authorization server's).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SignInProperties.class)
public class SignInThrottling {

    @Bean
    public ClientAddress clientAddress(SignInProperties properties) {
        return new ClientAddress(properties.trustedProxies());
    }

    @Bean
    public SignInThrottle signInThrottle(JdbcTemplate jdbc, @Value("${ledger.security.sign-in.schema:${ledger.axon.processing-schema:query_side}}")
                                         String schema,
                                         SignInProperties properties, ClientAddress clientAddress, MeterRegistry registry) {
        return new SignInThrottle(new SignInAttempts(jdbc, schema, properties.signIn()), clientAddress, properties.signIn(), registry);
    }
}
