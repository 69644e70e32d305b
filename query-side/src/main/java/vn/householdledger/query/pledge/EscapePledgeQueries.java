package vn.householdledger.query.pledge;

import java.time.LocalDate;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.householdledger.api.Page;
import vn.householdledger.api.statistics.EscapePledgeItem;
import vn.householdledger.api.statistics.PledgeOutcome;
import vn.householdledger.query.read.CommuneScope;
import vn.householdledger.query.read.PageRequest;

/**
 * The pledges of a year with their outcome: {@code ESCAPED} when the review of that year moved the
 * household out of poverty or near-poverty (a move of an assessment not voided, as {@code GET /api/escapes}
 * counts it), {@code NOT_YET} when that review assessed it otherwise, {@code NOT_REVIEWED} before it has.
 */
@Component
public class EscapePledgeQueries {

    private final JdbcTemplate jdbc;

    public EscapePledgeQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Page<EscapePledgeItem> ofYear(int year, CommuneScope scope, PageRequest page) {
        String[] communes = scope.sqlArray();
        String pledges = """
                SELECT p.household_id, h.code, query_side.commune_on(p.household_id, p.pledged_on) AS commune,
                       head.full_name AS head_name, p.year, p.pledged_on,
                       CASE WHEN EXISTS (SELECT 1 FROM query_side.review_move m
                                          WHERE m.household_id = p.household_id AND m.year = p.year
                                            AND m.kind IN ('ESCAPED_POVERTY', 'ESCAPED_NEAR_POVERTY')) THEN 'ESCAPED'
                            WHEN EXISTS (SELECT 1 FROM query_side.review_assessment a
                                          WHERE a.household_id = p.household_id AND a.year = p.year AND NOT a.voided) THEN 'NOT_YET'
                            ELSE 'NOT_REVIEWED' END AS outcome
                  FROM query_side.escape_pledge p
                  JOIN query_side.household h ON h.household_id = p.household_id
                  LEFT JOIN query_side.household_member head
                    ON head.household_id = p.household_id AND head.relation = 'HEAD' AND head.departed_on IS NULL
                 WHERE p.year = ?""";
        String scoped = "FROM (" + pledges + ") e WHERE CAST(? AS TEXT[]) IS NULL OR e.commune = ANY (CAST(? AS TEXT[]))";
        long total = jdbc.queryForObject("SELECT count(*) " + scoped, Long.class, year, communes, communes);
        var items = jdbc.query("SELECT * " + scoped + " ORDER BY e.commune, e.code LIMIT ? OFFSET ?",
                (rs, i) -> new EscapePledgeItem(rs.getObject("household_id", UUID.class), rs.getString("code"),
                        rs.getString("commune"), rs.getString("head_name"), rs.getInt("year"),
                        rs.getObject("pledged_on", LocalDate.class), PledgeOutcome.valueOf(rs.getString("outcome"))),
                year, communes, communes, page.size(), page.offset());
        return new Page<>(total, page.page(), page.size(), items);
    }
}
