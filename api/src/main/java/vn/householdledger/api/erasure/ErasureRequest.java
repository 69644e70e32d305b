package vn.householdledger.api.erasure;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The body of {@code POST /api/admin/households/{id}/erasure}: why the household's personal data is erased. */
public record ErasureRequest(@NotBlank @Size(max = 1000) String reason) {
}
