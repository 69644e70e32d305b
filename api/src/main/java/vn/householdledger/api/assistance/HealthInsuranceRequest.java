package vn.householdledger.api.assistance;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;

/** The body of {@code POST /api/households/{id}/health-insurance}: a card for one member. */
public record HealthInsuranceRequest(
        @NotNull UUID memberId,
        @NotBlank @Size(max = 32) String cardNumber,
        @NotNull LocalDate validFrom,
        @NotNull LocalDate validTo,
        @NotNull Integer stateSubsidyPercent,
        @NotBlank @Size(max = 200) String fundingSource) {
}
