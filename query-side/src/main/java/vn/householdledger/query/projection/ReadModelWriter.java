package vn.householdledger.query.projection;

import java.util.ArrayList;
import java.util.List;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Projections write through here. Statements are queued in the processor's unit of work and sent
 * when the batch commits, runs of the same statement as one JDBC batch, in the transaction that also
 * stores the processor's token: a replay makes one round trip per run of statements, not per event.
 * Statements keep their order, so a later event's update follows an earlier event's insert.
 */
@Component
public class ReadModelWriter {

    private static final String RESOURCE = ReadModelWriter.class.getName();

    private final JdbcTemplate jdbc;

    public ReadModelWriter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Queues one statement; outside a unit of work (tests, resets) it runs at once. */
    public void write(String sql, Object... args) {
        if (!CurrentUnitOfWork.isStarted()) {
            jdbc.update(sql, args);
            return;
        }
        UnitOfWork<?> unitOfWork = CurrentUnitOfWork.get().root();
        Batch batch = unitOfWork.getOrComputeResource(RESOURCE, key -> {
            Batch created = new Batch();
            unitOfWork.onPrepareCommit(u -> created.flush(jdbc));
            return created;
        });
        batch.add(sql, args);
    }

    /** Runs what is queued now, before a statement reads the read model within the same batch. */
    public void flush() {
        if (CurrentUnitOfWork.isStarted()) {
            Batch batch = CurrentUnitOfWork.get().root().getResource(RESOURCE);
            if (batch != null) {
                batch.flush(jdbc);
            }
        }
    }

    private static final class Batch {
        private final List<Run> runs = new ArrayList<>();

        void add(String sql, Object[] args) {
            Run last = runs.isEmpty() ? null : runs.get(runs.size() - 1);
            if (last == null || !last.sql.equals(sql)) {
                last = new Run(sql);
                runs.add(last);
            }
            last.args.add(args);
        }

        void flush(JdbcTemplate jdbc) {
            for (Run run : runs) {
                if (run.args.size() == 1) {
                    jdbc.update(run.sql, run.args.get(0));
                } else {
                    jdbc.batchUpdate(run.sql, run.args);
                }
            }
            runs.clear();
        }
    }

    private record Run(String sql, List<Object[]> args) {
        Run(String sql) {
            this(sql, new ArrayList<>());
        }
    }
}
