package vn.householdledger.api.household;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The 54 ethnic groups of the General Statistics Office's list (Decision 121-TCTK/PPCĐ), held as data. */
class EthnicGroupsTest {

    @Test
    void theListHoldsTheFiftyFourGroupsCodedZeroOneToFiftyFourInTheOrderOfTheDecision() {
        assertThat(EthnicGroups.all()).hasSize(54);
        assertThat(EthnicGroups.all()).extracting(EthnicGroup::code)
                .containsExactlyElementsOf(IntStream.rangeClosed(1, 54).mapToObj(i -> String.format("%02d", i)).toList());
        assertThat(EthnicGroups.byCode("01")).map(EthnicGroup::name).contains("Kinh");
        assertThat(EthnicGroups.byCode("04")).map(EthnicGroup::name).contains("Hoa");
        assertThat(EthnicGroups.byCode("06")).map(EthnicGroup::name).contains("Mường");
        assertThat(EthnicGroups.byCode("11")).map(EthnicGroup::name).contains("Ngái");
        assertThat(EthnicGroups.byCode("54")).map(EthnicGroup::name).contains("Rơ-măm");
    }

    @Test
    void aListMayNameAGroupByCodeByNameOrByAnotherNameWithOrWithoutItsAccents() {
        assertThat(EthnicGroups.named("Mường")).map(EthnicGroup::code).contains("06");
        assertThat(EthnicGroups.named("muong")).map(EthnicGroup::code).contains("06");
        assertThat(EthnicGroups.named("Khmer")).map(EthnicGroup::code).contains("05");
        assertThat(EthnicGroups.named("H'Mông")).map(EthnicGroup::code).contains("08");
        assertThat(EthnicGroups.named("  Việt ")).map(EthnicGroup::code).contains("01");
        assertThat(EthnicGroups.named("6")).map(EthnicGroup::code).contains("06");
        assertThat(EthnicGroups.named("23")).map(EthnicGroup::code).contains("23");
        assertThat(EthnicGroups.named("55")).isEmpty();
        assertThat(EthnicGroups.named("Người sao Hoả")).isEmpty();
    }

    @Test
    void theHeadsGroupTellsAnEthnicMinorityHouseholdAndAnUnrecordedOneIsUnknown() {
        assertThat(EthnicGroups.isMinority("01")).isEqualTo(YesNoUnknown.NO);
        assertThat(EthnicGroups.isMinority("06")).isEqualTo(YesNoUnknown.YES);
        assertThat(EthnicGroups.isMinority(null)).isEqualTo(YesNoUnknown.UNKNOWN);
    }
}
