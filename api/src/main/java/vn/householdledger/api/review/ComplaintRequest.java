package vn.householdledger.api.review;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;

/** The body of {@code POST /api/reviews/{reviewId}/complaints}: a complaint about a household's posted result. */
public record ComplaintRequest(UUID complaintId, @NotNull UUID householdId, @NotNull @PastOrPresent LocalDate receivedOn,
                               @NotBlank @Size(max = 2000) String summary) {
}
