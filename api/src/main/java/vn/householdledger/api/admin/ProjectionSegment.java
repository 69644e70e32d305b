package vn.householdledger.api.admin;

/**
 * One segment of a projection: the node that holds it ({@code null} while none does: released, or its
 * node gone and its claim expired), the position it has reached ({@code null} before any) and whether
 * it still replays a rebuild.
 */
public record ProjectionSegment(int segment, String node, Long position, boolean replaying) {
}
