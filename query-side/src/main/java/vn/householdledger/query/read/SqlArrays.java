package vn.householdledger.query.read;

import java.sql.Array;
import java.sql.SQLException;
import java.util.List;

/** PostgreSQL text arrays of the read models as Java lists. */
public final class SqlArrays {

    private SqlArrays() {
    }

    public static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }
}
