package vn.householdledger.command.commune;

import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * What a merge or a split asks of its {@code into} unit: to exist on {@code effectiveOn}, and, when the
 * merge names one, to take the {@code name} from that day.
 */
public record ReceiveUnits(@TargetAggregateIdentifier String code, UUID changeId, LocalDate effectiveOn, String reference,
                           String name) {
}
