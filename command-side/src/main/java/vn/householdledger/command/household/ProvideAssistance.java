package vn.householdledger.command.household;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import vn.householdledger.api.assistance.AssistanceKind;

public record ProvideAssistance(@TargetAggregateIdentifier UUID householdId, UUID assistanceId, AssistanceKind kind,
                                String description, Long amount, LocalDate providedOn, String fundingSource,
                                List<String> addresses) implements HouseholdCommand {
}
