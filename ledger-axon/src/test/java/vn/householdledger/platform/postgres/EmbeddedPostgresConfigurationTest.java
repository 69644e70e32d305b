package vn.householdledger.platform.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

/** A kept cluster writes durably; a throw-away one (tests) may skip the flushes. */
class EmbeddedPostgresConfigurationTest {

    private final EmbeddedPostgresConfiguration configuration = new EmbeddedPostgresConfiguration();

    @Test
    void aKeptClusterFlushesEveryCommit(@TempDir Path dataDir) throws Exception {
        try (EmbeddedPostgres postgres = configuration.embeddedPostgres(dataDir.toString())) {
            JdbcTemplate jdbc = new JdbcTemplate(postgres.getPostgresDatabase());
            assertThat(jdbc.queryForObject("SHOW fsync", String.class)).isEqualTo("on");
            assertThat(jdbc.queryForObject("SHOW synchronous_commit", String.class)).isEqualTo("on");
        }
    }

    @Test
    void aThrowAwayClusterNeedNot() throws Exception {
        try (EmbeddedPostgres postgres = configuration.embeddedPostgres("")) {
            JdbcTemplate jdbc = new JdbcTemplate(postgres.getPostgresDatabase());
            assertThat(jdbc.queryForObject("SHOW fsync", String.class)).isEqualTo("off");
        }
    }
}
