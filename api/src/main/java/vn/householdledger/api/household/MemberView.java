package vn.householdledger.api.household;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A member as the household view shows them, present or former, with their attributes: {@code ethnicity}
 * (a code of {@link EthnicGroups}, null when not recorded) and its {@code ethnicityName}, {@code disability}
 * and {@code meritoriousService} ({@code UNKNOWN} when not recorded).
 */
public record MemberView(UUID memberId, String fullName, String sex, LocalDate birthDate, String relation,
                         String nationalId, LocalDate joinedOn, LocalDate departedOn, String departureReason,
                         String ethnicity, String ethnicityName, YesNoUnknown disability,
                         YesNoUnknown meritoriousService) {
}
