package vn.householdledger.api.household;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** The body of {@code POST /api/households/{id}/transfer}: the commune the household moves to, and when. */
public record TransferRequest(@NotBlank @Size(max = 64) String toCommuneCode, @NotNull @PastOrPresent LocalDate date) {
}
