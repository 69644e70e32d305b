package vn.householdledger.api.commune;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

public record RegisterCommuneRequest(
        @NotBlank @Pattern(regexp = CODE_PATTERN, message = "{ledger.validation.communeCode}") String code,
        @NotBlank @Size(max = 200) String name,
        @NotNull CommuneKind kind,
        @NotNull Area area) {

    /** A commune's code in the ledger: upper snake case, like {@code HA_LAN}. */
    public static final String CODE_PATTERN = "[A-Z][A-Z0-9_]{0,63}";
}
