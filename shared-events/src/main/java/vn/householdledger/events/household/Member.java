package vn.householdledger.events.household;

import java.time.LocalDate;
import java.util.UUID;
import vn.householdledger.api.household.Relation;
import vn.householdledger.api.household.Sex;

/** A person of a household as recorded when they joined; {@code nationalId} may be absent. */
public record Member(UUID memberId, String fullName, Sex sex, LocalDate birthDate, Relation relation, String nationalId) {
}
