package vn.householdledger.api.assistance;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.householdledger.api.Vnd;

/** The body of {@code POST /api/households/{id}/assistance}: help other than a loan or a card. */
public record AssistanceRequest(
        UUID assistanceId,
        @NotNull AssistanceKind kind,
        @NotBlank @Size(max = 1000) String description,
        @Max(Vnd.MAX) Long amount,
        @NotNull LocalDate providedOn,
        @NotBlank @Size(max = 200) String fundingSource,
        @Size(max = 50) List<String> addresses) {
}
