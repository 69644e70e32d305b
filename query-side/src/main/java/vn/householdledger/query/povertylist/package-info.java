/**
 * The poverty list (danh sách hộ nghèo, cận nghèo): the households listed today as poor, near-poor or
 * newly escaped, and the same list as it stood at any past instant, rebuilt from the event store
 * through the very fold that keeps the live list.
 */
package vn.householdledger.query.povertylist;
