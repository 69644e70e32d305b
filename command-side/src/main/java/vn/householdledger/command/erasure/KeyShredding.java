package vn.householdledger.command.erasure;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;
import vn.householdledger.command.lookup.LookupTables;
import vn.householdledger.events.household.HouseholdErased;
import vn.householdledger.platform.erasure.HouseholdKeys;
import vn.householdledger.platform.processing.InCommandTransaction;

/**
 * Deletes an erased household's key in the transaction that records its erasure: the event and the
 * key's deletion commit together or not at all. A rebuild of the lookups deletes nothing more.
 */
@Component
@ProcessingGroup(LookupTables.PROCESSING_GROUP)
@InCommandTransaction
public class KeyShredding {

    private final HouseholdKeys keys;
    private final Counter erased;

    public KeyShredding(HouseholdKeys keys, MeterRegistry meters) {
        this.keys = keys;
        this.erased = Counter.builder("ledger.households.erased")
                .description("Households whose personal data was erased (their key deleted)").register(meters);
    }

    @EventHandler
    void on(HouseholdErased event) {
        keys.delete(event.householdId());
        erased.increment();
    }
}
