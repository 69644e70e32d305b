package vn.householdledger.api.unit;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.householdledger.api.commune.Area;
import vn.householdledger.api.commune.CommuneKind;
import vn.householdledger.api.commune.RegisterCommuneRequest;

/**
 * {@code POST /api/units/changes}: one change of commune-level units by a legal act, from its
 * effective date. {@code villages} (beyond the contract) names the villages a {@code SPLIT} moves.
 */
public record UnitChangeRequest(
        UUID changeId,
        @NotNull UnitChangeKind kind,
        @NotNull LocalDate effectiveOn,
        @NotBlank @Size(max = 200) String reference,
        @NotEmpty @Size(max = 100) List<@NotBlank @Pattern(regexp = RegisterCommuneRequest.CODE_PATTERN) String> from,
        @Pattern(regexp = RegisterCommuneRequest.CODE_PATTERN) String into,
        @Size(max = 200) String name,
        CommuneKind communeKind,
        Area area,
        @Pattern(regexp = RegisterCommuneRequest.CODE_PATTERN) String provinceCode,
        @Size(max = 500) List<@NotBlank @Size(max = 200) String> villages) {
}
