package vn.householdledger.command.household;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import vn.householdledger.command.dispatch.CommandDispatcher;
import vn.householdledger.events.household.ClosureReason;
import vn.householdledger.events.household.DepartureReason;
import vn.householdledger.events.household.Member;
import vn.householdledger.events.household.Relation;
import vn.householdledger.events.household.Sex;
import vn.householdledger.platform.security.Caller;
import vn.householdledger.platform.time.BusinessCalendar;

/** Registration and members of a household, for the workers of its commune. */
@RestController
public class HouseholdController {

    public record RegisterHouseholdRequest(
            UUID householdId,
            @NotBlank @Size(max = 64) @Pattern(regexp = "[\\p{L}\\p{N}_./-]+", message = "must be letters, digits and _ . / - only") String code,
            @NotBlank @Size(max = 64) String communeCode,
            @NotBlank @Size(max = 200) String village,
            @NotBlank @Size(max = 500) String address,
            @NotEmpty @Size(max = 60) List<@NotNull @Valid MemberRequest> members,
            @PastOrPresent LocalDate registeredOn) {
    }

    /** One member as at registration, and the day they joined (today when absent). */
    public record JoiningMemberRequest(
            UUID memberId,
            @NotBlank @Size(max = 200) String fullName,
            @NotNull Sex sex,
            @NotNull @PastOrPresent LocalDate birthDate,
            @NotNull Relation relation,
            @Pattern(regexp = MemberRequest.NATIONAL_ID, message = MemberRequest.NATIONAL_ID_MESSAGE) String nationalId,
            @PastOrPresent LocalDate joinedOn) {

        MemberRequest member() {
            return new MemberRequest(memberId, fullName, sex, birthDate, relation, nationalId);
        }
    }

    public record DepartureRequest(@NotNull DepartureReason reason, @NotNull @PastOrPresent LocalDate date,
                                   UUID newHeadMemberId) {
    }

    public record TransferRequest(@NotBlank @Size(max = 64) String toCommuneCode, @NotNull @PastOrPresent LocalDate date) {
    }

    public record ClosureRequest(@NotNull ClosureReason reason, @NotNull @PastOrPresent LocalDate date) {
    }

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
        Caller.current().requireWrite(request.communeCode());
        RegisterHousehold command = new RegisterHousehold(
                request.householdId() == null ? UUID.randomUUID() : request.householdId(),
                request.code().strip(), request.communeCode(), request.village().strip(), request.address().strip(),
                request.members().stream().map(MemberRequest::toMember).toList(),
                orToday(request.registeredOn()));
        return dispatcher.send(HttpStatus.CREATED, request, command, (c, result) -> Map.of(
                "householdId", c.householdId(),
                "code", c.code(),
                "memberIds", c.members().stream().map(Member::memberId).toList()));
    }

    @Operation(summary = "Add a member to a household")
    @PostMapping("/api/households/{householdId}/members")
    public ResponseEntity<Object> addMember(@PathVariable UUID householdId, @Valid @RequestBody JoiningMemberRequest request) {
        access.requireWritable(householdId);
        AddMember command = new AddMember(householdId, request.member().toMember(), orToday(request.joinedOn()));
        return dispatcher.send(HttpStatus.CREATED, request, command, (c, result) -> Map.of(
                "householdId", c.householdId(), "memberId", c.member().memberId()));
    }

    @Operation(summary = "Record a member's departure from a household")
    @PostMapping("/api/households/{householdId}/members/{memberId}/departure")
    public ResponseEntity<Object> depart(@PathVariable UUID householdId, @PathVariable UUID memberId,
                                         @Valid @RequestBody DepartureRequest request) {
        access.requireWritable(householdId);
        RecordDeparture command = new RecordDeparture(householdId, memberId, request.reason(), request.date(),
                request.newHeadMemberId());
        return dispatcher.send(HttpStatus.OK, request, command, (c, result) -> Map.of(
                "householdId", c.householdId(), "memberId", c.memberId()));
    }

    /** The household moves to another commune; a worker of the commune it leaves records it. */
    @Operation(summary = "Transfer a household to another commune")
    @PostMapping("/api/households/{householdId}/transfer")
    public ResponseEntity<Object> transfer(@PathVariable UUID householdId, @Valid @RequestBody TransferRequest request) {
        access.requireWritable(householdId);
        TransferHousehold command = new TransferHousehold(householdId, request.toCommuneCode(), request.date());
        return dispatcher.send(HttpStatus.OK, request, command, (c, result) -> Map.of(
                "householdId", c.householdId(), "communeCode", c.toCommuneCode()));
    }

    @Operation(summary = "Close a household's case")
    @PostMapping("/api/households/{householdId}/closure")
    public ResponseEntity<Object> close(@PathVariable UUID householdId, @Valid @RequestBody ClosureRequest request) {
        access.requireWritable(householdId);
        CloseHousehold command = new CloseHousehold(householdId, request.reason(), request.date());
        return dispatcher.send(HttpStatus.OK, request, command, (c, result) -> Map.of(
                "householdId", c.householdId(), "closed", true));
    }

    private LocalDate orToday(LocalDate date) {
        return date == null ? BusinessCalendar.today(clock) : date;
    }
}
