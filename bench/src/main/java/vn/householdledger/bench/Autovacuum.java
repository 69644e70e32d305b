package vn.householdledger.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

/**
 * PostgreSQL's autovacuum, which follows every bulk write (a rebuild writes millions of rows, the raw
 * inserts hundreds of thousands) and takes a core of two for minutes. A phase that measures the
 * service starts after the bench has vacuumed and analyzed the database itself and no autovacuum
 * worker has run for a few seconds. A quiet moment alone does not mean the work is done: autovacuum
 * wakes once a minute, and each wait of earlier runs ended after 3 s without having seen a worker.
 * So each phase is timed on a database at rest, as it is a few minutes after a rebuild, and the
 * report says how long that took.
 */
final class Autovacuum {

    private static final Duration QUIET = Duration.ofSeconds(3);

    private Autovacuum() {
    }

    /**
     * Vacuums and analyzes the database, then waits until no autovacuum worker has run for
     * {@link #QUIET}, at most {@code limit}; answers the seconds both took.
     */
    static double settle(Connection db, Duration limit) throws SQLException, InterruptedException {
        long started = System.nanoTime();
        try (Statement sql = db.createStatement()) {
            sql.execute("VACUUM (ANALYZE)");
        }
        long quietSince = started;
        while (System.nanoTime() - started < limit.toNanos()) {
            if (workers(db) > 0) {
                quietSince = System.nanoTime();
            } else if (System.nanoTime() - quietSince >= QUIET.toNanos()) {
                break;
            }
            Thread.sleep(500);
        }
        return Bench.seconds(started);
    }

    private static int workers(Connection db) throws SQLException {
        try (Statement sql = db.createStatement();
             ResultSet rows = sql.executeQuery("SELECT count(*) FROM pg_stat_activity WHERE backend_type = 'autovacuum worker'")) {
            rows.next();
            return rows.getInt(1);
        }
    }
}
