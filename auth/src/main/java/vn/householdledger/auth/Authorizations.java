package vn.householdledger.auth;

import java.util.List;
import org.flywaydb.core.Flyway;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The authorizations the server issued (codes, and the tokens given for them) are shared by its nodes in
 * PostgreSQL ({@link SchemaAuthorizations}), in the schema of its failed sign-ins: a code issued by one node is
 * redeemed at another, once. Consents are not kept: no client asks for one ({@code require-authorization-consent}
 * is false), so Spring Authorization Server's consent service is never written to. What stays per node: the
 * sign-in's HTTP session and the session registry that sign-out ends sessions by.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
public class Authorizations {

    /** Made after the migrations ({@code migrated}): Spring's service reads its table's columns once, when made. */
    @Bean
    public OAuth2AuthorizationService authorizationService(JdbcTemplate jdbc, RegisteredClientRepository clients,
            PlatformTransactionManager transactions, @Value("${ledger.axon.processing-schema}") String schema,
            List<Flyway> migrated) {
        return new SchemaAuthorizations(jdbc, clients, transactions, schema);
    }
}
