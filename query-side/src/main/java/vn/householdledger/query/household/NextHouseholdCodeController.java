package vn.householdledger.query.household;

import io.swagger.v3.oas.annotations.Operation;
import java.math.BigInteger;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import vn.householdledger.api.household.NextHouseholdCode;
import vn.householdledger.query.unit.UnitLineage;

/**
 * Suggests the next household code of a commune, so that a worker need not invent a unique one: the
 * code with the highest numeric suffix among the commune's households (of {@link HouseholdViewProjection}),
 * its number plus one, zero-padded to the same width. A suggestion only: the command side still
 * refuses a code in use ({@code DUPLICATE_CODE}).
 */
@RestController
public class NextHouseholdCodeController {

    private static final Pattern NUMBERED = Pattern.compile("^(.*?)(\\d+)$");

    private final JdbcTemplate jdbc;
    private final UnitLineage lineage;

    public NextHouseholdCodeController(JdbcTemplate jdbc, UnitLineage lineage) {
        this.jdbc = jdbc;
        this.lineage = lineage;
    }

    @Operation(summary = "Suggest the next unused household code of a commune")
    @GetMapping("/api/communes/{code}/next-household-code")
    public NextHouseholdCode next(@PathVariable String code) {
        lineage.requireRead(code);
        List<String> highest = jdbc.queryForList("""
                SELECT code FROM query_side.household
                 WHERE commune_code = ? AND code ~ '\\d$'
                 ORDER BY CAST(substring(code FROM '(\\d+)$') AS NUMERIC) DESC, length(code) DESC LIMIT 1""",
                String.class, code);
        return new NextHouseholdCode(code, highest.isEmpty() ? null : after(highest.get(0)));
    }

    /** {@code HL-009} → {@code HL-010}; a number that outgrows its width takes one more digit. */
    static String after(String code) {
        Matcher m = NUMBERED.matcher(code);
        if (!m.matches()) {
            throw new IllegalArgumentException("No numeric suffix in " + code);
        }
        String digits = m.group(2);
        String next = new BigInteger(digits).add(BigInteger.ONE).toString();
        return m.group(1) + "0".repeat(Math.max(0, digits.length() - next.length())) + next;
    }
}
