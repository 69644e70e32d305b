package vn.householdledger.query.commune;

import io.swagger.v3.oas.annotations.Operation;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.householdledger.api.commune.CommuneItem;
import vn.householdledger.api.commune.YearPlan;

/** The communes and wards with their yearly figures, for every signed-in account. */
@RestController
public class CommuneQueryController {

    private final JdbcTemplate jdbc;

    public CommuneQueryController(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Operation(summary = "List the communes and wards")
    @GetMapping("/api/communes")
    public Map<String, Object> communes() {
        List<CommuneItem> items = jdbc.query("SELECT code, name, kind, area, registered_on FROM query_side.commune ORDER BY code",
                (rs, i) -> new CommuneItem(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getObject(5, LocalDate.class), years(rs.getString(1))));
        return Map.of("total", items.size(), "items", items);
    }

    private List<YearPlan> years(String code) {
        return jdbc.query("SELECT year, households, poor_target_end_of_year FROM query_side.commune_year WHERE code = ? ORDER BY year",
                (rs, i) -> new YearPlan(rs.getInt(1), rs.getInt(2), rs.getInt(3)), code);
    }
}
