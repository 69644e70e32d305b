/**
 * The event store checked against itself: every household's hash chain re-computed
 * ({@link vn.householdledger.command.integrity.ChainVerifier}), on demand by an admin and daily, and
 * each commune's heads anchored per day, so that a chain rewritten whole is found too.
 */
package vn.householdledger.command.integrity;
