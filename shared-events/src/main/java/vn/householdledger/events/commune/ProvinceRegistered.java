package vn.householdledger.events.commune;

import java.time.LocalDate;

/** A province (tỉnh) entered the reference data on {@code registeredOn}. */
public record ProvinceRegistered(String code, String name, String officialCode, LocalDate registeredOn) {
}
