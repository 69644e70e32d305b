package vn.householdledger.api.assistance;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The body of every voiding: why the record was a mistake. */
public record VoidingRequest(@NotBlank @Size(max = 1000) String reason) {
}
