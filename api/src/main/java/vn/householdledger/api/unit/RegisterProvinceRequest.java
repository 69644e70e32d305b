package vn.householdledger.api.unit;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import vn.householdledger.api.commune.RegisterCommuneRequest;

/** {@code POST /api/provinces}: a province (tỉnh, thành phố trực thuộc trung ương) above communes. */
public record RegisterProvinceRequest(
        @NotBlank @Pattern(regexp = RegisterCommuneRequest.CODE_PATTERN, message = "{ledger.validation.communeCode}") String code,
        @NotBlank @Size(max = 200) String name,
        @Size(max = 16) String officialCode) {
}
