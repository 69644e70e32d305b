package vn.householdledger.query;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import vn.householdledger.platform.postgres.SideMigrations;

/** Scheduling is on for the projections' completeness check. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
public class QuerySideConfiguration {

    /** The query side owns {@code query_side}: read models, tokens and dead letters. */
    @Bean(initMethod = "migrate")
    public Flyway querySideFlyway(DataSource dataSource) {
        return SideMigrations.flyway(dataSource, "query_side");
    }
}
