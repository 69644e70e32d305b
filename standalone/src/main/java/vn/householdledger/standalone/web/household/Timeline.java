package vn.householdledger.standalone.web.household;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import vn.householdledger.api.household.History;
import vn.householdledger.api.household.HistoryEvent;
import vn.householdledger.events.assistance.AssistanceProvided;
import vn.householdledger.events.assistance.HealthInsuranceIssued;
import vn.householdledger.events.assistance.LoanDisbursed;
import vn.householdledger.events.assistance.LoanReopened;
import vn.householdledger.events.assistance.LoanRepaid;
import vn.householdledger.events.assistance.RecordVoided;
import vn.householdledger.events.household.EscapePledged;
import vn.householdledger.events.household.HeadChanged;
import vn.householdledger.events.household.HouseholdAssessed;
import vn.householdledger.events.household.HouseholdBecamePoor;
import vn.householdledger.events.household.HouseholdClosed;
import vn.householdledger.events.household.HouseholdEscapedNearPoverty;
import vn.householdledger.events.household.HouseholdEscapedPoverty;
import vn.householdledger.events.household.HouseholdFellBackIntoPoverty;
import vn.householdledger.events.household.HouseholdRegistered;
import vn.householdledger.events.household.HouseholdTransferred;
import vn.householdledger.events.household.MemberDeparted;
import vn.householdledger.events.household.MemberJoined;
import vn.householdledger.standalone.web.Formats;
import vn.householdledger.standalone.web.table.Column;
import vn.householdledger.standalone.web.table.Table;

/**
 * A household's history as a table a person reads: each event's business date, what happened in a
 * line, who recorded it and when; for auditors also the event's data exactly as stored.
 */
@Component
public class Timeline {

    private final Formats fmt;
    private final ObjectMapper json;

    public Timeline(Formats fmt, ObjectMapper json) {
        this.fmt = fmt;
        this.json = json;
    }

    /** {@code members}: member id → name, to name the people events mention by id. */
    public Table table(History history, Map<UUID, String> members, boolean withData) {
        Table.Builder table = Table.builder("timeline", fmt.message("household.timeline"))
                .columns(Column.date(fmt.message("timeline.date")), Column.code(fmt.message("timeline.event"), "event"),
                        Column.text(fmt.message("timeline.detail")), Column.text(fmt.message("common.recordedBy")),
                        Column.instant(fmt.message("common.recordedAt")));
        if (withData) {
            table.columns(Column.number(fmt.message("timeline.sequence")), Column.text(fmt.message("timeline.data")));
        }
        for (HistoryEvent event : history.events()) {
            Object data = event.data();
            Object recordedBy = event.recordedBy();
            if (withData) {
                table.row(null, businessDate(data), event.type(), detail(data, members),
                        recordedBy == null ? null : recordedBy.toString(), event.occurredAt(), event.sequence(), asJson(data));
            } else {
                table.row(null, businessDate(data), event.type(), detail(data, members),
                        recordedBy == null ? null : recordedBy.toString(), event.occurredAt());
            }
        }
        return table.build();
    }

    /** Every event carries the date it happened in the world: its first date component. */
    static LocalDate businessDate(Object event) {
        if (event != null && event.getClass().isRecord()) {
            for (RecordComponent component : event.getClass().getRecordComponents()) {
                if (component.getType() == LocalDate.class) {
                    try {
                        return (LocalDate) component.getAccessor().invoke(event);
                    } catch (ReflectiveOperationException e) {
                        throw new IllegalStateException("Unreadable event " + event.getClass().getSimpleName(), e);
                    }
                }
            }
        }
        return null;
    }

    String detail(Object event, Map<UUID, String> members) {
        if (event instanceof HouseholdRegistered e) {
            return fmt.message("event.detail.registered", e.code(), e.members().size());
        }
        if (event instanceof MemberJoined e) {
            return e.member().fullName();
        }
        if (event instanceof MemberDeparted e) {
            return members.getOrDefault(e.memberId(), "") + " — " + fmt.label("departure", e.reason());
        }
        if (event instanceof HeadChanged e) {
            return e.fullName();
        }
        if (event instanceof HouseholdAssessed e) {
            return fmt.message("event.detail.assessed", e.year(), fmt.label("classification", e.classification()),
                    fmt.money(e.incomePerCapitaMonthly()), e.deprivations().size());
        }
        if (event instanceof HouseholdBecamePoor e) {
            return fmt.message("event.detail.year", e.year());
        }
        if (event instanceof HouseholdEscapedPoverty e) {
            return fmt.message("event.detail.year", e.year()) + " → " + fmt.label("classification", e.to());
        }
        if (event instanceof HouseholdFellBackIntoPoverty e) {
            return fmt.message("event.detail.year", e.year());
        }
        if (event instanceof HouseholdEscapedNearPoverty e) {
            return fmt.message("event.detail.year", e.year());
        }
        if (event instanceof EscapePledged e) {
            return fmt.message("event.detail.year", e.year());
        }
        if (event instanceof HouseholdTransferred e) {
            return e.fromCommuneCode() + " → " + e.toCommuneCode();
        }
        if (event instanceof HouseholdClosed e) {
            return fmt.label("closure", e.reason());
        }
        if (event instanceof LoanDisbursed e) {
            return fmt.label("programme", e.programme()) + ", " + fmt.money(e.principal());
        }
        if (event instanceof LoanRepaid e) {
            return fmt.money(e.amount()) + " — " + fmt.message("loan.outstanding") + " " + fmt.money(e.outstandingAfter());
        }
        if (event instanceof LoanReopened e) {
            return fmt.message("loan.outstanding") + " " + fmt.money(e.outstanding());
        }
        if (event instanceof HealthInsuranceIssued e) {
            return e.cardNumber() + " — " + members.getOrDefault(e.memberId(), "");
        }
        if (event instanceof AssistanceProvided e) {
            return fmt.label("kind", e.kind()) + ": " + e.description()
                    + (e.amount() == null ? "" : ", " + fmt.money(e.amount()));
        }
        if (event instanceof RecordVoided e) {
            return fmt.label("record", e.recordKind()) + ": " + e.reason();
        }
        return "";
    }

    private String asJson(Object data) {
        try {
            return json.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            return String.valueOf(data);
        }
    }
}
