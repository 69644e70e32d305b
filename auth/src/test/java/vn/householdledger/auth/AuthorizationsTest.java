package vn.householdledger.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.Principal;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationCode;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import vn.householdledger.api.security.Role;
import vn.householdledger.platform.security.LedgerAccount;

/**
 * The authorization server alone keeps its authorizations in its own schema, where another node finds them with
 * the account they were issued to; those whose every code and token expired are deleted.
 */
@SpringBootTest(classes = AuthApplication.class, properties = "ledger.web.client-secret=test-secret")
class AuthorizationsTest {

    @Autowired
    private OAuth2AuthorizationService authorizations;
    @Autowired
    private RegisteredClientRepository clients;
    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void anAuthorizationIsKeptInTheAuthSchemaWithItsAccountsRolesCommunesAndProvinces() {
        LedgerAccount account = new LedgerAccount("halan", "{noop}halan", Set.of(Role.WORKER), Set.of("HA_LAN", "BAC_SON"),
                Set.of("THANH_HOA"));
        account.eraseCredentials();
        authorizations.save(issued("kept", account, Instant.now().plus(Duration.ofMinutes(5))));

        OAuth2Authorization found = authorizations.findByToken("code-kept", new OAuth2TokenType("code"));

        assertThat(jdbc.queryForObject("SELECT count(*) FROM auth.oauth2_authorization WHERE id = 'kept'", Integer.class))
                .isEqualTo(1);
        UsernamePasswordAuthenticationToken signedIn = found.getAttribute(Principal.class.getName());
        assertThat(signedIn.getPrincipal()).isInstanceOfSatisfying(LedgerAccount.class, read -> {
            assertThat(read.caller()).isEqualTo(account.caller());
            assertThat(read.getPassword()).isEmpty();
        });
    }

    @Test
    void onlyAuthorizationsWhoseEveryCodeAndTokenExpiredAreDeleted() {
        LedgerAccount account = new LedgerAccount("auditor", "", Set.of(Role.AUDITOR), Set.of(), Set.of());
        authorizations.save(issued("expired", account, Instant.now().minus(Duration.ofMinutes(1))));
        authorizations.save(issued("live", account, Instant.now().plus(Duration.ofMinutes(5))));

        ((SchemaAuthorizations) authorizations).deleteExpired();

        assertThat(authorizations.findById("expired")).isNull();
        assertThat(authorizations.findById("live")).isNotNull();
    }

    private OAuth2Authorization issued(String id, LedgerAccount account, Instant expiresAt) {
        return OAuth2Authorization.withRegisteredClient(clients.findByClientId("ledger-web")).id(id)
                .principalName(account.getUsername()).authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .attribute(Principal.class.getName(), new UsernamePasswordAuthenticationToken(account, null, account.getAuthorities()))
                .token(new OAuth2AuthorizationCode("code-" + id, expiresAt.minus(Duration.ofMinutes(5)), expiresAt))
                .build();
    }
}
