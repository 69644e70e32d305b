package vn.householdledger.command.lookup;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Tables that an {@code @InCommandTransaction} handler of {@link #PROCESSING_GROUP} writes from the
 * events, and that {@link LookupRebuild} so rebuilds from the event store (its {@code @ResetHandler}
 * empties them first).
 */
public interface LookupTables {

    String PROCESSING_GROUP = "command-lookups";

    /** Whether the tables hold no row at all. */
    boolean isEmpty();

    /** Whether none of the {@code command_side} tables named holds a row. */
    static boolean noRows(JdbcTemplate jdbc, List<String> tables) {
        return tables.stream().noneMatch(table -> Boolean.TRUE.equals(
                jdbc.queryForObject("SELECT EXISTS (SELECT 1 FROM command_side." + table + ")", Boolean.class)));
    }
}
