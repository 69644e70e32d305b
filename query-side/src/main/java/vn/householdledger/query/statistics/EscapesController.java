package vn.householdledger.query.statistics;

import io.swagger.v3.oas.annotations.Operation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.householdledger.api.Page;
import vn.householdledger.api.statistics.Escape;
import vn.householdledger.api.statistics.HelpReceived;
import vn.householdledger.api.statistics.Why;
import vn.householdledger.query.read.CommuneScope;
import vn.householdledger.query.read.PageRequest;
import vn.householdledger.query.read.SqlArrays;
import vn.householdledger.api.audit.ReadKind;
import vn.householdledger.query.audit.AuditedRead;

/**
 * Who escaped poverty or near-poverty in the review of a year, and why: the escaping assessment
 * compared with the standing one before it (voided assessments and their moves are left out), and the
 * help (loans and other assistance, voided ones left out) recorded with business dates between the two.
 */
@RestController
public class EscapesController {

    private record Found(UUID householdId, String code, String communeCode, String from, String to, LocalDate decidedOn,
                         LocalDate before, Long incomeBefore, List<String> deprivationsBefore, List<String> causesBefore,
                         long incomeAfter, List<String> deprivationsAfter) {
    }

    private final JdbcTemplate jdbc;

    public EscapesController(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Operation(summary = "List the households a year's review moved out of poverty, and why")
    @GetMapping("/api/escapes")
    @AuditedRead(ReadKind.ESCAPES)
    public Page<Escape> escapes(@RequestParam int year, @RequestParam(required = false) String commune,
                                            @RequestParam(required = false) Integer page,
                                            @RequestParam(required = false) Integer size) {
        String[] scope = CommuneScope.of(commune).sqlArray();
        List<Found> found = jdbc.query("""
                        SELECT * FROM (
                            SELECT m.household_id, h.code, query_side.commune_on(m.household_id, m.decided_on) AS commune,
                                   m.from_class, m.to_class, m.decided_on, prev.assessed_on AS before, prev.income AS income_before,
                                   prev.deprivations AS deprivations_before, prev.causes AS causes_before,
                                   esc.income AS income_after, esc.deprivations AS deprivations_after
                              FROM query_side.review_move m
                              JOIN query_side.household h ON h.household_id = m.household_id
                              JOIN query_side.review_assessment esc
                                ON esc.household_id = m.household_id AND esc.sequence_number = m.assessment_sequence
                              LEFT JOIN LATERAL (
                                   SELECT a.assessed_on, a.income, a.deprivations, a.causes FROM query_side.review_assessment a
                                    WHERE a.household_id = m.household_id AND a.sequence_number < esc.sequence_number
                                      AND NOT a.voided
                                    ORDER BY a.sequence_number DESC LIMIT 1) prev ON TRUE
                             WHERE m.year = ? AND m.kind IN ('ESCAPED_POVERTY', 'ESCAPED_NEAR_POVERTY')) e
                         WHERE CAST(? AS TEXT[]) IS NULL OR e.commune = ANY (CAST(? AS TEXT[]))
                         ORDER BY e.commune, e.code""",
                (rs, i) -> new Found(rs.getObject("household_id", UUID.class), rs.getString("code"), rs.getString("commune"),
                        rs.getString("from_class"), rs.getString("to_class"), rs.getObject("decided_on", LocalDate.class),
                        rs.getObject("before", LocalDate.class), rs.getObject("income_before", Long.class),
                        SqlArrays.strings(rs.getArray("deprivations_before")), SqlArrays.strings(rs.getArray("causes_before")),
                        rs.getLong("income_after"), SqlArrays.strings(rs.getArray("deprivations_after"))),
                year, scope, scope);
        Page<Found> shown = PageRequest.of(page, size).of(found);
        Map<UUID, List<HelpReceived>> help = helpOf(shown.items().stream().map(Found::householdId).toList());
        return new Page<>(shown.total(), shown.page(), shown.size(),
                shown.items().stream().map(f -> escape(f, help.getOrDefault(f.householdId(), List.of()))).toList());
    }

    private static Escape escape(Found f, List<HelpReceived> allHelp) {
        List<HelpReceived> between = allHelp.stream()
                .filter(h -> (f.before() == null || !h.date().isBefore(f.before())) && !h.date().isAfter(f.decidedOn()))
                .toList();
        Set<String> addressed = new LinkedHashSet<>();
        between.forEach(h -> addressed.addAll(h.addresses()));
        List<String> cleared = f.deprivationsBefore().stream().filter(d -> !f.deprivationsAfter().contains(d)).toList();
        List<String> causes = f.causesBefore().stream().filter(addressed::contains).toList();
        return new Escape(f.householdId(), f.code(), f.communeCode(), f.from(), f.to(), f.decidedOn(),
                new Why(f.incomeBefore(), f.incomeAfter(), cleared, causes, between));
    }

    /** Every loan and other assistance not voided of the given households, oldest first. */
    private Map<UUID, List<HelpReceived>> helpOf(List<UUID> households) {
        Map<UUID, List<HelpReceived>> help = new HashMap<>();
        if (households.isEmpty()) {
            return help;
        }
        String[] ids = households.stream().map(UUID::toString).toArray(String[]::new);
        jdbc.query("""
                        SELECT household_id, 'LOAN' AS kind, loan_id AS record_id, programme AS category, principal AS amount,
                               disbursed_on AS date, addresses
                          FROM query_side.assistance_loan WHERE NOT voided AND household_id = ANY (CAST(? AS UUID[]))
                        UNION ALL
                        SELECT household_id, 'ASSISTANCE', assistance_id, kind, amount, provided_on, addresses
                          FROM query_side.assistance_other WHERE NOT voided AND household_id = ANY (CAST(? AS UUID[]))
                         ORDER BY date, record_id""",
                rs -> {
                    help.computeIfAbsent(rs.getObject("household_id", UUID.class), h -> new ArrayList<>())
                            .add(new HelpReceived(rs.getString("kind"), rs.getObject("record_id", UUID.class), rs.getString("category"),
                                    rs.getObject("amount", Long.class), rs.getObject("date", LocalDate.class),
                                    SqlArrays.strings(rs.getArray("addresses"))));
                }, ids, ids);
        return help;
    }

}
