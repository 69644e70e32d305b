/**
 * Tamper evidence of the event store: every event of a {@code Household} carries in its metadata
 * {@code hash}, a SHA-256 over what is stored of it and the hash of the event before it, so that an
 * event edited, removed or moved in PostgreSQL breaks its household's chain ({@link EventChain}).
 */
package vn.householdledger.platform.chain;
