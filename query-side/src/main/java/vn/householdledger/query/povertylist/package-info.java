/**
 * The poverty list (danh sách hộ nghèo, cận nghèo): the households listed today as poor, near-poor or
 * newly escaped, and the same list as it stood at any past instant, from the versions of each
 * household's entry that the very fold keeping the live list recorded.
 */
package vn.householdledger.query.povertylist;
