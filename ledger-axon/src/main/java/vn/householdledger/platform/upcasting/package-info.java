/**
 * Upcasters: when an event's shape changes (a field gained, or moved into the metadata), the events
 * stored in its older shape are read through one of these, on both sides, and never rewritten. Each
 * is a Spring bean, so Axon puts it in the chain; the steps of one event's revisions are ordered
 * ({@code @Order}), each taking the revision the one before it gave.
 */
package vn.householdledger.platform.upcasting;
