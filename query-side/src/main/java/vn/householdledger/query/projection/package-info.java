/**
 * What every projection shares: batched writes within the processor's transaction, how far each
 * processor has come, and reads that wait for a given event position.
 */
package vn.householdledger.query.projection;
