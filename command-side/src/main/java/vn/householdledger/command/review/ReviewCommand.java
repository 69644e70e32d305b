package vn.householdledger.command.review;

import java.util.UUID;
import vn.householdledger.command.dispatch.AddressedCommand;

/** A command to one review. */
public interface ReviewCommand extends AddressedCommand {

    UUID reviewId();

    @Override
    default String aggregateId() {
        return reviewId().toString();
    }
}
