package vn.householdledger.command.household;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.AggregateMember;
import org.axonframework.spring.stereotype.Aggregate;
import vn.householdledger.command.commune.CommuneDirectory;
import vn.householdledger.events.assistance.RecordKind;
import vn.householdledger.events.household.HouseholdRegistered;
import vn.householdledger.events.household.Member;
import vn.householdledger.events.household.MemberDeparted;
import vn.householdledger.events.household.MemberJoined;
import vn.householdledger.events.household.Relation;
import vn.householdledger.platform.problem.InvalidInput;
import vn.householdledger.platform.problem.RuleViolation;
import vn.householdledger.platform.time.BusinessCalendar;

/**
 * One household's case (hộ gia đình). It decides every rule of the household's life; the
 * {@link HouseholdRegistry} only answers what spans households.
 */
@Aggregate
public class Household {

    @AggregateIdentifier
    private UUID householdId;
    private String communeCode;
    /** The members present now, by id. */
    private final Map<UUID, Member> members = new LinkedHashMap<>();
    /** Every member id ever used in this household: an id is never reused. */
    private final Set<UUID> knownMemberIds = new HashSet<>();
    private boolean closed;
    /** The help the household received; it decides the rules of loans, cards and other assistance. */
    @AggregateMember
    private final AssistanceLedger ledger = new AssistanceLedger();

    protected Household() {
    }

    @CommandHandler
    public Household(RegisterHousehold command, CommuneDirectory communes, HouseholdRegistry registry, Clock clock) {
        notInFuture("registeredOn", command.registeredOn(), clock);
        if (communes.areaOf(command.communeCode()).isEmpty()) {
            throw new InvalidInput("communeCode", "is not a known commune: " + command.communeCode());
        }
        long heads = command.members().stream().filter(m -> m.relation() == Relation.HEAD).count();
        if (heads != 1) {
            throw new InvalidInput("members", "must name exactly one HEAD, not " + heads);
        }
        requireDistinct(command.members());
        if (!registry.claimCode(command.code(), command.householdId())) {
            throw new RuleViolation("DUPLICATE_CODE", "The household code " + command.code() + " is already in use");
        }
        command.members().forEach(m -> claimNationalId(registry, command.householdId(), m));
        registry.place(command.householdId(), command.communeCode());
        apply(new HouseholdRegistered(command.householdId(), command.code(), command.communeCode(), command.village(),
                command.address(), List.copyOf(command.members()), command.registeredOn()));
    }

    @CommandHandler
    public void handle(AddMember command, HouseholdRegistry registry, Clock clock) {
        requireOpen();
        notInFuture("joinedOn", command.joinedOn(), clock);
        Member member = command.member();
        if (member.relation() == Relation.HEAD) {
            throw new InvalidInput("relation", "the household has a head; a new head is named when the head departs");
        }
        if (knownMemberIds.contains(member.memberId())) {
            throw new InvalidInput("memberId", "is already a member id of this household");
        }
        if (member.nationalId() != null
                && members.values().stream().anyMatch(m -> member.nationalId().equals(m.nationalId()))) {
            throw new RuleViolation("DUPLICATE_NATIONAL_ID", "A member of this household already has national id " + member.nationalId());
        }
        claimNationalId(registry, householdId, member);
        apply(new MemberJoined(householdId, member, command.joinedOn()));
    }

    @CommandHandler
    public void handle(RecordDeparture command, HouseholdRegistry registry, Clock clock) {
        requireOpen();
        notInFuture("date", command.date(), clock);
        Member leaving = members.get(command.memberId());
        if (leaving == null) {
            throw new InvalidInput("memberId", "is not a present member of this household");
        }
        if (members.size() == 1) {
            throw new RuleViolation("LAST_MEMBER", "The last member cannot depart; close the household instead");
        }
        UUID newHead = command.newHeadMemberId();
        if (leaving.relation() == Relation.HEAD) {
            if (newHead == null || newHead.equals(leaving.memberId()) || !members.containsKey(newHead)) {
                throw new InvalidInput("newHeadMemberId", "must name another present member when the head departs");
            }
        } else if (newHead != null) {
            throw new InvalidInput("newHeadMemberId", "is named only when the head departs");
        }
        if (leaving.nationalId() != null) {
            registry.releaseNationalId(leaving.nationalId(), householdId);
        }
        apply(new MemberDeparted(householdId, leaving.memberId(), command.reason(), command.date(), newHead));
    }

    @CommandHandler
    public void handle(DisburseLoan command, Clock clock) {
        requireOpen();
        apply(ledger.disburse(command, clock));
    }

    /** Answers what the loan still owes after the repayment. */
    @CommandHandler
    public long handle(RepayLoan command, Clock clock) {
        requireOpen();
        ledger.repay(command, clock).forEach(AggregateLifecycle::apply);
        return ledger.outstandingOf(command.loanId());
    }

    @CommandHandler
    public void handle(IssueHealthInsurance command) {
        requireOpen();
        if (!members.containsKey(command.memberId())) {
            throw new InvalidInput("memberId", "is not a present member of this household");
        }
        apply(ledger.issue(command));
    }

    @CommandHandler
    public void handle(ProvideAssistance command, Clock clock) {
        requireOpen();
        apply(ledger.provide(command, clock));
    }

    /** Answers what the loan owes after a repayment is voided; null for the other kinds of record. */
    @CommandHandler
    public Long handle(VoidRecord command, Clock clock) {
        requireOpen();
        ledger.voidRecord(command, clock).forEach(AggregateLifecycle::apply);
        return command.kind() == RecordKind.REPAYMENT ? ledger.outstandingOf(command.loanId()) : null;
    }

    @EventSourcingHandler
    void on(HouseholdRegistered event) {
        householdId = event.householdId();
        communeCode = event.communeCode();
        event.members().forEach(this::join);
    }

    @EventSourcingHandler
    void on(MemberJoined event) {
        join(event.member());
    }

    @EventSourcingHandler
    void on(MemberDeparted event) {
        members.remove(event.memberId());
        if (event.newHeadMemberId() != null) {
            Member head = members.get(event.newHeadMemberId());
            members.put(head.memberId(), new Member(head.memberId(), head.fullName(), head.sex(), head.birthDate(),
                    Relation.HEAD, head.nationalId()));
        }
    }

    private void join(Member member) {
        members.put(member.memberId(), member);
        knownMemberIds.add(member.memberId());
    }

    private void requireOpen() {
        if (closed) {
            throw new RuleViolation("HOUSEHOLD_CLOSED", "The household's case is closed; it takes no more records");
        }
    }

    private static void claimNationalId(HouseholdRegistry registry, UUID householdId, Member member) {
        if (member.nationalId() == null) {
            return;
        }
        registry.claimNationalId(member.nationalId(), householdId, member.memberId()).ifPresent(holder -> {
            throw new RuleViolation("DUPLICATE_NATIONAL_ID",
                    "National id " + member.nationalId() + " belongs to a member of another open household");
        });
    }

    private static void requireDistinct(List<Member> members) {
        Set<UUID> ids = new HashSet<>();
        Set<String> nationalIds = new HashSet<>();
        for (Member member : members) {
            if (!ids.add(member.memberId())) {
                throw new InvalidInput("members", "name member id " + member.memberId() + " twice");
            }
            if (member.nationalId() != null && !nationalIds.add(member.nationalId())) {
                throw new InvalidInput("members", "name national id " + member.nationalId() + " twice");
            }
        }
    }

    static void notInFuture(String field, LocalDate date, Clock clock) {
        if (date.isAfter(BusinessCalendar.today(clock))) {
            throw new InvalidInput(field, "must not be in the future (Vietnam's date)");
        }
    }
}
