package vn.householdledger.events.household;

import java.time.LocalDate;
import java.util.UUID;

/** The household moved to another commune on {@code transferredOn}; its case follows it. */
public record HouseholdTransferred(UUID householdId, String fromCommuneCode, String toCommuneCode,
                                   LocalDate transferredOn) implements PlacesHousehold {
    @Override
    public String communeCode() {
        return toCommuneCode;
    }
}
