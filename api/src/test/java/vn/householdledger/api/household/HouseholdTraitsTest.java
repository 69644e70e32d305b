package vn.householdledger.api.household;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What the reports upward count of a household, from its members; what no member says is unknown, never no. */
class HouseholdTraitsTest {

    private static MemberView member(String relation, String sex, String ethnicity, YesNoUnknown disability, YesNoUnknown merit) {
        return new MemberView(UUID.randomUUID(), "Bùi Văn A", sex, LocalDate.of(1970, 1, 1), relation, null,
                LocalDate.of(2016, 1, 1), null, null, ethnicity, null, disability, merit);
    }

    @Test
    void aHouseholdHeadedByAWomanOfTheMuongWithAMemberWithADisability() {
        HouseholdTraits traits = HouseholdTraits.of(List.of(
                member("HEAD", "FEMALE", "06", YesNoUnknown.NO, YesNoUnknown.NO),
                member("CHILD", "MALE", "06", YesNoUnknown.YES, YesNoUnknown.NO)));

        assertThat(traits).isEqualTo(new HouseholdTraits(YesNoUnknown.YES, YesNoUnknown.YES, YesNoUnknown.YES, YesNoUnknown.NO));
    }

    @Test
    void aHouseholdWhoseMembersDoNotSayCountsAsUnknown() {
        HouseholdTraits traits = HouseholdTraits.of(List.of(
                member("HEAD", "MALE", null, YesNoUnknown.UNKNOWN, YesNoUnknown.NO),
                member("SPOUSE", "FEMALE", "01", YesNoUnknown.NO, YesNoUnknown.UNKNOWN)));

        assertThat(traits).isEqualTo(new HouseholdTraits(YesNoUnknown.NO, YesNoUnknown.UNKNOWN, YesNoUnknown.UNKNOWN,
                YesNoUnknown.UNKNOWN));
    }

    @Test
    void oneMemberWhoSaysYesMakesTheHouseholdOneOfThemWhateverTheOthersLeaveUnknown() {
        assertThat(YesNoUnknown.anyOf(java.util.stream.Stream.of(YesNoUnknown.UNKNOWN, YesNoUnknown.YES, null)))
                .isEqualTo(YesNoUnknown.YES);
        assertThat(YesNoUnknown.anyOf(java.util.stream.Stream.of(YesNoUnknown.NO, YesNoUnknown.NO))).isEqualTo(YesNoUnknown.NO);
    }
}
