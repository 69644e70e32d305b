/**
 * Crypto-shredding (xoá dữ liệu cá nhân): the personal fields of a household's events (names, national
 * ids, birth dates, addresses) are stored encrypted under a key of the household
 * ({@link vn.householdledger.platform.erasure.HouseholdKeys}), at the event serializer
 * ({@link vn.householdledger.platform.erasure.PersonalDataSerializer}), so aggregates, projections and
 * answers see plain values while the key exists and {@code đã xoá} once it is deleted.
 */
package vn.householdledger.platform.erasure;
