package vn.householdledger.query.projection;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/** Rows of one table written as multi-row inserts (one statement for up to a thousand rows), for folded replays. */
public final class RowInserts {

    private static final int MAX_PARAMETERS = 30_000;

    private RowInserts() {
    }

    /**
     * @param insert {@code INSERT INTO query_side.<table> (<columns>) VALUES}
     * @param rows   each row's values, in the order of the columns
     */
    public static void insert(JdbcTemplate jdbc, String insert, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return;
        }
        int columns = rows.get(0).length;
        String row = "(" + "?, ".repeat(columns - 1) + "?)";
        int perStatement = Math.min(1000, MAX_PARAMETERS / columns);
        for (int from = 0; from < rows.size(); from += perStatement) {
            List<Object[]> chunk = rows.subList(from, Math.min(rows.size(), from + perStatement));
            List<Object> args = new ArrayList<>(chunk.size() * columns);
            chunk.forEach(values -> args.addAll(Arrays.asList(values)));
            jdbc.update(insert + " " + String.join(", ", Collections.nCopies(chunk.size(), row))
                    + " ON CONFLICT DO NOTHING", args.toArray());
        }
    }
}
