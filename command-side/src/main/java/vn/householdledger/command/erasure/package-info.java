/**
 * Erasure of a closed case's personal data (Decree 13/2023) by crypto-shredding: an admin's request
 * ({@link vn.householdledger.command.erasure.ErasureController}) records {@code HouseholdErased}, whose
 * handler deletes the household's key in the same transaction
 * ({@link vn.householdledger.command.erasure.KeyShredding}); at start, the events stored before
 * encryption are sealed once, before the hash chain first anchors them
 * ({@link vn.householdledger.command.erasure.PlaintextSealing}), and keys
 * wrapped under a retired master key are re-wrapped ({@link vn.householdledger.command.erasure.MasterKeyRotation}).
 */
package vn.householdledger.command.erasure;
