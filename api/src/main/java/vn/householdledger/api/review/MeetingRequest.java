package vn.householdledger.api.review;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The body of {@code POST /api/reviews/{reviewId}/meetings}: a village's meeting (họp dân), who attended,
 * whose proposals it agreed and which it disputed.
 */
public record MeetingRequest(UUID meetingId, @NotBlank @Size(max = 200) String village,
                             @NotNull @PastOrPresent LocalDate heldOn,
                             @NotNull @Size(min = 1, max = 500) List<@NotBlank @Size(max = 200) String> attendees,
                             @NotNull @Size(max = 5000) List<@NotNull UUID> agreed,
                             @NotNull @Size(max = 5000) List<@NotNull @Valid Dispute> disputed) {

    /** A household whose proposal the meeting disputed, and why. */
    public record Dispute(@NotNull UUID householdId, @NotBlank @Size(max = 1000) String note) {
    }
}
