package vn.householdledger.command.review;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Month;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import vn.householdledger.api.commune.Area;
import vn.householdledger.api.problem.RuleCode;
import vn.householdledger.api.review.ComplaintAnswer;
import vn.householdledger.api.review.ComplaintState;
import vn.householdledger.api.review.DecisionAnswer;
import vn.householdledger.api.review.ListingAnswer;
import vn.householdledger.api.review.MeetingAnswer;
import vn.householdledger.api.review.PostingAnswer;
import vn.householdledger.api.review.ReviewKind;
import vn.householdledger.api.review.SurveyAnswer;
import vn.householdledger.api.time.BusinessCalendar;
import vn.householdledger.command.commune.CommuneDirectory;
import vn.householdledger.command.dispatch.RequestMetadata;
import vn.householdledger.command.household.AssessmentDecision;
import vn.householdledger.command.household.HouseholdRegistry;
import vn.householdledger.events.review.ComplaintReceived;
import vn.householdledger.events.review.ComplaintResolved;
import vn.householdledger.events.review.HouseholdListedForReview;
import vn.householdledger.events.review.HouseholdSurveyed;
import vn.householdledger.events.review.ReviewBecameOverdue;
import vn.householdledger.events.review.ReviewDecided;
import vn.householdledger.events.review.ReviewOpened;
import vn.householdledger.events.review.ReviewPosted;
import vn.householdledger.events.review.VillageMeetingHeld;
import vn.householdledger.platform.i18n.ExplanationWords;
import vn.householdledger.platform.i18n.Phrase;
import vn.householdledger.platform.problem.Forbidden;
import vn.householdledger.platform.problem.InvalidInput;
import vn.householdledger.platform.problem.NotFound;
import vn.householdledger.platform.problem.RuleViolation;
import vn.householdledger.standard.PovertyDecision;
import vn.householdledger.standard.PovertyStandard;
import vn.householdledger.standard.PovertyStandards;

/**
 * One commune's review (rà soát) of one year and kind. It decides every step from its own events: who is
 * listed (from the household's placement), what each survey proposes (by the code an assessment decides
 * with, under the standard of the lists the review sets), what each village's meeting agrees, when the
 * agreed results may be posted, which complaints are open, and when the chair may decide. A periodic
 * review schedules its due day (14 December) with the deadline manager and becomes overdue if still
 * undecided then. That a commune has one undecided review of a kind is checked before it is created
 * ({@link ReviewUniqueness}).
 */
@Aggregate(cache = ReviewConfiguration.CACHE)
public class Review {

    @AggregateIdentifier
    private UUID reviewId;
    private String communeCode;
    private int year;
    private ReviewKind kind;
    private PovertyStandard standard;
    private LocalDate openedOn;
    /** The listed households, in the order they were listed. */
    private final Map<UUID, ReviewedHousehold> households = new LinkedHashMap<>();
    private final Set<UUID> meetings = new HashSet<>();
    private LocalDate lastMeetingOn;
    private final Map<UUID, Complaint> complaints = new HashMap<>();
    /** The accounts that surveyed households of this review: none of them decides it. */
    private final Set<String> surveyors = new HashSet<>();
    private LocalDate firstPostedOn;
    private LocalDate postedOn;
    private LocalDate postingEndsOn;
    /** Whether the latest posting stands: an upheld complaint takes it down until the results are posted again. */
    private boolean postingStands;
    private boolean decided;
    private boolean overdue;

    /** A complaint about a household's posted result, and whether it is resolved. */
    private record Complaint(UUID householdId, LocalDate receivedOn, boolean resolved) {
    }

    protected Review() {
    }

    @CommandHandler
    public Review(OpenReview command, CommuneDirectory communes, DeadlineManager deadlines, Clock clock) {
        notInFuture("openedOn", command.openedOn(), clock);
        if (command.openedOn().getYear() != command.year()) {
            throw new InvalidInput("openedOn", "review.openedOn.year", command.year());
        }
        communes.inForce("communeCode", command.communeCode(), command.openedOn());
        PovertyStandard applied = ReviewStandard.of(command.kind(), command.year());
        apply(new ReviewOpened(command.reviewId(), command.communeCode(), command.year(), command.kind(), applied.code(),
                command.kind().listsYear(command.year()), command.openedOn()));
        if (command.kind() == ReviewKind.PERIODIC) {
            ReviewDue due = ReviewDue.ofYear(command.year());
            deadlines.schedule(due.passesAt(), ReviewDue.DEADLINE, due);
        }
    }

    /**
     * Lists a household of the commune, in the village it lives in: one recorded in the commune, or in a unit
     * (or a village) that had merged (or was split off) into it by the day it is listed.
     */
    @CommandHandler
    public ListingAnswer handle(ListHousehold command, HouseholdRegistry registry, CommuneDirectory communes) {
        requireUndecided();
        UUID householdId = command.householdId();
        if (households.containsKey(householdId)) {
            throw new RuleViolation(RuleCode.ALREADY_IN_REVIEW, householdId);
        }
        HouseholdRegistry.Placement placement = registry.placementOf(householdId)
                .orElseThrow(() -> new NotFound("notFound.household", householdId));
        LocalDate day = command.listedOn();
        if (!communes.unitOf(placement.communeCode(), placement.village(), day).code()
                .equals(communes.unitOf(communeCode, null, day).code())) {
            throw new RuleViolation(RuleCode.NOT_IN_COMMUNE, householdId, placement.communeCode(), communeCode);
        }
        if (!placement.open()) {
            throw new RuleViolation(RuleCode.HOUSEHOLD_CLOSED, Phrase.of("rule.HOUSEHOLD_CLOSED.review", householdId), null);
        }
        apply(new HouseholdListedForReview(reviewId, householdId, placement.village(), command.reason(), command.listedOn()));
        return new ListingAnswer(reviewId, householdId, placement.village(), command.reason());
    }

    /** The survey's proposal, by the standard of the lists the review sets; it replaces any earlier one and its agreement. */
    @CommandHandler
    public SurveyAnswer handle(SurveyHousehold command, CommuneDirectory communes, Clock clock) {
        requireUndecided();
        ReviewedHousehold household = listed(command.householdId());
        requireNotPosted();
        notInFuture("surveyedOn", command.surveyedOn(), clock);
        notBefore("surveyedOn", command.surveyedOn(), openedOn, "opened");
        if (household.surveyed()) {
            notBefore("surveyedOn", command.surveyedOn(), household.survey().surveyedOn(), "previousSurvey");
        }
        Area area = communes.unitOf(communeCode, null, command.surveyedOn()).area();
        AssessmentDecision decided = AssessmentDecision.under(kind, standard, command.incomePerCapitaMonthly(), command.deprivations(),
                command.causes(), area);
        PovertyDecision proposal = decided.decision();
        apply(new HouseholdSurveyed(reviewId, command.householdId(), command.surveyedOn(), command.incomePerCapitaMonthly(),
                List.copyOf(decided.deprivations()), decided.causes(), command.hasWorkingMember(), standard.code(), area,
                proposal.classification(), proposal.basis(), proposal.explanation()));
        return new SurveyAnswer(proposal.classification(), standard.code(), proposal.basis(),
                ExplanationWords.of(proposal.explanation()));
    }

    /** A village's meeting agrees or disputes the standing surveys of its own households. */
    @CommandHandler
    public MeetingAnswer handle(HoldVillageMeeting command, Clock clock) {
        requireUndecided();
        requireNotPosted();
        notInFuture("heldOn", command.heldOn(), clock);
        notBefore("heldOn", command.heldOn(), openedOn, "opened");
        if (meetings.contains(command.meetingId())) {
            throw new InvalidInput("meetingId", "review.meetingId.used");
        }
        Set<UUID> agreed = new LinkedHashSet<>(command.agreed());
        Set<UUID> disputed = new LinkedHashSet<>();
        for (VillageMeetingHeld.Dispute dispute : command.disputed()) {
            if (agreed.contains(dispute.householdId()) || !disputed.add(dispute.householdId())) {
                throw new InvalidInput("disputed", "review.disputed.twice", dispute.householdId());
            }
        }
        if (agreed.isEmpty() && disputed.isEmpty()) {
            throw new InvalidInput("agreed", "review.meeting.empty");
        }
        agreed.forEach(householdId -> requireBeforeTheMeeting(householdId, command.village(), command.heldOn()));
        disputed.forEach(householdId -> requireBeforeTheMeeting(householdId, command.village(), command.heldOn()));
        apply(new VillageMeetingHeld(reviewId, command.meetingId(), command.village(), command.heldOn(),
                List.copyOf(command.attendees()), List.copyOf(agreed), List.copyOf(command.disputed())));
        return new MeetingAnswer(reviewId, command.meetingId(), command.village(), agreed.size(), disputed.size());
    }

    /** The agreed results go up at the commune hall and the village houses, for 3 working days. */
    @CommandHandler
    public PostingAnswer handle(PostReview command, Clock clock) {
        requireUndecided();
        requireNotPosted();
        notInFuture("postedOn", command.postedOn(), clock);
        requireEverySurveyAgreed();
        if (households.values().stream().noneMatch(ReviewedHousehold::agreed)) {
            throw new RuleViolation(RuleCode.NOTHING_TO_POST);
        }
        notBefore("postedOn", command.postedOn(), lastMeetingOn, "lastMeeting");
        LocalDate endsOn = PostingPeriod.endsOn(command.postedOn());
        apply(new ReviewPosted(reviewId, command.postedOn(), endsOn));
        return new PostingAnswer(command.postedOn(), endsOn);
    }

    @CommandHandler
    public ComplaintAnswer handle(ReceiveComplaint command, Clock clock) {
        requireUndecided();
        if (firstPostedOn == null) {
            throw new RuleViolation(RuleCode.NOT_POSTED);
        }
        listed(command.householdId());
        if (complaints.containsKey(command.complaintId())) {
            throw new InvalidInput("complaintId", "review.complaintId.used");
        }
        notInFuture("receivedOn", command.receivedOn(), clock);
        notBefore("receivedOn", command.receivedOn(), firstPostedOn, "posted");
        apply(new ComplaintReceived(reviewId, command.complaintId(), command.householdId(), command.receivedOn(), command.summary()));
        return new ComplaintAnswer(reviewId, command.complaintId(), command.householdId(), ComplaintState.OPEN);
    }

    /** An upheld complaint takes back the household's agreement: a new survey, a meeting and a new posting follow. */
    @CommandHandler
    public ComplaintAnswer handle(ResolveComplaint command, Clock clock) {
        requireUndecided();
        Complaint complaint = complaints.get(command.complaintId());
        if (complaint == null) {
            throw new NotFound("notFound.complaint", command.complaintId(), reviewId);
        }
        if (complaint.resolved()) {
            throw new RuleViolation(RuleCode.COMPLAINT_RESOLVED, command.complaintId());
        }
        notInFuture("resolvedOn", command.resolvedOn(), clock);
        notBefore("resolvedOn", command.resolvedOn(), complaint.receivedOn(), "received");
        apply(new ComplaintResolved(reviewId, command.complaintId(), complaint.householdId(), command.resolvedOn(),
                command.upheld(), command.note()));
        return new ComplaintAnswer(reviewId, command.complaintId(), complaint.householdId(),
                command.upheld() ? ComplaintState.UPHELD : ComplaintState.REJECTED);
    }

    /**
     * The chair's decision recognises every surveyed household's agreed survey, effective on the decision
     * date; it is recorded by someone who surveyed none of them, also once the review is overdue.
     */
    @CommandHandler
    public DecisionAnswer handle(DecideReview command, @MetaDataValue(RequestMetadata.RECORDED_BY) String decidedBy,
                                 Clock clock) {
        requireUndecided();
        if (decidedBy != null && surveyors.contains(decidedBy)) {
            throw new Forbidden("forbidden.surveyorDecides", decidedBy);
        }
        LocalDate on = command.decidedOn();
        notInFuture("decidedOn", on, clock);
        if (on.getYear() != year && !(on.getYear() == year + 1 && on.getMonth() == Month.JANUARY)) {
            throw new InvalidInput("decidedOn", "review.decidedOn.year", year);
        }
        requireEverySurveyAgreed();
        if (!postingStands) {
            throw new RuleViolation(RuleCode.NOT_POSTED, postedOn == null ? Phrase.of("rule.NOT_POSTED.never")
                    : Phrase.of("rule.NOT_POSTED.again", postedOn), null);
        }
        if (on.isBefore(postingEndsOn)) {
            throw new RuleViolation(RuleCode.POSTING_NOT_OVER, postedOn, postingEndsOn);
        }
        long open = complaints.values().stream().filter(complaint -> !complaint.resolved()).count();
        if (open > 0) {
            throw new RuleViolation(RuleCode.COMPLAINTS_OPEN, open);
        }
        List<ReviewDecided.DecidedHousehold> recognised = households.entrySet().stream()
                .filter(entry -> entry.getValue().surveyed())
                .map(entry -> recognised(entry.getKey(), entry.getValue().survey()))
                .toList();
        // The due day's deadline is left to run: it finds the review decided and records nothing. Cancelling it
        // could meet the scheduler running it at that moment, and fail the chair's decision.
        apply(new ReviewDecided(reviewId, communeCode, year, on, command.decisionNumber(), recognised));
        return new DecisionAnswer(recognised.size());
    }

    /** The due day passed: a review still undecided is overdue; a decided one stays as it is. */
    @DeadlineHandler(deadlineName = ReviewDue.DEADLINE)
    void onDue(ReviewDue due) {
        if (!decided && !overdue) {
            apply(new ReviewBecameOverdue(reviewId, communeCode, due.dueOn()));
        }
    }

    @EventSourcingHandler
    void on(ReviewOpened event) {
        reviewId = event.reviewId();
        communeCode = event.communeCode();
        year = event.year();
        kind = event.kind();
        standard = PovertyStandards.byCode(event.standard())
                .orElseThrow(() -> new IllegalStateException("Unknown standard " + event.standard()));
        openedOn = event.openedOn();
    }

    @EventSourcingHandler
    void on(HouseholdListedForReview event) {
        households.put(event.householdId(), ReviewedHousehold.listed(event.village()));
    }

    @EventSourcingHandler
    void on(HouseholdSurveyed event, @MetaDataValue(RequestMetadata.RECORDED_BY) String surveyor) {
        households.computeIfPresent(event.householdId(), (id, household) -> household.surveyedAgain(event));
        if (surveyor != null) {
            surveyors.add(surveyor);
        }
    }

    @EventSourcingHandler
    void on(VillageMeetingHeld event) {
        meetings.add(event.meetingId());
        event.agreed().forEach(householdId -> households.computeIfPresent(householdId, (id, household) -> household.agreedByItsMeeting()));
        event.disputed().forEach(dispute -> households.computeIfPresent(dispute.householdId(), (id, household) -> household.takenBack()));
        lastMeetingOn = lastMeetingOn == null || event.heldOn().isAfter(lastMeetingOn) ? event.heldOn() : lastMeetingOn;
    }

    @EventSourcingHandler
    void on(ReviewPosted event) {
        firstPostedOn = firstPostedOn == null ? event.postedOn() : firstPostedOn;
        postedOn = event.postedOn();
        postingEndsOn = event.postingEndsOn();
        postingStands = true;
    }

    @EventSourcingHandler
    void on(ComplaintReceived event) {
        complaints.put(event.complaintId(), new Complaint(event.householdId(), event.receivedOn(), false));
    }

    @EventSourcingHandler
    void on(ComplaintResolved event) {
        Complaint complaint = complaints.get(event.complaintId());
        complaints.put(event.complaintId(), new Complaint(complaint.householdId(), complaint.receivedOn(), true));
        if (event.upheld()) {
            households.computeIfPresent(event.householdId(), (id, household) -> household.takenBack());
            postingStands = false;
        }
    }

    @EventSourcingHandler
    void on(ReviewDecided event) {
        decided = true;
    }

    @EventSourcingHandler
    void on(ReviewBecameOverdue event) {
        overdue = true;
    }

    private ReviewedHousehold listed(UUID householdId) {
        ReviewedHousehold household = households.get(householdId);
        if (household == null) {
            throw new RuleViolation(RuleCode.NOT_IN_REVIEW, householdId);
        }
        return household;
    }

    /** A household a meeting names: listed for that village, with a standing survey made by the meeting's day. */
    private void requireBeforeTheMeeting(UUID householdId, String village, LocalDate heldOn) {
        ReviewedHousehold household = households.get(householdId);
        if (household == null || !household.livesIn(village)) {
            throw new RuleViolation(RuleCode.NOT_IN_REVIEW, Phrase.of("rule.NOT_IN_REVIEW.village", householdId, village), null);
        }
        if (!household.surveyed() || !household.surveyStands()) {
            throw new RuleViolation(RuleCode.NOT_SURVEYED, Phrase.of(household.surveyed() ? "rule.NOT_SURVEYED.again"
                    : "rule.NOT_SURVEYED", householdId), null);
        }
        if (household.survey().surveyedOn().isAfter(heldOn)) {
            throw new RuleViolation(RuleCode.NOT_SURVEYED, Phrase.of("rule.NOT_SURVEYED.afterMeeting", householdId,
                    household.survey().surveyedOn()), null);
        }
    }

    private void requireEverySurveyAgreed() {
        households.forEach((householdId, household) -> {
            if (household.surveyed() && !household.agreed()) {
                throw new RuleViolation(RuleCode.NOT_AGREED, householdId, household.village());
            }
        });
    }

    /** While the posted results stand, no survey, meeting or posting changes them: only an upheld complaint does. */
    private void requireNotPosted() {
        if (postingStands) {
            throw new RuleViolation(RuleCode.REVIEW_POSTED, postedOn);
        }
    }

    private void requireUndecided() {
        if (decided) {
            throw new RuleViolation(RuleCode.REVIEW_DECIDED);
        }
    }

    private static ReviewDecided.DecidedHousehold recognised(UUID householdId, HouseholdSurveyed survey) {
        return new ReviewDecided.DecidedHousehold(householdId, survey.surveyedOn(), survey.incomePerCapitaMonthly(),
                survey.deprivations(), survey.causes(), survey.hasWorkingMember(), survey.proposedClassification());
    }

    private static void notInFuture(String field, LocalDate date, Clock clock) {
        if (date.isAfter(BusinessCalendar.today(clock))) {
            throw new InvalidInput(field, "date.future");
        }
    }

    private static void notBefore(String field, LocalDate date, LocalDate earliest, String what) {
        if (earliest != null && date.isBefore(earliest)) {
            throw new InvalidInput(field, "review.date.before", Phrase.of("review.step." + what), earliest);
        }
    }
}
