package vn.householdledger.api.household;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;

/** One member as at registration (with the same optional attributes), and the day they joined (today when absent). */
public record JoiningMemberRequest(
        UUID memberId,
        @NotBlank @Size(max = 200) String fullName,
        @NotNull Sex sex,
        @NotNull @PastOrPresent LocalDate birthDate,
        @NotNull Relation relation,
        @Pattern(regexp = MemberRequest.NATIONAL_ID, message = MemberRequest.NATIONAL_ID_MESSAGE) String nationalId,
        @EthnicGroupCode String ethnicity,
        YesNoUnknown disability,
        YesNoUnknown meritoriousService,
        @PastOrPresent LocalDate joinedOn) {

    public MemberRequest member() {
        return new MemberRequest(memberId, fullName, sex, birthDate, relation, nationalId, ethnicity, disability,
                meritoriousService);
    }
}
