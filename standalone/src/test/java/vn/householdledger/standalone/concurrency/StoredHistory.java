package vn.householdledger.standalone.concurrency;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.householdledger.platform.erasure.HouseholdKeys;
import vn.householdledger.platform.erasure.PersonalFields;
import vn.householdledger.testing.LedgerApi;

/**
 * One household's history as the event store itself holds it (rows of
 * {@code event_store.domain_event_entry}, payloads as JSON), and what follows from it: the members
 * present, the loans and what they owe, the cards that count, whether and when it closed.
 */
final class StoredHistory {

    record Event(long sequence, String type, JsonNode data) {
    }

    /** A loan as its events tell it: principal and, by id, each repayment and whether it still counts. */
    record Loan(long principal, Map<UUID, Long> repayments, Set<UUID> voidedRepayments) {
        long outstanding() {
            return principal - repayments.entrySet().stream().filter(r -> !voidedRepayments.contains(r.getKey()))
                    .mapToLong(Map.Entry::getValue).sum();
        }
    }

    record Card(UUID cardId, UUID memberId, LocalDate from, LocalDate to) {
        boolean overlaps(Card other) {
            return memberId.equals(other.memberId) && !from.isAfter(other.to) && !to.isBefore(other.from);
        }
    }

    final List<Event> events = new ArrayList<>();
    final Map<UUID, String> presentMembers = new LinkedHashMap<>();
    final Map<UUID, Loan> loans = new LinkedHashMap<>();
    final Map<UUID, Card> cards = new LinkedHashMap<>();
    final Set<UUID> voided = new HashSet<>();
    /** The lowest outstanding any repayment event recorded, per loan: never below zero. */
    final Map<UUID, Long> lowestOutstandingAfter = new HashMap<>();
    String commune;
    Long closedAt;

    /** The household's stored events, their sealed personal values opened with its key ({@link PersonalFields}). */
    static StoredHistory of(JdbcTemplate jdbc, HouseholdKeys keys, UUID householdId) {
        StoredHistory history = new StoredHistory();
        jdbc.query("""
                        SELECT sequence_number, payload_type, convert_from(payload, 'UTF8')
                          FROM event_store.domain_event_entry WHERE aggregate_identifier = ? ORDER BY sequence_number""",
                rs -> {
                    String type = rs.getString(2);
                    JsonNode data = json(rs.getString(3));
                    if (PersonalFields.carriedBy(type)) {
                        PersonalFields.open(type, (ObjectNode) data, keys.find(householdId));
                    }
                    history.apply(new Event(rs.getLong(1), type.substring(type.lastIndexOf('.') + 1), data));
                }, householdId.toString());
        return history;
    }

    /** The ids that events of {@code type} carry in {@code field}, with repeats. */
    List<String> ids(String type, String... path) {
        List<String> ids = new ArrayList<>();
        for (Event event : events) {
            if (event.type().equals(type)) {
                JsonNode node = event.data();
                for (String step : path) {
                    node = node.path(step);
                }
                ids.add(node.asText());
            }
        }
        return ids;
    }

    long count(String type) {
        return events.stream().filter(e -> e.type().equals(type)).count();
    }

    Set<Card> countingCards() {
        Set<Card> counting = new LinkedHashSet<>(cards.values());
        counting.removeIf(card -> voided.contains(card.cardId()));
        return counting;
    }

    private void apply(Event event) {
        events.add(event);
        JsonNode data = event.data();
        switch (event.type()) {
            case "HouseholdRegistered" -> {
                commune = data.get("communeCode").asText();
                data.get("members").forEach(m -> presentMembers.put(id(m, "memberId"), m.path("nationalId").asText(null)));
            }
            case "MemberJoined" -> presentMembers.put(id(data.get("member"), "memberId"),
                    data.get("member").path("nationalId").asText(null));
            case "MemberDeparted" -> presentMembers.remove(id(data, "memberId"));
            case "HouseholdTransferred" -> commune = data.get("toCommuneCode").asText();
            case "HouseholdClosed" -> closedAt = event.sequence();
            case "LoanDisbursed" -> loans.put(id(data, "loanId"), new Loan(data.get("principal").asLong(), new HashMap<>(),
                    new HashSet<>()));
            case "LoanRepaid" -> {
                loans.get(id(data, "loanId")).repayments().put(id(data, "repaymentId"), data.get("amount").asLong());
                lowestOutstandingAfter.merge(id(data, "loanId"), data.get("outstandingAfter").asLong(), Math::min);
            }
            case "HealthInsuranceIssued" -> cards.put(id(data, "cardId"), new Card(id(data, "cardId"), id(data, "memberId"),
                    LocalDate.parse(data.get("validFrom").asText()), LocalDate.parse(data.get("validTo").asText())));
            case "RecordVoided" -> {
                voided.add(id(data, "recordId"));
                if (data.get("recordKind").asText().equals("REPAYMENT")) {
                    loans.values().stream().filter(l -> l.repayments().containsKey(id(data, "recordId")))
                            .forEach(l -> l.voidedRepayments().add(id(data, "recordId")));
                }
            }
            default -> {
            }
        }
    }

    private static UUID id(JsonNode node, String field) {
        return UUID.fromString(node.get(field).asText());
    }

    private static JsonNode json(String text) {
        try {
            return LedgerApi.JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
