package vn.householdledger.standalone.lookup;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/** Every row of the command side's lookup tables as text, sorted: what a rebuild must restore exactly. */
final class LookupRows {

    private static final List<String> TABLES =
            List.of("commune_directory", "household_code", "national_id_holder", "household_placement", "review_directory",
                    "unit_reclassification", "village_split", "province_directory", "unit_change");

    private LookupRows() {
    }

    static Map<String, List<String>> of(JdbcTemplate jdbc) {
        Map<String, List<String>> rows = new LinkedHashMap<>();
        for (String table : TABLES) {
            rows.put(table, jdbc.queryForList("SELECT t::text FROM command_side." + table + " t ORDER BY 1", String.class));
        }
        return rows;
    }

    static void deleteAll(JdbcTemplate jdbc) {
        TABLES.forEach(table -> jdbc.update("DELETE FROM command_side." + table));
    }
}
