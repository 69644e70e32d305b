/**
 * Operating the read models: each projection's state, lag and proof of completeness, the repair of
 * one that missed events, rebuilds from the event store, and retries of parked events.
 */
package vn.householdledger.query.admin;
