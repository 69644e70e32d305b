package vn.householdledger.api.household;

import java.util.List;

/**
 * What the reports upward count of a household, from its present members: headed by a woman (chủ hộ là
 * nữ), of an ethnic minority (the head's group is not Kinh), with a person with a disability, of people
 * with meritorious service (hộ người có công). A household whose members do not say is {@code UNKNOWN},
 * never {@code NO}.
 */
public record HouseholdTraits(YesNoUnknown femaleHeaded, YesNoUnknown ethnicMinority, YesNoUnknown disability,
                              YesNoUnknown meritoriousService) {

    /** The traits of a household whose present members are {@code present}. */
    public static HouseholdTraits of(List<MemberView> present) {
        MemberView head = present.stream().filter(m -> Relation.HEAD.name().equals(m.relation())).findFirst().orElse(null);
        YesNoUnknown femaleHeaded = head == null ? YesNoUnknown.UNKNOWN
                : Sex.FEMALE.name().equals(head.sex()) ? YesNoUnknown.YES : YesNoUnknown.NO;
        return new HouseholdTraits(femaleHeaded,
                head == null ? YesNoUnknown.UNKNOWN : EthnicGroups.isMinority(head.ethnicity()),
                YesNoUnknown.anyOf(present.stream().map(MemberView::disability)),
                YesNoUnknown.anyOf(present.stream().map(MemberView::meritoriousService)));
    }
}
