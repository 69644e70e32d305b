package vn.householdledger.command.erasure;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.householdledger.command.dispatch.IdempotencyStore;
import vn.householdledger.command.lookup.LookupTables;
import vn.householdledger.events.household.HouseholdErased;
import vn.householdledger.platform.erasure.HouseholdKeys;
import vn.householdledger.platform.processing.InCommandTransaction;

/**
 * Deletes an erased household's key in the transaction that records its erasure, and erases what the
 * commands kept for their idempotency keys hold in clear, and its snapshots, whose JSON holds its members'
 * names, national ids and birth dates in clear: the event and all three commit together or not at all. A
 * rebuild of the lookups finds nothing more to delete; the household is loaded again from its events,
 * whose personal values then read as erased.
 */
@Component
@ProcessingGroup(LookupTables.PROCESSING_GROUP)
@InCommandTransaction
public class KeyShredding {

    private final HouseholdKeys keys;
    private final IdempotencyStore idempotency;
    private final JdbcTemplate jdbc;
    private final Counter erased;

    public KeyShredding(HouseholdKeys keys, IdempotencyStore idempotency, JdbcTemplate jdbc, MeterRegistry meters) {
        this.keys = keys;
        this.idempotency = idempotency;
        this.jdbc = jdbc;
        this.erased = Counter.builder("ledger.households.erased")
                .description("Households whose personal data was erased (their key deleted)").register(meters);
    }

    @EventHandler
    void on(HouseholdErased event) {
        keys.delete(event.householdId());
        idempotency.erase(event.householdId());
        jdbc.update("DELETE FROM event_store.snapshot_event_entry WHERE aggregate_identifier = ?",
                event.householdId().toString());
        erased.increment();
    }
}
