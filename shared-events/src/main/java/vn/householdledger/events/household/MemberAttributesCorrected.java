package vn.householdledger.events.household;

import java.time.LocalDate;
import java.util.UUID;
import vn.householdledger.api.household.YesNoUnknown;

/**
 * A member's attributes were recorded wrongly or not at all: from {@code correctedOn} the member is of the
 * ethnic group {@code ethnicity} (null: not recorded) and {@code disability} and {@code meritoriousService}
 * are as given, all three replacing what was recorded before.
 */
public record MemberAttributesCorrected(UUID householdId, UUID memberId, String ethnicity, YesNoUnknown disability,
                                        YesNoUnknown meritoriousService, LocalDate correctedOn) implements HouseholdEvent {

    public MemberAttributesCorrected {
        disability = YesNoUnknown.orUnknown(disability);
        meritoriousService = YesNoUnknown.orUnknown(meritoriousService);
    }
}
