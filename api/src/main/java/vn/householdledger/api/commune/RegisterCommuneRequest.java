package vn.householdledger.api.commune;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * {@code POST /api/communes}. Without {@code establishedOn} the unit counts as existing before any date
 * the ledger holds; {@code district} (beyond the contract) keeps the district it belonged to until the
 * district level ended on 1 July 2025.
 */
public record RegisterCommuneRequest(
        @NotBlank @Pattern(regexp = CODE_PATTERN, message = "{ledger.validation.communeCode}") String code,
        @NotBlank @Size(max = 200) String name,
        @NotNull CommuneKind kind,
        @NotNull Area area,
        LocalDate establishedOn,
        @Pattern(regexp = CODE_PATTERN, message = "{ledger.validation.communeCode}") String provinceCode,
        @Size(max = 16) @Pattern(regexp = "[0-9]{1,16}") String officialCode,
        @Size(max = 200) String district) {

    /** A commune's code in the ledger: upper snake case, like {@code HA_LAN}. */
    public static final String CODE_PATTERN = "[A-Z][A-Z0-9_]{0,63}";

    /** A unit of no province that has always existed, as the ledger registered units before 2025. */
    public RegisterCommuneRequest(String code, String name, CommuneKind kind, Area area) {
        this(code, name, kind, area, null, null, null, null);
    }
}
