package vn.householdledger.api.admin;

/**
 * One projection: {@code position} is the lowest position its segments have reached (null
 * before it holds any), {@code lag} how many positions it is behind the event store's head;
 * {@code handled}, {@code expected}, {@code missing} and {@code complete} prove that it has
 * handled every stored event it should have by its stored token (see the projections' completeness check;
 * null until it has stored one).
 */
public record ProjectionStatus(String name, ProjectionState state, Long position, long headPosition, Long lag, long deadLetters,
                               Long handled, Long expected, Long missing, Boolean complete) {
}
