package vn.householdledger.auth;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import vn.householdledger.platform.postgres.SideMigrations;

/**
 * The authorization server alone keeps its failed sign-ins and its authorizations ({@link Authorizations}) in
 * PostgreSQL ({@code spring.datasource.*}), in a schema of its own ({@code ledger.axon.processing-schema},
 * {@code auth}), so that all its nodes throttle together and redeem each other's codes. Imported by
 * {@link AuthApplication} only, and so no {@code @Configuration}: the standalone scans this package, and there
 * the sides migrate these tables.
 */
public class AuthSchema {

    @Bean(initMethod = "migrate")
    public Flyway authFlyway(DataSource dataSource, @Value("${ledger.axon.processing-schema}") String schema) {
        return SideMigrations.authorizationServer(dataSource, schema);
    }
}
