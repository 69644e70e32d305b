package vn.householdledger.events.household;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A household's case was opened in a commune, with its members; exactly one of them is the head. */
public record HouseholdRegistered(UUID householdId, String code, String communeCode, String village, String address,
                                  List<Member> members, LocalDate registeredOn) implements PlacesHousehold {
}
