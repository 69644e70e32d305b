package vn.householdledger.web.ledger;

import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;
import vn.householdledger.api.Page;
import vn.householdledger.api.household.History;
import vn.householdledger.api.household.HouseholdFound;
import vn.householdledger.api.household.HouseholdView;
import vn.householdledger.api.household.ListedStatus;

/** The query side's households: one household's state, history and certificate, and the search. */
@HttpExchange("/api/households")
public interface HouseholdReads {

    @GetExchange("/{householdId}")
    HouseholdView household(@PathVariable UUID householdId);

    @GetExchange("/{householdId}/history")
    History history(@PathVariable UUID householdId);

    /** The certificate of a poor or near-poor household, as the query side prints it (PDF), with its file name. */
    @GetExchange("/{householdId}/certificate")
    ResponseEntity<byte[]> certificate(@PathVariable UUID householdId, @RequestParam String format);

    @GetExchange
    Page<HouseholdFound> search(@RequestParam(required = false) String q, @RequestParam(required = false) String commune,
                                @RequestParam(required = false) ListedStatus status, @RequestParam(required = false) Integer page,
                                @RequestParam(required = false) Integer size);
}
