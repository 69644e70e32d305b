package vn.householdledger.query.history;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.annotations.Operation;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.householdledger.api.audit.ReadKind;
import vn.householdledger.api.household.History;
import vn.householdledger.api.household.HistoryEvent;
import vn.householdledger.events.BusinessDate;
import vn.householdledger.events.household.PlacesHousehold;
import vn.householdledger.platform.problem.NotFound;
import vn.householdledger.query.audit.AuditedRead;
import vn.householdledger.query.unit.UnitLineage;

/**
 * A household's whole history, straight from the event store (so upcasters apply and nothing lags):
 * every event, oldest first, with who recorded it and when. {@code asOf} shows the history as it was
 * known at that instant.
 */
@RestController
public class HistoryController {

    private final EventStore eventStore;
    private final ObjectMapper json;
    private final UnitLineage lineage;

    public HistoryController(EventStore eventStore, ObjectMapper json, UnitLineage lineage) {
        this.eventStore = eventStore;
        this.json = json;
        this.lineage = lineage;
    }

    @Operation(summary = "Read every event of a household, oldest first")
    @GetMapping("/api/households/{householdId}/history")
    @AuditedRead(ReadKind.HISTORY)
    public History history(@PathVariable UUID householdId,
                           @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant asOf) {
        // From the first event: a read from the aggregate's id alone would start at its last snapshot.
        List<? extends DomainEventMessage<?>> events = eventStore.readEvents(householdId.toString(), 0).asStream()
                .filter(e -> asOf == null || !e.getTimestamp().isAfter(asOf))
                .toList();
        String commune = events.stream().map(DomainEventMessage::getPayload)
                .filter(PlacesHousehold.class::isInstance).map(p -> ((PlacesHousehold) p).communeCode())
                .reduce((first, second) -> second)
                .orElseThrow(() -> new NotFound("notFound.household", householdId));
        lineage.requireReadHousehold(householdId, commune);
        return new History(householdId, events.stream()
                .map(e -> new HistoryEvent(e.getSequenceNumber(), e.getPayloadType().getSimpleName(),
                        BusinessDate.of(e.getPayload()), e.getTimestamp(), (String) e.getMetaData().get("recordedBy"),
                        json.valueToTree(e.getPayload())))
                .toList());
    }
}
