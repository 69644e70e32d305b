package vn.householdledger.command.household;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
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
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Aggregate;
import vn.householdledger.api.assistance.RecordKind;
import vn.householdledger.api.commune.Area;
import vn.householdledger.api.erasure.Personal;
import vn.householdledger.api.household.AssessmentOutcome;
import vn.householdledger.api.household.AssessmentVoidingAnswer;
import vn.householdledger.api.household.Classification;
import vn.householdledger.api.household.PolicyGroup;
import vn.householdledger.api.household.Relation;
import vn.householdledger.api.problem.RuleCode;
import vn.householdledger.api.time.BusinessCalendar;
import vn.householdledger.command.commune.CommuneDirectory;
import vn.householdledger.events.household.AssessmentRestated;
import vn.householdledger.events.household.AssessmentVoided;
import vn.householdledger.events.household.ClassMove;
import vn.householdledger.events.household.EscapePledged;
import vn.householdledger.events.household.HeadChanged;
import vn.householdledger.events.household.HouseholdAssessed;
import vn.householdledger.events.household.HouseholdBecamePoor;
import vn.householdledger.events.household.HouseholdClosed;
import vn.householdledger.events.household.HouseholdErased;
import vn.householdledger.events.household.HouseholdEscapedNearPoverty;
import vn.householdledger.events.household.HouseholdEscapedPoverty;
import vn.householdledger.events.household.HouseholdEvent;
import vn.householdledger.events.household.HouseholdFellBackIntoPoverty;
import vn.householdledger.events.household.HouseholdRegistered;
import vn.householdledger.events.household.HouseholdTransferred;
import vn.householdledger.events.household.Listing;
import vn.householdledger.events.household.Member;
import vn.householdledger.events.household.MemberAttributesCorrected;
import vn.householdledger.events.household.MemberDeparted;
import vn.householdledger.events.household.MemberJoined;
import vn.householdledger.platform.i18n.ExplanationWords;
import vn.householdledger.platform.i18n.Phrase;
import vn.householdledger.platform.problem.InvalidInput;
import vn.householdledger.platform.problem.NotFound;
import vn.householdledger.platform.problem.RuleViolation;
import vn.householdledger.standard.PovertyDecision;

/**
 * One household's case (hộ gia đình). It decides every rule of the household's life from its own
 * events; what spans households (a unique code, a national id in one open household) is checked
 * before it is loaded ({@link HouseholdUniqueness}) and recorded from its events ({@link HouseholdLookups}).
 * Its fields are what its snapshots hold ({@link HouseholdConfiguration}): a change of their shape takes
 * a new {@code @Revision}, so that the snapshots of the former shape are ignored.
 */
@Aggregate(cache = HouseholdConfiguration.CACHE, snapshotTriggerDefinition = HouseholdConfiguration.SNAPSHOTS)
@Revision("2")
public class Household {

    /** The longest life a birth date may imply: older dates are typing errors. */
    static final int LONGEST_LIFE_YEARS = 120;

    @AggregateIdentifier
    private UUID householdId;
    private String communeCode;
    /** The village it was registered in: a split moves a village, and its households, to another unit. */
    private String village;
    private LocalDate registeredOn;
    /** The day of the household's last transfer, or null while it has none. */
    private LocalDate lastTransferOn;
    /** The members present now, by id. */
    private final Map<UUID, Member> members = new LinkedHashMap<>();
    /** Every member id ever used in this household: an id is never reused. */
    private final Set<UUID> knownMemberIds = new HashSet<>();
    private boolean closed;
    private boolean erased;
    /** The assessments that stand, oldest first, each in its place: the household's status is the last one's. */
    private final List<StandingAssessment> standing = new ArrayList<>();
    /** Every assessment the household has, by id: whether it was voided. */
    private final Map<UUID, Boolean> assessmentVoided = new HashMap<>();
    /**
     * The assessment each review's decision made, by review: a review decides once. Kept as the event, not
     * its answer, whose explanation is in the words of whoever asked first.
     */
    private final Map<UUID, HouseholdAssessed> reviewDecisions = new HashMap<>();
    private final Set<Integer> pledgedYears = new HashSet<>();
    /** The help the household received; it decides the rules of loans, cards and other assistance. */
    @AggregateMember
    private final AssistanceLedger ledger = new AssistanceLedger();

    protected Household() {
    }

    @CommandHandler
    public Household(RegisterHousehold command, CommuneDirectory communes, Clock clock) {
        notInFuture("registeredOn", command.registeredOn(), clock);
        for (int i = 0; i < command.members().size(); i++) {
            bornWithinALife("members[" + i + "].birthDate", command.members().get(i).birthDate(), command.registeredOn(), clock);
        }
        // A household is registered into a unit that exists today, whatever the day its case starts.
        communes.inForce("communeCode", command.communeCode(), BusinessCalendar.today(clock));
        long heads = command.members().stream().filter(m -> m.relation() == Relation.HEAD).count();
        if (heads != 1) {
            throw new InvalidInput("members", "household.members.oneHead", heads);
        }
        requireDistinct(command.members());
        apply(new HouseholdRegistered(command.householdId(), command.code(), command.communeCode(), command.village(),
                command.address(), List.copyOf(command.members()), command.registeredOn()));
    }

    @CommandHandler
    public void handle(AddMember command, Clock clock) {
        requireOpen();
        dated("joinedOn", command.joinedOn(), clock);
        Member member = command.member();
        bornWithinALife("birthDate", member.birthDate(), command.joinedOn(), clock);
        if (member.relation() == Relation.HEAD) {
            throw new InvalidInput("relation", "household.member.secondHead");
        }
        if (knownMemberIds.contains(member.memberId())) {
            throw new InvalidInput("memberId", "household.member.idUsed");
        }
        if (member.nationalId() != null
                && members.values().stream().anyMatch(m -> member.nationalId().equals(m.nationalId()))) {
            throw new RuleViolation(RuleCode.DUPLICATE_NATIONAL_ID, Phrase.of("rule.DUPLICATE_NATIONAL_ID.inHousehold", member.nationalId()), null);
        }
        apply(new MemberJoined(householdId, member, command.joinedOn()));
    }

    @CommandHandler
    public void handle(RecordDeparture command, Clock clock) {
        requireOpen();
        dated("date", command.date(), clock);
        Member leaving = present(command.memberId());
        if (members.size() == 1) {
            throw new RuleViolation(RuleCode.LAST_MEMBER);
        }
        UUID newHead = command.newHeadMemberId();
        if (leaving.relation() == Relation.HEAD) {
            if (newHead == null || newHead.equals(leaving.memberId()) || !members.containsKey(newHead)) {
                throw new InvalidInput("newHeadMemberId", "household.newHead.required");
            }
        } else if (newHead != null) {
            throw new InvalidInput("newHeadMemberId", "household.newHead.onlyForHead");
        }
        apply(new MemberDeparted(householdId, leaving.memberId(), command.reason(), command.date(), newHead));
        if (newHead != null) {
            apply(new HeadChanged(householdId, newHead, members.get(newHead).fullName(), command.date(), null));
        }
    }

    /** Exactly one head, a present member: the new head is one, other than the head, and the former head stays. */
    @CommandHandler
    public void handle(ChangeHead command, Clock clock) {
        requireOpen();
        dated("date", command.date(), clock);
        Member next = present(command.memberId());
        if (next.relation() == Relation.HEAD) {
            throw new InvalidInput("memberId", "household.head.already");
        }
        apply(new HeadChanged(householdId, next.memberId(), next.fullName(), command.date(), Relation.OTHER));
    }

    /**
     * The yearly decision (rà soát), or an ad hoc one: the standard of the lists the review sets
     * classifies the household; the move between classes is recorded as an event of its own. The
     * decision of a review the household has taken already answers as it did then and records nothing
     * (its process may send it again).
     */
    @CommandHandler
    public AssessmentOutcome handle(AssessHousehold command, CommuneDirectory communes, Clock clock) {
        if (command.reviewId() != null && reviewDecisions.containsKey(command.reviewId())) {
            return outcomeOf(reviewDecisions.get(command.reviewId()));
        }
        requireOpen();
        dated("assessedOn", command.assessedOn(), clock);
        LocalDate on = command.assessedOn();
        boolean inReview = on.getYear() == command.year() || (on.getYear() == command.year() + 1 && on.getMonthValue() == 1);
        if (!inReview) {
            throw new InvalidInput("assessedOn", "household.assessedOn.reviewYear", command.year());
        }
        StandingAssessment last = last();
        if (last != null && on.isBefore(last.assessedOn())) {
            throw new RuleViolation(RuleCode.ASSESSMENT_OUT_OF_ORDER, last.assessedOn());
        }
        UUID assessmentId = command.assessmentId() == null ? UUID.randomUUID() : command.assessmentId();
        if (assessmentVoided.containsKey(assessmentId)) {
            throw new InvalidInput("assessmentId", "household.assessment.idUsed");
        }
        // The poverty line is the area's of the unit the household belongs to on the day: a reclassification moves it.
        Area area = communes.unitOf(communeCode, village, on).area();
        AssessmentDecision decided = AssessmentDecision.of(command.kind(), command.year(), command.standard(), command.incomePerCapitaMonthly(),
                command.deprivations(), command.causes(), area);
        PovertyDecision decision = decided.decision();
        StandingAssessment place = StandingAssessment.following(standing, assessmentId, command.year(), on,
                decision.classification(), PolicyGroup.of(command.hasWorkingMember()));
        LocalDate lastEscape = StandingAssessment.lastEscape(standing);
        HouseholdAssessed assessed = new HouseholdAssessed(householdId, command.year(), on, decided.standard().code(), communeCode,
                area, command.incomePerCapitaMonthly(), List.copyOf(decided.deprivations()), decided.causes(), command.hasWorkingMember(),
                place.policyGroup(), place.classification(), decision.basis(), decision.explanation(), place.previous(),
                place.since(), place.leftListsOn(), assessmentId, decided.kind(), command.reviewId(), command.decisionNumber());
        apply(assessed);
        if (place.move() != null) {
            apply(moveOf(place, lastEscape));
        }
        return outcomeOf(assessed);
    }

    /**
     * A mistaken assessment (a typo, or a review outcome taken back) is voided, once, with a reason: the
     * household then stands on the others as if it had not been made. Each later assessment whose place
     * that changes (the class it follows, its dates, its move) is restated, and last the one the status
     * now rests on; the history keeps them all. Answers the status from then on.
     */
    @CommandHandler
    public AssessmentVoidingAnswer handle(VoidAssessment command, Clock clock) {
        requireOpen();
        Boolean voided = assessmentVoided.get(command.assessmentId());
        if (voided == null) {
            throw new NotFound("notFound.assessment", command.assessmentId());
        }
        if (voided) {
            throw new RuleViolation(RuleCode.ASSESSMENT_ALREADY_VOIDED, command.assessmentId());
        }
        if (command.reason() == null || command.reason().isBlank()) {
            throw new InvalidInput("reason", "household.assessment.voidReason");
        }
        LocalDate today = BusinessCalendar.today(clock);
        apply(new AssessmentVoided(householdId, command.assessmentId(), command.reason().strip(), today));
        List<StandingAssessment> placed = StandingAssessment.chain(standing);
        for (int i = 0; i < placed.size(); i++) {
            StandingAssessment place = placed.get(i);
            if (!place.samePlaceAs(standing.get(i)) || i == placed.size() - 1) {
                apply(new AssessmentRestated(householdId, place.assessmentId(), today, place.year(), place.assessedOn(),
                        place.classification(), place.policyGroup(), place.previous(), place.since(), place.leftListsOn(),
                        place.move()));
            }
        }
        StandingAssessment now = last();
        Listing listing = now == null ? null : Listing.of(now.classification(), now.since(), now.leftListsOn(), today);
        return new AssessmentVoidingAnswer(householdId, command.assessmentId(), true, now == null ? null : now.classification(),
                listing == null ? null : listing.status(), listing == null ? null : listing.since());
    }

    @CommandHandler
    public void handle(PledgeEscape command, Clock clock) {
        requireOpen();
        int thisYear = BusinessCalendar.today(clock).getYear();
        if (command.year() < thisYear || command.year() > thisYear + 1) {
            throw new InvalidInput("year", "household.pledge.year", thisYear, thisYear + 1);
        }
        Classification classification = last() == null ? null : last().classification();
        if (classification != Classification.POOR && classification != Classification.NEAR_POOR) {
            throw new RuleViolation(RuleCode.NOT_ON_THE_LISTS);
        }
        if (pledgedYears.contains(command.year())) {
            throw new RuleViolation(RuleCode.ALREADY_PLEDGED, command.year());
        }
        dated("pledgedOn", command.pledgedOn(), clock);
        apply(new EscapePledged(householdId, command.year(), command.pledgedOn()));
    }

    @CommandHandler
    public void handle(TransferHousehold command, CommuneDirectory communes, Clock clock) {
        requireOpen();
        dated("date", command.date(), clock);
        if (lastTransferOn != null && command.date().isBefore(lastTransferOn)) {
            throw new RuleViolation(RuleCode.TRANSFER_OUT_OF_ORDER, lastTransferOn);
        }
        if (command.toCommuneCode().equals(communeCode)
                || command.toCommuneCode().equals(communes.unitOf(communeCode, village, command.date()).code())) {
            throw new InvalidInput("toCommuneCode", "household.transfer.sameCommune");
        }
        communes.inForce("toCommuneCode", command.toCommuneCode(), command.date());
        apply(new HouseholdTransferred(householdId, communeCode, command.toCommuneCode(), command.date()));
    }

    @CommandHandler
    public void handle(CloseHousehold command, Clock clock) {
        requireOpen();
        dated("date", command.date(), clock);
        apply(new HouseholdClosed(householdId, command.reason(), command.date()));
    }

    /** Only a closed case is erased, once: a second erasure finds nothing left to erase and records nothing. */
    @CommandHandler
    public void handle(EraseHousehold command) {
        if (!closed) {
            throw new RuleViolation(RuleCode.HOUSEHOLD_OPEN);
        }
        if (!erased) {
            apply(new HouseholdErased(householdId, command.reason().strip(), command.erasedOn()));
        }
    }

    @CommandHandler
    public void handle(DisburseLoan command, Clock clock) {
        requireOpen();
        notBeforeRegistration("disbursedOn", command.disbursedOn());
        apply(ledger.disburse(command, clock));
    }

    /** Answers what the loan still owes after the repayment. */
    @CommandHandler
    public long handle(RepayLoan command, Clock clock) {
        requireOpen();
        notBeforeRegistration("paidOn", command.paidOn());
        ledger.repay(command, clock).forEach(AggregateLifecycle::apply);
        return ledger.outstandingOf(command.loanId());
    }

    @CommandHandler
    public void handle(IssueHealthInsurance command) {
        requireOpen();
        notBeforeRegistration("validFrom", command.validFrom());
        present(command.memberId());
        apply(ledger.issue(command));
    }

    @CommandHandler
    public void handle(ProvideAssistance command, Clock clock) {
        requireOpen();
        notBeforeRegistration("providedOn", command.providedOn());
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
        village = event.village();
        registeredOn = event.registeredOn();
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
        if (event.formerHeadRelation() != null) {
            members.replaceAll((id, m) -> m.relation() == Relation.HEAD ? m.as(event.formerHeadRelation()) : m);
        }
        members.computeIfPresent(event.memberId(), (id, m) -> m.as(Relation.HEAD));
    }

    /** The member of this id present in the household now; refused as input otherwise. */
    private Member present(UUID memberId) {
        Member member = members.get(memberId);
        if (member == null) {
            throw new InvalidInput("memberId", "household.member.notPresent");
        }
        return member;
    }

    @EventSourcingHandler
    void on(HouseholdAssessed event) {
        standing.add(new StandingAssessment(event.assessmentId(), event.year(), event.assessedOn(), event.classification(),
                event.policyGroup(), event.previousClassification(), event.classificationSince(), event.leftListsOn(), null));
        assessmentVoided.put(event.assessmentId(), false);
        if (event.reviewId() != null) {
            reviewDecisions.put(event.reviewId(), event);
        }
    }

    /** A move follows the assessment that made it. */
    @EventSourcingHandler
    void on(HouseholdBecamePoor event) {
        moved(ClassMove.BECAME_POOR);
    }

    @EventSourcingHandler
    void on(HouseholdFellBackIntoPoverty event) {
        moved(ClassMove.FELL_BACK);
    }

    @EventSourcingHandler
    void on(HouseholdEscapedPoverty event) {
        moved(ClassMove.ESCAPED_POVERTY);
    }

    @EventSourcingHandler
    void on(HouseholdEscapedNearPoverty event) {
        moved(ClassMove.ESCAPED_NEAR_POVERTY);
    }

    @EventSourcingHandler
    void on(AssessmentVoided event) {
        standing.removeIf(a -> a.assessmentId().equals(event.assessmentId()));
        assessmentVoided.put(event.assessmentId(), true);
    }

    @EventSourcingHandler
    void on(AssessmentRestated event) {
        standing.replaceAll(a -> !a.assessmentId().equals(event.assessmentId()) ? a
                : new StandingAssessment(a.assessmentId(), a.year(), a.assessedOn(), a.classification(), a.policyGroup(),
                        event.previousClassification(), event.classificationSince(), event.leftListsOn(), event.move()));
    }

    @EventSourcingHandler
    void on(EscapePledged event) {
        pledgedYears.add(event.year());
    }

    @EventSourcingHandler
    void on(HouseholdTransferred event) {
        communeCode = event.toCommuneCode();
        lastTransferOn = event.transferredOn();
    }

    @EventSourcingHandler
    void on(HouseholdClosed event) {
        closed = true;
    }

    /**
     * Its members' personal values read as erased from now on, as they do when its events are read without
     * its key: the copy the cache keeps after the erasure's command, and any snapshot taken of it, hold
     * none of them.
     */
    @EventSourcingHandler
    void on(HouseholdErased event) {
        erased = true;
        members.replaceAll((id, member) -> new Member(id, erasedOrNull(member.fullName()), member.sex(), null,
                member.relation(), erasedOrNull(member.nationalId()), member.ethnicity(), member.disability(),
                member.meritoriousService()));
    }

    private static String erasedOrNull(String value) {
        return value == null ? null : Personal.ERASED;
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

    /** The event of the move {@code place} makes; a fall back names the last escape before it. */
    private HouseholdEvent moveOf(StandingAssessment place, LocalDate lastEscape) {
        return switch (place.move()) {
            case BECAME_POOR -> new HouseholdBecamePoor(householdId, place.year(), place.assessedOn(), place.previous());
            case FELL_BACK -> new HouseholdFellBackIntoPoverty(householdId, place.year(), place.assessedOn(), place.previous(),
                    lastEscape);
            case ESCAPED_POVERTY -> new HouseholdEscapedPoverty(householdId, place.year(), place.assessedOn(),
                    place.classification());
            case ESCAPED_NEAR_POVERTY -> new HouseholdEscapedNearPoverty(householdId, place.year(), place.assessedOn());
        };
    }

    private void moved(ClassMove move) {
        standing.set(standing.size() - 1, last().withMove(move));
    }

    /** The assessment the household's status rests on, or null while none stands. */
    private StandingAssessment last() {
        return standing.isEmpty() ? null : standing.get(standing.size() - 1);
    }

    /** What an assessment answered when it was recorded. */
    private static AssessmentOutcome outcomeOf(HouseholdAssessed assessed) {
        Listing listing = Listing.of(assessed, assessed.assessedOn());
        return new AssessmentOutcome(assessed.householdId(), assessed.year(), assessed.classification(), assessed.basis(),
                assessed.standard(), ExplanationWords.of(assessed.explanation()), listing.status(), listing.since(), assessed.policyGroup(),
                assessed.assessmentId());
    }

    private void join(Member member) {
        members.put(member.memberId(), member);
        knownMemberIds.add(member.memberId());
    }

    private void requireOpen() {
        if (closed) {
            throw new RuleViolation(RuleCode.HOUSEHOLD_CLOSED);
        }
    }

    private static void requireDistinct(List<Member> members) {
        Set<UUID> ids = new HashSet<>();
        Set<String> nationalIds = new HashSet<>();
        for (Member member : members) {
            if (!ids.add(member.memberId())) {
                throw new InvalidInput("members", "household.members.idTwice", member.memberId());
            }
            if (member.nationalId() != null && !nationalIds.add(member.nationalId())) {
                throw new InvalidInput("members", "household.members.nationalIdTwice", member.nationalId());
            }
        }
    }

    /** A date of the household's life: not in the future, and not before its registration. */
    private void dated(String field, LocalDate date, Clock clock) {
        notInFuture(field, date, clock);
        notBeforeRegistration(field, date);
    }

    /**
     * Nothing about the household is dated before it was registered: a record of an earlier day would
     * count it where the ledger did not yet follow it (a transfer in the wrong commune for a year's start).
     */
    private void notBeforeRegistration(String field, LocalDate date) {
        if (date.isBefore(registeredOn)) {
            throw new RuleViolation(RuleCode.DATED_BEFORE_REGISTRATION,
                    Phrase.of("rule.DATED_BEFORE_REGISTRATION", date, registeredOn), field);
        }
    }

    /**
     * A person is born on a day that has come and at most {@value #LONGEST_LIFE_YEARS} years before the day
     * they enter the household's case (registration or joining): an older date is a typing error (1800 for
     * 1980), since no one recorded by the ledger lives that long.
     */
    private static void bornWithinALife(String field, LocalDate birthDate, LocalDate on, Clock clock) {
        notInFuture(field, birthDate, clock);
        if (birthDate.isBefore(on.minusYears(LONGEST_LIFE_YEARS))) {
            throw new InvalidInput(field, "member.birthDate.life", LONGEST_LIFE_YEARS, on);
        }
    }

    static void notInFuture(String field, LocalDate date, Clock clock) {
        if (date.isAfter(BusinessCalendar.today(clock))) {
            throw new InvalidInput(field, "date.future");
        }
    }
}
