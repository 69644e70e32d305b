package vn.householdledger.command.household;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import vn.householdledger.api.household.MemberRequest;
import vn.householdledger.api.household.RegisterHouseholdRequest;
import vn.householdledger.events.household.Member;

public record RegisterHousehold(@TargetAggregateIdentifier UUID householdId, String code, String communeCode,
                                String village, String address, List<Member> members, LocalDate registeredOn)
        implements HouseholdCommand {

    /** The registration a request asks for, as of {@code registeredOn}: a worker's form or an import's household. */
    public static RegisterHousehold of(UUID householdId, RegisterHouseholdRequest request, LocalDate registeredOn) {
        return new RegisterHousehold(householdId, request.code().strip(), request.communeCode(), request.village().strip(),
                request.address().strip(), request.members().stream().map(RegisterHousehold::member).toList(), registeredOn);
    }

    /** A member as requested; one without an id gets one, and absent attributes are not recorded. */
    static Member member(MemberRequest request) {
        return new Member(request.memberId() == null ? UUID.randomUUID() : request.memberId(), request.fullName().strip(),
                request.sex(), request.birthDate(), request.relation(), request.nationalId(), request.ethnicity(),
                request.disability(), request.meritoriousService());
    }
}
