package vn.householdledger.api.household;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The body of {@code POST /api/households}: a household with its members, exactly one of them the head. */
public record RegisterHouseholdRequest(
        UUID householdId,
        @NotBlank @Size(max = 64) @Pattern(regexp = "[\\p{L}\\p{N}_./-]+", message = "{ledger.validation.householdCode}") String code,
        @NotBlank @Size(max = 64) String communeCode,
        @NotBlank @Size(max = 200) String village,
        @NotBlank @Size(max = 500) String address,
        @NotEmpty @Size(max = 60) List<@NotNull @Valid MemberRequest> members,
        @PastOrPresent LocalDate registeredOn) {
}
