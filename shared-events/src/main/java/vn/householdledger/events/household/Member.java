package vn.householdledger.events.household;

import java.time.LocalDate;
import java.util.UUID;
import vn.householdledger.api.household.Relation;
import vn.householdledger.api.household.Sex;
import vn.householdledger.api.household.YesNoUnknown;

/**
 * A person of a household as recorded when they joined; {@code nationalId} may be absent. Their attributes:
 * {@code ethnicity} (dân tộc: a code of {@code EthnicGroups}, null when not recorded), {@code disability}
 * and {@code meritoriousService} ({@code UNKNOWN} when not recorded: a member recorded before the ledger
 * asked is read so, never as no).
 */
public record Member(UUID memberId, String fullName, Sex sex, LocalDate birthDate, Relation relation, String nationalId,
                     String ethnicity, YesNoUnknown disability, YesNoUnknown meritoriousService) {

    public Member {
        disability = YesNoUnknown.orUnknown(disability);
        meritoriousService = YesNoUnknown.orUnknown(meritoriousService);
    }

    /** The same person in another relation to the head (the new head, when the head departs). */
    public Member as(Relation relation) {
        return new Member(memberId, fullName, sex, birthDate, relation, nationalId, ethnicity, disability, meritoriousService);
    }

    /** The same person with their attributes as corrected. */
    public Member with(MemberAttributesCorrected corrected) {
        return new Member(memberId, fullName, sex, birthDate, relation, nationalId, corrected.ethnicity(),
                corrected.disability(), corrected.meritoriousService());
    }
}
