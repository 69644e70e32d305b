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
import vn.householdledger.api.assistance.RecordKind;
import vn.householdledger.api.commune.Area;
import vn.householdledger.api.household.AssessmentOutcome;
import vn.householdledger.api.household.Classification;
import vn.householdledger.api.household.PolicyGroup;
import vn.householdledger.api.household.Relation;
import vn.householdledger.api.problem.RuleCode;
import vn.householdledger.api.review.ReviewKind;
import vn.householdledger.api.time.BusinessCalendar;
import vn.householdledger.command.commune.CommuneDirectory;
import vn.householdledger.events.household.EscapePledged;
import vn.householdledger.events.household.HeadChanged;
import vn.householdledger.events.household.HouseholdAssessed;
import vn.householdledger.events.household.HouseholdBecamePoor;
import vn.householdledger.events.household.HouseholdClosed;
import vn.householdledger.events.household.HouseholdEscapedNearPoverty;
import vn.householdledger.events.household.HouseholdEscapedPoverty;
import vn.householdledger.events.household.HouseholdFellBackIntoPoverty;
import vn.householdledger.events.household.HouseholdRegistered;
import vn.householdledger.events.household.HouseholdTransferred;
import vn.householdledger.events.household.Listing;
import vn.householdledger.events.household.Member;
import vn.householdledger.events.household.MemberAttributesCorrected;
import vn.householdledger.events.household.MemberDeparted;
import vn.householdledger.events.household.MemberJoined;
import vn.householdledger.platform.problem.InvalidInput;
import vn.householdledger.platform.problem.RuleViolation;
import vn.householdledger.standard.PovertyDecision;

/**
 * One household's case (hộ gia đình). It decides every rule of the household's life from its own
 * events; what spans households (a unique code, a national id in one open household) is checked
 * before it is loaded ({@link HouseholdUniqueness}) and recorded from its events ({@link HouseholdLookups}).
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
    /** The last assessment's class, and since when the household has been of it. */
    private Classification classification;
    private LocalDate classificationSince;
    private LocalDate leftListsOn;
    private LocalDate lastAssessedOn;
    /** The day of the last escape from poverty: a later return to poverty is a fall back. */
    private LocalDate escapedPovertyOn;
    private final Set<Integer> pledgedYears = new HashSet<>();
    /** The help the household received; it decides the rules of loans, cards and other assistance. */
    @AggregateMember
    private final AssistanceLedger ledger = new AssistanceLedger();

    protected Household() {
    }

    @CommandHandler
    public Household(RegisterHousehold command, CommuneDirectory communes, Clock clock) {
        notInFuture("registeredOn", command.registeredOn(), clock);
        if (communes.areaOf(command.communeCode()).isEmpty()) {
            throw new InvalidInput("communeCode", "is not a known commune: " + command.communeCode());
        }
        long heads = command.members().stream().filter(m -> m.relation() == Relation.HEAD).count();
        if (heads != 1) {
            throw new InvalidInput("members", "must name exactly one HEAD, not " + heads);
        }
        requireDistinct(command.members());
        apply(new HouseholdRegistered(command.householdId(), command.code(), command.communeCode(), command.village(),
                command.address(), List.copyOf(command.members()), command.registeredOn()));
    }

    @CommandHandler
    public void handle(AddMember command, Clock clock) {
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
            throw new RuleViolation(RuleCode.DUPLICATE_NATIONAL_ID, "A member of this household already has national id " + member.nationalId());
        }
        apply(new MemberJoined(householdId, member, command.joinedOn()));
    }

    @CommandHandler
    public void handle(RecordDeparture command, Clock clock) {
        requireOpen();
        notInFuture("date", command.date(), clock);
        Member leaving = members.get(command.memberId());
        if (leaving == null) {
            throw new InvalidInput("memberId", "is not a present member of this household");
        }
        if (members.size() == 1) {
            throw new RuleViolation(RuleCode.LAST_MEMBER, "The last member cannot depart; close the household instead");
        }
        UUID newHead = command.newHeadMemberId();
        if (leaving.relation() == Relation.HEAD) {
            if (newHead == null || newHead.equals(leaving.memberId()) || !members.containsKey(newHead)) {
                throw new InvalidInput("newHeadMemberId", "must name another present member when the head departs");
            }
        } else if (newHead != null) {
            throw new InvalidInput("newHeadMemberId", "is named only when the head departs");
        }
        apply(new MemberDeparted(householdId, leaving.memberId(), command.reason(), command.date(), newHead));
        if (newHead != null) {
            apply(new HeadChanged(householdId, newHead, members.get(newHead).fullName(), command.date()));
        }
    }

    /**
     * The yearly decision (rà soát): the standard of the review year classifies the household; the
     * move between classes is recorded as an event of its own.
     */
    @CommandHandler
    public AssessmentOutcome handle(AssessHousehold command, CommuneDirectory communes, Clock clock) {
        requireOpen();
        notInFuture("assessedOn", command.assessedOn(), clock);
        LocalDate on = command.assessedOn();
        boolean inReview = on.getYear() == command.year() || (on.getYear() == command.year() + 1 && on.getMonthValue() == 1);
        if (!inReview) {
            throw new InvalidInput("assessedOn", "must fall within the review year " + command.year() + " or the January after");
        }
        if (lastAssessedOn != null && on.isBefore(lastAssessedOn)) {
            throw new RuleViolation(RuleCode.ASSESSMENT_OUT_OF_ORDER,
                    "The household was already assessed on " + lastAssessedOn + "; a new assessment cannot be dated before it");
        }
        Area area = communes.areaOf(communeCode)
                .orElseThrow(() -> new IllegalStateException("Commune " + communeCode + " is not in the directory"));
        AssessmentDecision decided = AssessmentDecision.of(command.year(), command.standard(), command.incomePerCapitaMonthly(),
                command.deprivations(), command.causes(), area);
        PovertyDecision decision = decided.decision();
        Classification now = decision.classification();
        LocalDate since = now == classification ? classificationSince : on;
        LocalDate left = now != Classification.NOT_POOR ? null
                : classification == Classification.NOT_POOR ? leftListsOn
                : classification == null ? null : on;
        HouseholdAssessed assessed = new HouseholdAssessed(householdId, command.year(), on, decided.standard().code(), communeCode,
                area, command.incomePerCapitaMonthly(), List.copyOf(decided.deprivations()), decided.causes(), command.hasWorkingMember(),
                PolicyGroup.of(command.hasWorkingMember()), now, decision.basis(), decision.explanation(), classification,
                since, left, command.assessmentId() == null ? UUID.randomUUID() : command.assessmentId(),
                command.kind() == null ? ReviewKind.PERIODIC : command.kind(), command.reviewId(), command.decisionNumber());
        Classification before = classification;
        apply(assessed);
        recordMove(command.year(), on, before, now);
        Listing listing = Listing.of(assessed, on);
        return new AssessmentOutcome(householdId, command.year(), now, decision.basis(), decided.standard().code(),
                decision.explanation(), listing.status(), listing.since(), assessed.policyGroup(), assessed.assessmentId());
    }

    @CommandHandler
    public void handle(PledgeEscape command, Clock clock) {
        requireOpen();
        int thisYear = BusinessCalendar.today(clock).getYear();
        if (command.year() < thisYear || command.year() > thisYear + 1) {
            throw new InvalidInput("year", "must be this year or the next: " + thisYear + " or " + (thisYear + 1));
        }
        if (classification != Classification.POOR && classification != Classification.NEAR_POOR) {
            throw new RuleViolation(RuleCode.NOT_ON_THE_LISTS, "Only a poor or near-poor household pledges to escape poverty");
        }
        if (pledgedYears.contains(command.year())) {
            throw new RuleViolation(RuleCode.ALREADY_PLEDGED, "The household already pledged to escape poverty in " + command.year());
        }
        apply(new EscapePledged(householdId, command.year(), command.pledgedOn()));
    }

    @CommandHandler
    public void handle(TransferHousehold command, CommuneDirectory communes, Clock clock) {
        requireOpen();
        notInFuture("date", command.date(), clock);
        if (command.toCommuneCode().equals(communeCode)) {
            throw new InvalidInput("toCommuneCode", "is the household's commune already");
        }
        if (communes.areaOf(command.toCommuneCode()).isEmpty()) {
            throw new InvalidInput("toCommuneCode", "is not a known commune: " + command.toCommuneCode());
        }
        apply(new HouseholdTransferred(householdId, communeCode, command.toCommuneCode(), command.date()));
    }

    @CommandHandler
    public void handle(CloseHousehold command, Clock clock) {
        requireOpen();
        notInFuture("date", command.date(), clock);
        apply(new HouseholdClosed(householdId, command.reason(), command.date()));
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
    }

    @EventSourcingHandler
    void on(HeadChanged event) {
        members.computeIfPresent(event.memberId(), (id, head) -> head.as(Relation.HEAD));
    }

    @EventSourcingHandler
    void on(HouseholdAssessed event) {
        classification = event.classification();
        classificationSince = event.classificationSince();
        leftListsOn = event.leftListsOn();
        lastAssessedOn = event.assessedOn();
    }

    @EventSourcingHandler
    void on(HouseholdEscapedPoverty event) {
        escapedPovertyOn = event.decidedOn();
    }

    @EventSourcingHandler
    void on(EscapePledged event) {
        pledgedYears.add(event.year());
    }

    @EventSourcingHandler
    void on(HouseholdTransferred event) {
        communeCode = event.toCommuneCode();
    }

    @EventSourcingHandler
    void on(HouseholdClosed event) {
        closed = true;
    }

    // Members' attributes: what the reports upward count of a household (ethnic group, disability, merit).

    /** Records a correction of a present member's attributes; one that changes nothing records nothing. */
    @CommandHandler
    public void handle(CorrectMemberAttributes command, Clock clock) {
        requireOpen();
        notInFuture("correctedOn", command.correctedOn(), clock);
        Member member = members.get(command.memberId());
        if (member == null) {
            throw new InvalidInput("memberId", "is not a present member of this household");
        }
        MemberAttributesCorrected corrected = new MemberAttributesCorrected(householdId, member.memberId(),
                command.ethnicity(), command.disability(), command.meritoriousService(), command.correctedOn());
        if (!member.with(corrected).equals(member)) {
            apply(corrected);
        }
    }

    @EventSourcingHandler
    void on(MemberAttributesCorrected event) {
        members.computeIfPresent(event.memberId(), (id, member) -> member.with(event));
    }

    /** Into poverty the first time, back into it after an escape, or out of poverty or near-poverty. */
    private void recordMove(int year, LocalDate on, Classification before, Classification now) {
        if (now == Classification.POOR && before != Classification.POOR) {
            if (escapedPovertyOn == null) {
                apply(new HouseholdBecamePoor(householdId, year, on, before));
            } else {
                apply(new HouseholdFellBackIntoPoverty(householdId, year, on, before, escapedPovertyOn));
            }
        } else if (before == Classification.POOR && now != Classification.POOR) {
            apply(new HouseholdEscapedPoverty(householdId, year, on, now));
        } else if (before == Classification.NEAR_POOR && now == Classification.NOT_POOR) {
            apply(new HouseholdEscapedNearPoverty(householdId, year, on));
        }
    }

    private void join(Member member) {
        members.put(member.memberId(), member);
        knownMemberIds.add(member.memberId());
    }

    private void requireOpen() {
        if (closed) {
            throw new RuleViolation(RuleCode.HOUSEHOLD_CLOSED, "The household's case is closed; it takes no more records");
        }
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
