package vn.householdledger.auth;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.jackson2.SecurityJackson2Modules;
import org.springframework.security.oauth2.server.authorization.JdbcOAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.jackson2.OAuth2AuthorizationServerJackson2Module;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Spring Authorization Server's authorizations in PostgreSQL, in the schema of the process that signs people in
 * ({@code oauth2_authorization}): every node finds the codes and tokens every other issued. Its statements name
 * the table unqualified, so each runs in a transaction whose search path is that schema alone; the setting ends
 * with the transaction, and the pooled connection (the sides' too, in the standalone) keeps its own. The accounts
 * it keeps in an authorization are written and read by {@link AccountJson}.
 */
final class SchemaAuthorizations extends JdbcOAuth2AuthorizationService {

    private static final Logger log = LoggerFactory.getLogger(SchemaAuthorizations.class);
    /** Rows whose every code and token expired; one that holds none (a request awaiting consent) has no such time. */
    private static final String DELETE_EXPIRED = """
            DELETE FROM oauth2_authorization
             WHERE greatest(authorization_code_expires_at, access_token_expires_at, oidc_id_token_expires_at,
                            refresh_token_expires_at, user_code_expires_at, device_code_expires_at) < now()""";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final String schema;

    SchemaAuthorizations(JdbcTemplate jdbc, RegisteredClientRepository clients, PlatformTransactionManager transactions,
                         String schema) {
        super(jdbc, clients);
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactions);
        this.schema = schema;
        ObjectMapper json = new ObjectMapper();
        json.registerModules(SecurityJackson2Modules.getModules(getClass().getClassLoader()));
        json.registerModules(new OAuth2AuthorizationServerJackson2Module(), new AccountJson());
        OAuth2AuthorizationRowMapper rows = new OAuth2AuthorizationRowMapper(clients);
        rows.setObjectMapper(json);
        setAuthorizationRowMapper(rows);
        OAuth2AuthorizationParametersMapper parameters = new OAuth2AuthorizationParametersMapper();
        parameters.setObjectMapper(json);
        setAuthorizationParametersMapper(parameters);
    }

    @Override
    public void save(OAuth2Authorization authorization) {
        inSchema(() -> {
            super.save(authorization);
            return null;
        });
    }

    @Override
    public void remove(OAuth2Authorization authorization) {
        inSchema(() -> {
            super.remove(authorization);
            return null;
        });
    }

    @Override
    public OAuth2Authorization findById(String id) {
        return inSchema(() -> super.findById(id));
    }

    @Override
    public OAuth2Authorization findByToken(String token, OAuth2TokenType tokenType) {
        return inSchema(() -> super.findByToken(token, tokenType));
    }

    /** Hourly, on every node (deleting twice deletes nothing more): what no one can redeem, refresh or present any more. */
    @Scheduled(fixedDelayString = "${ledger.auth.expired-authorizations-every:PT1H}",
            initialDelayString = "${ledger.auth.expired-authorizations-every:PT1H}")
    public void deleteExpired() {
        int deleted = inSchema(() -> jdbc.update(DELETE_EXPIRED));
        log.info("Deleted {} authorizations whose every code and token had expired", deleted);
    }

    private <T> T inSchema(Supplier<T> work) {
        return transactions.execute(status -> {
            jdbc.queryForObject("SELECT set_config('search_path', ?, true)", String.class, schema);
            return work.get();
        });
    }
}
