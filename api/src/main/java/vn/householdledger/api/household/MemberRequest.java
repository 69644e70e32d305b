package vn.householdledger.api.household;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;

/** A member as the API receives it; the national id is a 12-digit citizen id (CCCD) or a 9-digit old one (CMND). */
public record MemberRequest(
        UUID memberId,
        @NotBlank @Size(max = 200) String fullName,
        @NotNull Sex sex,
        @NotNull @PastOrPresent LocalDate birthDate,
        @NotNull Relation relation,
        @Pattern(regexp = MemberRequest.NATIONAL_ID, message = MemberRequest.NATIONAL_ID_MESSAGE) String nationalId) {

    public static final String NATIONAL_ID = "\\d{9}|\\d{12}";
    /** The message of a malformed national id: a key of the API's message bundles. */
    public static final String NATIONAL_ID_MESSAGE = "{ledger.validation.nationalId}";
}
