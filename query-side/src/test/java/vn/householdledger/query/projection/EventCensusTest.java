package vn.householdledger.query.projection;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The census counts what has committed, and comes back for positions that were empty when it read
 * past them: an event whose transaction commits after later ones is counted once it commits, and a
 * rolled-back position never is. On a real PostgreSQL, with real open transactions.
 */
class EventCensusTest {

    private static final Predicate<String> ANY = type -> true;
    private static EmbeddedPostgres postgres;
    private JdbcTemplate jdbc;
    private EventCensus census;

    @BeforeAll
    static void startPostgres() throws Exception {
        postgres = EmbeddedPostgres.start();
    }

    @AfterAll
    static void stopPostgres() throws Exception {
        postgres.close();
    }

    @BeforeEach
    void emptyStore() {
        jdbc = new JdbcTemplate(postgres.getPostgresDatabase());
        jdbc.execute("DROP SCHEMA IF EXISTS event_store CASCADE");
        jdbc.execute("CREATE SCHEMA event_store");
        jdbc.execute("CREATE TABLE event_store.domain_event_entry (global_index BIGSERIAL PRIMARY KEY, payload_type VARCHAR(255) NOT NULL)");
        census = new EventCensus(jdbc);
    }

    @Test
    void anEventCommittedAfterLaterOnesIsCountedOnceItCommits() throws SQLException {
        store("Registered");
        try (Connection slow = postgres.getPostgresDatabase().getConnection()) {
            slow.setAutoCommit(false);
            store(slow, "Assessed");
            store("Registered");

            census.refresh();
            assertThat(census.count(ANY, 3, List.of())).isEqualTo(2);

            slow.commit();
        }
        census.refresh();
        assertThat(census.count(ANY, 3, List.of())).isEqualTo(3);
        assertThat(census.count("Registered"::equals, 3, List.of())).isEqualTo(2);
        census.refresh();
        assertThat(census.count(ANY, 3, List.of())).as("counted once").isEqualTo(3);
    }

    @Test
    void aRolledBackPositionStaysEmpty() throws SQLException {
        store("Registered");
        try (Connection rolledBack = postgres.getPostgresDatabase().getConnection()) {
            rolledBack.setAutoCommit(false);
            store(rolledBack, "Assessed");
            rolledBack.rollback();
        }
        store("Registered");

        census.refresh();
        census.refresh();

        assertThat(census.count(ANY, 3, List.of())).isEqualTo(2);
    }

    @Test
    void aProcessorBehindTheCensusOrWaitingOnGapsIsOwedOnlyWhatLiesBelowItsPosition() {
        store("Registered");
        store("Assessed");
        store("Registered");
        store("Assessed");
        census.refresh();

        assertThat(census.count(ANY, 2, List.of())).isEqualTo(2);
        assertThat(census.count("Assessed"::equals, 3, List.of())).isEqualTo(1);
        assertThat(census.count(ANY, 4, Set.of(2L, 3L))).isEqualTo(2);
        assertThat(census.count("Registered"::equals, 4, Set.of(2L, 3L))).isEqualTo(1);
    }

    @Test
    void aPositionBeyondWhatItHasReadIsCountedAfterReadingOn() {
        store("Registered");
        census.refresh();
        store("Registered");

        assertThat(census.count(ANY, 2, List.of())).isEqualTo(2);
    }

    @Test
    void countsBelowAnyPositionOfALargeStore() {
        jdbc.update("INSERT INTO event_store.domain_event_entry (payload_type) "
                + "SELECT CASE WHEN i % 3 = 0 THEN 'Assessed' ELSE 'Registered' END FROM generate_series(1, 25000) i");
        census.refresh();

        for (long position : new long[] {1, 9_999, 10_000, 10_001, 19_999, 20_000, 24_999, 25_000}) {
            assertThat(census.count(ANY, position, List.of())).as("at %d", position).isEqualTo(position);
            assertThat(census.count("Assessed"::equals, position, List.of())).as("at %d", position).isEqualTo(position / 3);
        }
        assertThat(census.count(ANY, 20_000, Set.of(3L, 12_345L))).isEqualTo(19_998);
    }

    private void store(String payloadType) {
        jdbc.update("INSERT INTO event_store.domain_event_entry (payload_type) VALUES (?)", payloadType);
    }

    private static void store(Connection connection, String payloadType) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO event_store.domain_event_entry (payload_type) VALUES (?)")) {
            insert.setString(1, payloadType);
            insert.executeUpdate();
        }
    }
}
