package vn.householdledger.api.admin;

import java.util.List;

/**
 * The event store's hash chains re-computed: {@code households} chains of {@code events} events in
 * all, and every event found {@code broken}, in the order of household and sequence.
 */
public record StoreVerification(long households, long events, List<BrokenEvent> broken) {
}
