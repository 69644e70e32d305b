package vn.householdledger.query.assistance;

import io.swagger.v3.oas.annotations.Operation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.householdledger.api.assistance.AuditItem;
import vn.householdledger.api.assistance.AuditPage;
import vn.householdledger.api.assistance.RecordKind;
import vn.householdledger.api.time.BusinessCalendar;
import vn.householdledger.platform.problem.InvalidInput;
import vn.householdledger.api.audit.ReadKind;
import vn.householdledger.query.audit.AuditedRead;

/**
 * For auditors: every loan, repayment, health insurance card and other assistance whose business date
 * lies in {@code [from, to]}, voided ones included and marked with their voiding, each with the commune
 * the household was in when it was recorded, who recorded it and when. Ordered by business date, then
 * by when it was recorded.
 */
@RestController
public class AssistanceAuditController {

    private static final int MAX_SIZE = 1000;

    private final JdbcTemplate jdbc;

    public AssistanceAuditController(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Operation(summary = "Audit the help, loans, repayments and cards recorded for a period")
    @GetMapping("/api/audit/assistance")
    @AuditedRead(ReadKind.ASSISTANCE_AUDIT)
    public AuditPage audit(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                           @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                           @RequestParam(required = false) String commune,
                           @RequestParam(required = false) String recordedBy,
                           @RequestParam(required = false) RecordKind kind,
                           @RequestParam(defaultValue = "0") int page,
                           @RequestParam(defaultValue = "50") int size) {
        requirePlausible("from", from);
        requirePlausible("to", to);
        if (from != null && to != null && to.isBefore(from)) {
            throw new InvalidInput("to", "audit.to.beforeFrom");
        }
        if (page < 0) {
            throw new InvalidInput("page", "number.negative");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidInput("size", "page.size", MAX_SIZE);
        }
        StringBuilder where = new StringBuilder(" WHERE TRUE");
        List<Object> args = new ArrayList<>();
        condition(where, args, " AND business_date >= ?", from);
        condition(where, args, " AND business_date <= ?", to);
        condition(where, args, " AND commune_code = ?", commune);
        condition(where, args, " AND recorded_by = ?", recordedBy);
        condition(where, args, " AND kind = ?", kind == null ? null : kind.name());
        Long total = jdbc.queryForObject("SELECT count(*) FROM query_side.assistance_record" + where, Long.class,
                args.toArray());
        args.add(size);
        args.add((long) page * size);
        List<AuditItem> items = jdbc.query("""
                        SELECT record_id, kind, household_id, commune_code, amount, business_date, recorded_by, recorded_at,
                               voided, void_reason, voided_on, voided_by, voided_at, category, detail, loan_id, member_id,
                               (SELECT h.code FROM query_side.household h WHERE h.household_id = r.household_id),
                               (SELECT m.full_name FROM query_side.household_member m
                                 WHERE m.household_id = r.household_id AND m.relation = 'HEAD' AND m.departed_on IS NULL)
                          FROM query_side.assistance_record r""" + where
                        + " ORDER BY business_date, recorded_at, record_id LIMIT ? OFFSET ?",
                (rs, i) -> new AuditItem(rs.getObject(1, UUID.class), RecordKind.valueOf(rs.getString(2)),
                        rs.getObject(3, UUID.class), rs.getString(4), rs.getObject(5, Long.class),
                        rs.getObject(6, LocalDate.class), rs.getString(7), HouseholdAssistance.instant(rs, 8),
                        rs.getBoolean(9), rs.getString(10), rs.getObject(11, LocalDate.class), rs.getString(12),
                        HouseholdAssistance.instant(rs, 13), rs.getString(14), rs.getString(15),
                        rs.getObject(16, UUID.class), rs.getObject(17, UUID.class), rs.getString(18), rs.getString(19)),
                args.toArray());
        return new AuditPage(total == null ? 0 : total, page, size, items);
    }

    private static void requirePlausible(String field, LocalDate date) {
        if (date != null && !BusinessCalendar.isPlausible(date)) {
            throw new InvalidInput(field, "input.date.years", BusinessCalendar.FIRST_YEAR, BusinessCalendar.LAST_YEAR);
        }
    }

    private static void condition(StringBuilder where, List<Object> args, String sql, Object value) {
        if (value != null && !(value instanceof String text && text.isBlank())) {
            where.append(sql);
            args.add(value);
        }
    }
}
