package vn.householdledger.bench.history;

import java.time.Instant;
import java.util.Map;

/**
 * One event of the generated history as a row of {@code event_store.domain_event_entry} will hold it,
 * before serialization: {@code order} keeps the order of creation among events recorded in the same
 * millisecond, so that a household's events keep their sequence when a year is sorted by time.
 */
public record EventRow(String eventId, String aggregateId, long sequence, String aggregateType, Instant recordedAt,
                       long order, Object payload, Map<String, Object> metaData) {
}
