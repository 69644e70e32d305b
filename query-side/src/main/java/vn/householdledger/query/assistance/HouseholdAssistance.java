package vn.householdledger.query.assistance;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.householdledger.api.assistance.AssistanceView;
import vn.householdledger.api.assistance.CardView;
import vn.householdledger.api.assistance.LoanView;
import vn.householdledger.api.assistance.RepaymentView;
import vn.householdledger.api.time.BusinessCalendar;

/**
 * The help one household received, for {@code GET /api/households/{id}}: every loan (open, settled or
 * voided) with what it owes and its repayments, every health insurance card with whether it is valid
 * today, and the other assistance. Voided records are listed and marked, never hidden.
 */
@Component
public class HouseholdAssistance {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    public HouseholdAssistance(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public List<LoanView> loans(UUID householdId) {
        Map<UUID, List<RepaymentView>> repayments = jdbc.query("""
                        SELECT loan_id, repayment_id, amount, paid_on, outstanding_after, recorded_by, recorded_at, voided, void_reason
                          FROM query_side.assistance_repayment WHERE household_id = ? ORDER BY paid_on, recorded_at""",
                (rs, i) -> Map.entry(rs.getObject(1, UUID.class), new RepaymentView(rs.getObject(2, UUID.class),
                        rs.getLong(3), rs.getObject(4, LocalDate.class), rs.getLong(5), rs.getString(6), instant(rs, 7),
                        rs.getBoolean(8), rs.getString(9))),
                householdId).stream().collect(Collectors.groupingBy(Map.Entry::getKey,
                Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        return jdbc.query("""
                        SELECT loan_id, programme, principal, annual_interest_rate_percent, term_months, disbursed_on, lender,
                               purpose, addresses, outstanding, settled_on, recorded_by, recorded_at, voided, void_reason,
                               matures_on
                          FROM query_side.assistance_loan WHERE household_id = ? ORDER BY disbursed_on, recorded_at""",
                (rs, i) -> {
                    boolean voided = rs.getBoolean(14);
                    LocalDate settledOn = rs.getObject(11, LocalDate.class);
                    return new LoanView(rs.getObject(1, UUID.class), rs.getString(2), rs.getLong(3), rs.getBigDecimal(4),
                            rs.getInt(5), rs.getObject(6, LocalDate.class), rs.getObject(16, LocalDate.class),
                            rs.getString(7), rs.getString(8), codes(rs.getArray(9)), rs.getLong(10),
                            voided ? "VOIDED" : settledOn != null ? "SETTLED" : "OPEN", settledOn, rs.getString(12),
                            instant(rs, 13), voided, rs.getString(15),
                            repayments.getOrDefault(rs.getObject(1, UUID.class), List.of()));
                },
                householdId);
    }

    public List<CardView> insurance(UUID householdId) {
        LocalDate today = BusinessCalendar.today(clock);
        return jdbc.query("""
                        SELECT card_id, member_id, card_number, valid_from, valid_to, state_subsidy_percent, funding_source,
                               recorded_by, recorded_at, voided, void_reason
                          FROM query_side.assistance_card WHERE household_id = ? ORDER BY valid_from, recorded_at""",
                (rs, i) -> {
                    LocalDate from = rs.getObject(4, LocalDate.class);
                    LocalDate to = rs.getObject(5, LocalDate.class);
                    boolean voided = rs.getBoolean(10);
                    return new CardView(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3), from, to,
                            rs.getInt(6), rs.getString(7), !voided && !today.isBefore(from) && !today.isAfter(to),
                            rs.getString(8), instant(rs, 9), voided, rs.getString(11));
                },
                householdId);
    }

    public List<AssistanceView> assistance(UUID householdId) {
        return jdbc.query("""
                        SELECT assistance_id, kind, description, amount, provided_on, funding_source, addresses,
                               recorded_by, recorded_at, voided, void_reason
                          FROM query_side.assistance_other WHERE household_id = ? ORDER BY provided_on, recorded_at""",
                (rs, i) -> new AssistanceView(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                        rs.getObject(4, Long.class), rs.getObject(5, LocalDate.class), rs.getString(6),
                        codes(rs.getArray(7)), rs.getString(8), instant(rs, 9), rs.getBoolean(10), rs.getString(11)),
                householdId);
    }

    static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
        return at == null ? null : at.toInstant();
    }

    private static List<String> codes(Array array) throws SQLException {
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }
}
