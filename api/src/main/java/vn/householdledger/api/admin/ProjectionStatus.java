package vn.householdledger.api.admin;

import java.util.List;

/**
 * One projection: {@code position} is the lowest position its segments have reached (null
 * before it holds any), {@code lag} how many positions it is behind the event store's head;
 * {@code handled}, {@code expected}, {@code missing} and {@code complete} prove that it has
 * handled every stored event it should have by its stored token (see the projections' completeness check;
 * null until it has stored one); {@code segments}, which node holds each of its segments and how far
 * each has come, across every query-side node.
 */
public record ProjectionStatus(String name, ProjectionState state, Long position, long headPosition, Long lag, long deadLetters,
                               Long handled, Long expected, Long missing, Boolean complete,
                               List<ProjectionSegment> segments) {
}
