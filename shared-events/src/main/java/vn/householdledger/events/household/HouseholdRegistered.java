package vn.householdledger.events.household;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/**
 * A household's case was opened in a commune, with its members; exactly one of them is the head.
 * Revision 2: each {@link Member} carries its attributes (ethnicity, disability, meritorious service); an
 * upcaster reads an older one's members as not recorded (unknown).
 */
@Revision("2")
public record HouseholdRegistered(UUID householdId, String code, String communeCode, String village, String address,
                                  List<Member> members, LocalDate registeredOn) implements PlacesHousehold {
}
