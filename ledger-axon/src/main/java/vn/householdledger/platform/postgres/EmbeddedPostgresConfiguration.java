package vn.householdledger.platform.postgres;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * With no {@code spring.datasource.url}, the service runs its own PostgreSQL 17 (real binaries from
 * a Maven artifact) with its data in {@code ledger.data-dir}, kept across restarts; a server orphaned
 * there by a killed service is stopped first ({@link OrphanedServer}). An empty
 * {@code ledger.data-dir} means a throw-away cluster in a temporary folder (tests).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass(EmbeddedPostgres.class)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
public class EmbeddedPostgresConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);

    @Bean(destroyMethod = "close")
    public EmbeddedPostgres embeddedPostgres(@Value("${ledger.data-dir:./data}") String dataDir) throws IOException {
        boolean ephemeral = dataDir.isBlank();
        Path dir = ephemeral ? Files.createTempDirectory("ledger-pg") : Path.of(dataDir, "postgres").toAbsolutePath();
        Files.createDirectories(dir);
        if (!ephemeral) {
            OrphanedServer.stopIfAny(dir);
        }
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(dir)
                .setCleanDataDirectory(ephemeral)
                // Any cluster stops with this bean, after the service has stopped using it, not in a hook of its own:
                // a hook races the contexts' close, and a job still running there waits for connections to a dead server.
                .setRegisterShutdownHook(false)
                .setServerConfig("max_connections", "100");
        if (!ephemeral) {
            // The library starts PostgreSQL without fsync and with asynchronous commits, fit for a throw-away
            // cluster; a ledger's kept cluster gets both back, so an acknowledged write survives a power cut.
            builder.setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on");
        }
        EmbeddedPostgres postgres = builder.start();
        log.info("Embedded PostgreSQL started on port {} with data in {}", postgres.getPort(), dir);
        return postgres;
    }

    @Bean(destroyMethod = "close")
    public DataSource dataSource(EmbeddedPostgres postgres,
                                 @Value("${spring.datasource.hikari.maximum-pool-size:20}") int poolSize) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        config.setMaximumPoolSize(poolSize);
        config.setPoolName("ledger");
        return new HikariDataSource(config);
    }
}
