package vn.householdledger.api.household;

import jakarta.validation.constraints.PastOrPresent;
import java.time.LocalDate;

/**
 * The body of {@code POST /api/households/{id}/members/{memberId}/attributes}: a member's attributes as
 * they should have been recorded, all three (each absent one is not recorded: unknown), known on
 * {@code correctedOn} (today when absent).
 */
public record MemberAttributesRequest(
        @EthnicGroupCode String ethnicity,
        YesNoUnknown disability,
        YesNoUnknown meritoriousService,
        @PastOrPresent LocalDate correctedOn) {
}
