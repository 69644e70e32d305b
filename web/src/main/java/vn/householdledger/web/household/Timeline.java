package vn.householdledger.web.household;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import vn.householdledger.api.household.History;
import vn.householdledger.api.household.HistoryEvent;
import vn.householdledger.api.time.BusinessCalendar;
import vn.householdledger.web.Formats;
import vn.householdledger.web.table.Column;
import vn.householdledger.web.table.Table;

/**
 * A household's history as a table a person reads: each event's business date, what happened in a
 * line, who recorded it and when; for auditors also the event's data exactly as stored, one click away.
 */
@Component
public class Timeline {

    private final Formats fmt;

    public Timeline(Formats fmt) {
        this.fmt = fmt;
    }

    /** {@code members}: member id → name, to name the people events mention by id. */
    public Table table(History history, Map<UUID, String> members, boolean withData) {
        Table.Builder table = Table.builder("timeline", fmt.message("household.timeline"))
                .columns(Column.date(fmt.message("timeline.date")), Column.code(fmt.message("timeline.event"), "event"),
                        Column.text(fmt.message("timeline.detail")), Column.text(fmt.message("common.recordedBy")),
                        Column.instant(fmt.message("common.recordedAt")));
        if (withData) {
            table.columns(Column.number(fmt.message("timeline.sequence")), Column.data(fmt.message("timeline.data")));
        }
        for (HistoryEvent event : inDateOrder(history)) {
            String detail = detail(event.type(), event.data(), members);
            if (withData) {
                table.row(null, event.businessDate(), event.type(), detail, event.recordedBy(), event.occurredAt(),
                        event.sequence(), event.data().toPrettyString());
            } else {
                table.row(null, event.businessDate(), event.type(), detail, event.recordedBy(), event.occurredAt());
            }
        }
        return table.build();
    }

    /**
     * The events by the day they happened, those of one day in the order they were recorded: history brought
     * in later reads where it belongs. An event without a business date stands on the day it was recorded.
     */
    static List<HistoryEvent> inDateOrder(History history) {
        return history.events().stream()
                .sorted(Comparator.comparing((HistoryEvent e) -> e.businessDate() != null ? e.businessDate()
                                : LocalDate.ofInstant(e.occurredAt(), BusinessCalendar.VIETNAM))
                        .thenComparingLong(HistoryEvent::sequence))
                .toList();
    }

    /** What happened, in a line: the event's data read by the field names of its stored shape. */
    String detail(String type, JsonNode e, Map<UUID, String> members) {
        return switch (type) {
            case "HouseholdRegistered" -> fmt.message("event.detail.registered", text(e, "code"), e.path("members").size());
            case "MemberJoined" -> text(e.path("member"), "fullName");
            case "MemberDeparted" -> member(e, "memberId", members) + " — " + fmt.label("departure", text(e, "reason"));
            case "HeadChanged" -> text(e, "fullName");
            case "HouseholdAssessed" -> fmt.message("event.detail.assessed", e.path("year").asInt(),
                    fmt.label("classification", text(e, "classification")), fmt.money(e.path("incomePerCapitaMonthly").asLong()),
                    e.path("deprivations").size()) + decision(e);
            case "AssessmentVoided" -> text(e, "reason");
            case "AssessmentRestated" -> fmt.message("event.detail.restated", e.path("year").asInt(),
                    fmt.label("classification", text(e, "classification")), fmt.date(date(e, "classificationSince")));
            case "HouseholdEscapedPoverty" -> year(e) + " → " + fmt.label("classification", text(e, "to"));
            case "HouseholdBecamePoor", "HouseholdFellBackIntoPoverty", "HouseholdEscapedNearPoverty", "EscapePledged" -> year(e);
            case "HouseholdTransferred" -> text(e, "fromCommuneCode") + " → " + text(e, "toCommuneCode");
            case "HouseholdClosed" -> fmt.label("closure", text(e, "reason"));
            case "HouseholdErased" -> text(e, "reason");
            case "LoanDisbursed" -> fmt.label("programme", text(e, "programme")) + ", " + fmt.money(e.path("principal").asLong());
            case "LoanRepaid" -> fmt.money(e.path("amount").asLong()) + " — " + fmt.message("loan.outstanding") + " "
                    + fmt.money(e.path("outstandingAfter").asLong());
            case "LoanReopened" -> fmt.message("loan.outstanding") + " " + fmt.money(e.path("outstanding").asLong());
            case "HealthInsuranceIssued" -> text(e, "cardNumber") + " — " + member(e, "memberId", members);
            case "AssistanceProvided" -> fmt.label("kind", text(e, "kind")) + ": " + text(e, "description")
                    + (e.path("amount").isNumber() ? ", " + fmt.money(e.path("amount").asLong()) : "");
            case "RecordVoided" -> fmt.label("record", text(e, "recordKind")) + ": " + text(e, "reason");
            default -> "";
        };
    }

    /** The chair's decision that recognised a review's outcome, when the assessment names one. */
    private String decision(JsonNode event) {
        String number = text(event, "decisionNumber");
        return number.isEmpty() ? "" : " — " + fmt.message("event.detail.decision", number);
    }

    private String year(JsonNode event) {
        return fmt.message("event.detail.year", event.path("year").asInt());
    }

    private static String text(JsonNode event, String field) {
        return event.path(field).asText("");
    }

    private static LocalDate date(JsonNode event, String field) {
        String day = text(event, field);
        return day.isEmpty() ? null : LocalDate.parse(day);
    }

    private static String member(JsonNode event, String field, Map<UUID, String> members) {
        String id = text(event, field);
        return id.isEmpty() ? "" : members.getOrDefault(UUID.fromString(id), "");
    }
}
