package vn.householdledger.query.projection;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Projections write through here. Statements are queued in the processor's unit of work and sent
 * when the batch commits, runs of the same statement as one JDBC batch, in the transaction that also
 * stores the processor's token: a replay makes one round trip per run of statements, not per event.
 * A statement joins the last run of the same statement unless a later run touches one of its tables
 * (every table is named {@code query_side.<table>}); so each table sees its statements in the order
 * they were written, and a later event's update follows an earlier event's insert.
 */
@Component
public class ReadModelWriter {

    private static final String RESOURCE = ReadModelWriter.class.getName();
    private static final Pattern TABLE = Pattern.compile("query_side\\.(\\w+)");
    private static final Map<String, Set<String>> TABLES = new ConcurrentHashMap<>();

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
            Set<String> tables = TABLES.computeIfAbsent(sql, ReadModelWriter::tablesOf);
            for (int i = runs.size() - 1; i >= 0; i--) {
                Run run = runs.get(i);
                if (run.sql.equals(sql)) {
                    run.args.add(args);
                    return;
                }
                if (tables.isEmpty() || run.tables.isEmpty() || !Collections.disjoint(run.tables, tables)) {
                    break;
                }
            }
            Run run = new Run(sql, tables);
            run.args.add(args);
            runs.add(run);
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

    /** The tables a statement reads or writes; none found means it may touch any. */
    private static Set<String> tablesOf(String sql) {
        Set<String> tables = new HashSet<>();
        Matcher matcher = TABLE.matcher(sql);
        while (matcher.find()) {
            tables.add(matcher.group(1));
        }
        return Set.copyOf(tables);
    }

    private record Run(String sql, Set<String> tables, List<Object[]> args) {
        Run(String sql, Set<String> tables) {
            this(sql, tables, new ArrayList<>());
        }
    }
}
