package vn.householdledger.query.projection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A batch's statements go out as few JDBC batches as their order allows: a statement joins the last run
 * of the same statement unless a run in between touches one of its tables.
 */
class ReadModelWriterTest {

    private static final String INSERT_HOUSEHOLD = "INSERT INTO query_side.household (id) VALUES (?)";
    private static final String UPDATE_HOUSEHOLD = "UPDATE query_side.household SET year = ? WHERE id = ?";
    private static final String INSERT_MEMBER = "INSERT INTO query_side.household_member (id) VALUES (?)";
    private static final String INSERT_REVIEW = "INSERT INTO query_side.review (id) VALUES (?)";

    /** What the writer sent, one line per JDBC call: the statement and how many rows it carried. */
    private final List<String> sent = new ArrayList<>();
    private final JdbcTemplate jdbc = new JdbcTemplate() {
        @Override
        public int update(String sql, Object... args) {
            sent.add(sql + " x1");
            return 1;
        }

        @Override
        public int[] batchUpdate(String sql, List<Object[]> batchArgs) {
            sent.add(sql + " x" + batchArgs.size());
            return new int[batchArgs.size()];
        }
    };
    private final ReadModelWriter writer = new ReadModelWriter(jdbc);

    @Test
    void statementsOfOtherTablesDoNotBreakARun() {
        inOneBatch(() -> {
            writer.write(INSERT_HOUSEHOLD, 1);
            writer.write(INSERT_MEMBER, 1);
            writer.write(INSERT_REVIEW, 1);
            writer.write(INSERT_HOUSEHOLD, 2);
            writer.write(INSERT_MEMBER, 2);
        });

        assertThat(sent).containsExactly(INSERT_HOUSEHOLD + " x2", INSERT_MEMBER + " x2", INSERT_REVIEW + " x1");
    }

    @Test
    void aStatementNeverOvertakesAnotherOnItsTable() {
        inOneBatch(() -> {
            writer.write(UPDATE_HOUSEHOLD, 2017, 1);
            writer.write(INSERT_HOUSEHOLD, 2);
            writer.write(UPDATE_HOUSEHOLD, 2017, 2);
        });

        assertThat(sent).containsExactly(UPDATE_HOUSEHOLD + " x1", INSERT_HOUSEHOLD + " x1", UPDATE_HOUSEHOLD + " x1");
    }

    @Test
    void aStatementNamingNoTableIsABarrier() {
        inOneBatch(() -> {
            writer.write(INSERT_HOUSEHOLD, 1);
            writer.write("SELECT pg_sleep(0)");
            writer.write(INSERT_HOUSEHOLD, 2);
        });

        assertThat(sent).containsExactly(INSERT_HOUSEHOLD + " x1", "SELECT pg_sleep(0) x1", INSERT_HOUSEHOLD + " x1");
    }

    private static void inOneBatch(Runnable writes) {
        UnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(null);
        writes.run();
        unitOfWork.commit();
    }
}
