package vn.householdledger.query.target;

import java.time.LocalDate;
import java.util.Collection;
import java.util.OptionalLong;
import java.util.UUID;

/** Who holds a valid health insurance card (thẻ BHYT): the one fact the targets need from the assistance records. */
public interface InsuredPersons {

    /** A member of a household. */
    record MemberRef(UUID householdId, UUID memberId) {
    }

    /** How many of {@code members} hold a valid, not voided card on {@code day}; empty while the cards cannot be read. */
    OptionalLong countInsured(Collection<MemberRef> members, LocalDate day);
}
