package vn.householdledger.query.assistance;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.springframework.stereotype.Component;
import vn.householdledger.events.assistance.AssistanceProvided;
import vn.householdledger.events.assistance.HealthInsuranceIssued;
import vn.householdledger.events.assistance.LoanDisbursed;
import vn.householdledger.events.assistance.LoanRepaid;
import vn.householdledger.events.assistance.LoanReopened;
import vn.householdledger.events.assistance.LoanSettled;
import vn.householdledger.events.assistance.RecordVoided;
import vn.householdledger.events.household.PlacesHousehold;
import vn.householdledger.query.projection.ReadModelWriter;

/**
 * Reads {@link PlacesHousehold} (registration, transfer), {@link LoanDisbursed}, {@link LoanRepaid},
 * {@link LoanSettled}, {@link LoanReopened}, {@link HealthInsuranceIssued}, {@link AssistanceProvided}
 * and {@link RecordVoided}; owns {@code assistance_household}, {@code assistance_loan},
 * {@code assistance_repayment}, {@code assistance_card} and {@code assistance_other} (and the view
 * {@code assistance_record} over them); serves the loans, insurance and assistance of
 * {@code GET /api/households/{id}} and {@code GET /api/audit/assistance}. It only records: every
 * balance and decision comes from the events. Each record keeps the commune the household was in
 * when it was recorded, who recorded it and when.
 */
@Component
@ProcessingGroup(AssistanceProjection.NAME)
public class AssistanceProjection {

    public static final String NAME = "assistance";
    private static final String RECORDED_BY = "recordedBy";
    private static final String COMMUNE_NOW = "(SELECT commune_code FROM query_side.assistance_household WHERE household_id = ?)";

    private final ReadModelWriter writer;

    public AssistanceProjection(ReadModelWriter writer) {
        this.writer = writer;
    }

    @EventHandler
    void on(PlacesHousehold event) {
        writer.write("""
                INSERT INTO query_side.assistance_household (household_id, commune_code) VALUES (?, ?)
                ON CONFLICT (household_id) DO UPDATE SET commune_code = excluded.commune_code""",
                event.householdId(), event.communeCode());
    }

    @EventHandler
    void on(LoanDisbursed event, @MetaDataValue(RECORDED_BY) String recordedBy, @Timestamp Instant recordedAt) {
        writer.write("""
                INSERT INTO query_side.assistance_loan (household_id, loan_id, commune_code, programme, principal,
                       annual_interest_rate_percent, term_months, disbursed_on, matures_on, lender, purpose, addresses,
                       outstanding, recorded_by, recorded_at)
                VALUES (?, ?, %s, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""".formatted(COMMUNE_NOW),
                event.householdId(), event.loanId(), event.householdId(), event.programme().name(), event.principal(),
                event.annualInterestRatePercent(), event.termMonths(), event.disbursedOn(), event.maturesOn(),
                event.lender(), event.purpose(), codes(event.addresses()), event.principal(), recordedBy, at(recordedAt));
    }

    @EventHandler
    void on(LoanRepaid event, @MetaDataValue(RECORDED_BY) String recordedBy, @Timestamp Instant recordedAt) {
        writer.write("""
                INSERT INTO query_side.assistance_repayment (household_id, repayment_id, loan_id, commune_code, amount,
                       paid_on, outstanding_after, recorded_by, recorded_at)
                VALUES (?, ?, ?, %s, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""".formatted(COMMUNE_NOW),
                event.householdId(), event.repaymentId(), event.loanId(), event.householdId(), event.amount(),
                event.paidOn(), event.outstandingAfter(), recordedBy, at(recordedAt));
        writer.write("UPDATE query_side.assistance_loan SET outstanding = ? WHERE household_id = ? AND loan_id = ?",
                event.outstandingAfter(), event.householdId(), event.loanId());
    }

    @EventHandler
    void on(LoanSettled event) {
        writer.write("UPDATE query_side.assistance_loan SET settled_on = ? WHERE household_id = ? AND loan_id = ?",
                event.settledOn(), event.householdId(), event.loanId());
    }

    @EventHandler
    void on(LoanReopened event) {
        writer.write("UPDATE query_side.assistance_loan SET settled_on = NULL WHERE household_id = ? AND loan_id = ?",
                event.householdId(), event.loanId());
    }

    @EventHandler
    void on(HealthInsuranceIssued event, @MetaDataValue(RECORDED_BY) String recordedBy, @Timestamp Instant recordedAt) {
        writer.write("""
                INSERT INTO query_side.assistance_card (household_id, card_id, commune_code, member_id, card_number,
                       valid_from, valid_to, state_subsidy_percent, funding_source, recorded_by, recorded_at)
                VALUES (?, ?, %s, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""".formatted(COMMUNE_NOW),
                event.householdId(), event.cardId(), event.householdId(), event.memberId(), event.cardNumber(),
                event.validFrom(), event.validTo(), event.stateSubsidyPercent(), event.fundingSource(), recordedBy,
                at(recordedAt));
    }

    @EventHandler
    void on(AssistanceProvided event, @MetaDataValue(RECORDED_BY) String recordedBy, @Timestamp Instant recordedAt) {
        writer.write("""
                INSERT INTO query_side.assistance_other (household_id, assistance_id, commune_code, kind, description,
                       amount, provided_on, funding_source, addresses, recorded_by, recorded_at)
                VALUES (?, ?, %s, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""".formatted(COMMUNE_NOW),
                event.householdId(), event.assistanceId(), event.householdId(), event.kind().name(), event.description(),
                event.amount(), event.providedOn(), event.fundingSource(), codes(event.addresses()), recordedBy,
                at(recordedAt));
    }

    /** Marks the record; a voided repayment is owed again (a settled loan's reopening follows as its own event). */
    @EventHandler
    void on(RecordVoided event, @MetaDataValue(RECORDED_BY) String voidedBy, @Timestamp Instant voidedAt) {
        RecordTable table = RecordTable.of(event.recordKind());
        if (table == RecordTable.REPAYMENT) {
            writer.write("""
                    UPDATE query_side.assistance_loan l SET outstanding = l.outstanding + r.amount
                      FROM query_side.assistance_repayment r
                     WHERE r.household_id = ? AND r.repayment_id = ? AND NOT r.voided
                       AND l.household_id = r.household_id AND l.loan_id = r.loan_id""",
                    event.householdId(), event.recordId());
        }
        writer.write("""
                UPDATE query_side.%s SET voided = TRUE, void_reason = ?, voided_on = ?, voided_by = ?, voided_at = ?
                WHERE household_id = ? AND %s = ?""".formatted(table.table(), table.idColumn()),
                event.reason(), event.voidedOn(), voidedBy, at(voidedAt), event.householdId(), event.recordId());
    }

    @ResetHandler
    void reset() {
        writer.write("""
                TRUNCATE query_side.assistance_household, query_side.assistance_loan, query_side.assistance_repayment,
                         query_side.assistance_card, query_side.assistance_other""");
    }

    private static String[] codes(List<String> codes) {
        return codes == null ? new String[0] : codes.toArray(String[]::new);
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
