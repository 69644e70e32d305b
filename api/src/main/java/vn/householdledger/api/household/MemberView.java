package vn.householdledger.api.household;

import java.time.LocalDate;
import java.util.UUID;

/** A member as the household view shows them, present or former. */
public record MemberView(UUID memberId, String fullName, String sex, LocalDate birthDate, String relation,
                         String nationalId, LocalDate joinedOn, LocalDate departedOn, String departureReason) {
}
