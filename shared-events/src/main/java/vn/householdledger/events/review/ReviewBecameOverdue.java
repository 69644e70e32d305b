package vn.householdledger.events.review;

import java.time.LocalDate;
import java.util.UUID;

/** A periodic review was not decided by its due day (14 December of its year). */
public record ReviewBecameOverdue(UUID reviewId, String communeCode, LocalDate dueOn) implements ReviewEvent {
}
