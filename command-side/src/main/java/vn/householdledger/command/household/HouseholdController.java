package vn.householdledger.command.household;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import vn.householdledger.api.household.ClosureAnswer;
import vn.householdledger.api.household.ClosureRequest;
import vn.householdledger.api.household.DepartureRequest;
import vn.householdledger.api.household.HeadChangeRequest;
import vn.householdledger.api.household.JoiningMemberRequest;
import vn.householdledger.api.household.MemberAnswer;
import vn.householdledger.api.household.MemberAttributesRequest;
import vn.householdledger.api.household.RegisterHouseholdRequest;
import vn.householdledger.api.household.RegistrationAnswer;
import vn.householdledger.api.household.TransferAnswer;
import vn.householdledger.api.household.TransferRequest;
import vn.householdledger.api.time.BusinessCalendar;
import vn.householdledger.command.dispatch.CommandDispatcher;
import vn.householdledger.events.household.Member;

/** Registration and members of a household, for the workers of its commune. */
@RestController
public class HouseholdController {

    private final CommandDispatcher dispatcher;
    private final HouseholdAccess access;
    private final Clock clock;

    public HouseholdController(CommandDispatcher dispatcher, HouseholdAccess access, Clock clock) {
        this.dispatcher = dispatcher;
        this.access = access;
        this.clock = clock;
    }

    @Operation(operationId = "registerHousehold", summary = "Register a household with its members")
    @PostMapping("/api/households")
    public ResponseEntity<Object> register(@Valid @RequestBody RegisterHouseholdRequest request) {
        access.requireRegistrable(request.communeCode(), request.village());
        RegisterHousehold command = RegisterHousehold.of(request.householdId() == null ? UUID.randomUUID() : request.householdId(),
                request, orToday(request.registeredOn()));
        return dispatcher.send(HttpStatus.CREATED, request, command, (c, result) -> new RegistrationAnswer(
                c.householdId(), c.code(), c.members().stream().map(Member::memberId).toList()));
    }

    @Operation(summary = "Add a member to a household")
    @PostMapping("/api/households/{householdId}/members")
    public ResponseEntity<Object> addMember(@PathVariable UUID householdId, @Valid @RequestBody JoiningMemberRequest request) {
        access.requireWritable(householdId);
        AddMember command = new AddMember(householdId, RegisterHousehold.member(request.member()), orToday(request.joinedOn()));
        return dispatcher.send(HttpStatus.CREATED, request, command, (c, result) -> new MemberAnswer(
                c.householdId(), c.member().memberId()));
    }

    /** A member's ethnic group, disability and meritorious service, as they should have been recorded. */
    @Operation(operationId = "correctMemberAttributes",
            summary = "Correct a member's attributes (ethnic group, disability, meritorious service)")
    @PostMapping("/api/households/{householdId}/members/{memberId}/attributes")
    public ResponseEntity<Object> correctAttributes(@PathVariable UUID householdId, @PathVariable UUID memberId,
                                                    @Valid @RequestBody MemberAttributesRequest request) {
        access.requireWritable(householdId);
        CorrectMemberAttributes command = new CorrectMemberAttributes(householdId, memberId, request.ethnicity(),
                request.disability(), request.meritoriousService(), orToday(request.correctedOn()));
        return dispatcher.send(HttpStatus.OK, request, command, (c, result) -> new MemberAnswer(c.householdId(), c.memberId()));
    }

    @Operation(summary = "Record a member's departure from a household")
    @PostMapping("/api/households/{householdId}/members/{memberId}/departure")
    public ResponseEntity<Object> depart(@PathVariable UUID householdId, @PathVariable UUID memberId,
                                         @Valid @RequestBody DepartureRequest request) {
        access.requireWritable(householdId);
        RecordDeparture command = new RecordDeparture(householdId, memberId, request.reason(), request.date(),
                request.newHeadMemberId());
        return dispatcher.send(HttpStatus.OK, request, command, (c, result) -> new MemberAnswer(
                c.householdId(), c.memberId()));
    }

    /** A present member becomes the head (chủ hộ) while the former head stays in the household. */
    @Operation(summary = "Change the head of a household")
    @PostMapping("/api/households/{householdId}/head")
    public ResponseEntity<Object> changeHead(@PathVariable UUID householdId, @Valid @RequestBody HeadChangeRequest request) {
        access.requireWritable(householdId);
        ChangeHead command = new ChangeHead(householdId, request.memberId(), request.date());
        return dispatcher.send(HttpStatus.OK, request, command, (c, result) -> new MemberAnswer(c.householdId(), c.memberId()));
    }

    /** The household moves to another commune; a worker of the commune it leaves records it. */
    @Operation(summary = "Transfer a household to another commune")
    @PostMapping("/api/households/{householdId}/transfer")
    public ResponseEntity<Object> transfer(@PathVariable UUID householdId, @Valid @RequestBody TransferRequest request) {
        access.requireWritable(householdId);
        TransferHousehold command = new TransferHousehold(householdId, request.toCommuneCode(), request.date());
        return dispatcher.send(HttpStatus.OK, request, command, (c, result) -> new TransferAnswer(
                c.householdId(), c.toCommuneCode()));
    }

    @Operation(summary = "Close a household's case")
    @PostMapping("/api/households/{householdId}/closure")
    public ResponseEntity<Object> close(@PathVariable UUID householdId, @Valid @RequestBody ClosureRequest request) {
        access.requireWritable(householdId);
        CloseHousehold command = new CloseHousehold(householdId, request.reason(), request.date());
        return dispatcher.send(HttpStatus.OK, request, command, (c, result) -> new ClosureAnswer(
                c.householdId(), true));
    }

    private LocalDate orToday(LocalDate date) {
        return date == null ? BusinessCalendar.today(clock) : date;
    }
}
