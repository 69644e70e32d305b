package vn.householdledger.events.household;

import java.time.LocalDate;
import java.util.UUID;

/** A person of a household as recorded when they joined; {@code nationalId} may be absent. */
public record Member(UUID memberId, String fullName, Sex sex, LocalDate birthDate, Relation relation, String nationalId) {
}
