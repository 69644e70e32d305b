package vn.householdledger.standalone.review;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import vn.householdledger.api.commune.Area;
import vn.householdledger.api.household.Classification;
import vn.householdledger.api.household.PovertyCause;
import vn.householdledger.api.review.ListingReason;
import vn.householdledger.api.review.ReviewKind;
import vn.householdledger.api.security.Role;
import vn.householdledger.command.household.AssessHousehold;
import vn.householdledger.events.review.ComplaintReceived;
import vn.householdledger.events.review.ComplaintResolved;
import vn.householdledger.events.review.HouseholdListedForReview;
import vn.householdledger.events.review.HouseholdSurveyed;
import vn.householdledger.events.review.ReviewBecameOverdue;
import vn.householdledger.events.review.ReviewDecided;
import vn.householdledger.events.review.ReviewEvent;
import vn.householdledger.events.review.ReviewOpened;
import vn.householdledger.events.review.ReviewPosted;
import vn.householdledger.events.review.VillageMeetingHeld;
import vn.householdledger.platform.security.Caller;
import vn.householdledger.standard.PovertyDecision;
import vn.householdledger.standard.PovertyStandard;
import vn.householdledger.standard.PovertyStandards;

/**
 * A review recorded step by step as the write side records it, for the read side's tests while
 * {@code POST /api/reviews…} is being built: each step is one event of the review's stream, stored through
 * Axon's event store with the metadata a request gives it ({@code recordedBy}, {@code requestId},
 * {@code clientAddress}); a survey proposes the class the review's standard computes; the decision also
 * sends each decided household's assessment through the household's own command, as the decision process
 * does ({@code assessedOn} the decision date, with {@code reviewId} and {@code decisionNumber}). It checks
 * no rule: the tests call the steps in an order the review allows. Each method is named after its request
 * (open, list, survey, meeting, posting, complaint, resolution, decision), so that a test switches to HTTP
 * by replacing this class's body with the requests and keeps its meaning.
 */
final class RecordedReview {

    private static final String WORKER = "worker";
    private static final String CHAIR = "chair";

    private final EventStore events;
    private final CommandGateway commands;
    private final UUID reviewId = UUID.randomUUID();
    private final String commune;
    private final Area area;
    private final int year;
    private final ReviewKind kind;
    private final PovertyStandard standard;
    private final Map<UUID, HouseholdSurveyed> latestSurveys = new LinkedHashMap<>();
    private final Set<UUID> agreed = new LinkedHashSet<>();
    private long sequence;
    private boolean decided;

    private RecordedReview(EventStore events, CommandGateway commands, String commune, Area area, int year, ReviewKind kind) {
        this.events = events;
        this.commands = commands;
        this.commune = commune;
        this.area = area;
        this.year = year;
        this.kind = kind;
        this.standard = PovertyStandards.forReview(kind, year).orElseThrow();
    }

    /** {@code POST /api/reviews}: the commune (of {@code area}) opens its review of {@code year}. */
    static RecordedReview open(EventStore events, CommandGateway commands, String commune, Area area, int year,
                               ReviewKind kind, LocalDate openedOn) {
        RecordedReview review = new RecordedReview(events, commands, commune, area, year, kind);
        review.record(WORKER, new ReviewOpened(review.reviewId, commune, year, kind, review.standard.code(),
                kind.listsYear(year), openedOn));
        return review;
    }

    UUID id() {
        return reviewId;
    }

    String standard() {
        return standard.code();
    }

    /** {@code POST /api/reviews/{id}/households}. */
    void list(UUID household, String village, ListingReason reason, LocalDate listedOn) {
        record(WORKER, new HouseholdListedForReview(reviewId, household, village, reason, listedOn));
    }

    /** {@code POST /api/reviews/{id}/households/{householdId}/survey}: answers the class it proposes. */
    Classification survey(UUID household, LocalDate surveyedOn, long income, List<String> deprivations, boolean working) {
        PovertyDecision decision = standard.classify(income, Set.copyOf(deprivations), area);
        HouseholdSurveyed surveyed = new HouseholdSurveyed(reviewId, household, surveyedOn, income, deprivations,
                List.of(PovertyCause.LACK_CAPITAL), working, standard.code(), area, decision.classification(), decision.basis(),
                decision.explanation());
        record(WORKER, surveyed);
        latestSurveys.put(household, surveyed);
        agreed.remove(household);
        return decision.classification();
    }

    /** {@code POST /api/reviews/{id}/meetings}: the village agrees some proposals and disputes others, with a note. */
    void meeting(String village, LocalDate heldOn, List<UUID> agreedHouseholds, List<UUID> disputed) {
        record(WORKER, new VillageMeetingHeld(reviewId, UUID.randomUUID(), village, heldOn, List.of("Trưởng thôn", "Cán bộ LĐ-TB-XH"),
                agreedHouseholds, disputed.stream().map(h -> new VillageMeetingHeld.Dispute(h, "Thu nhập chưa đúng")).toList()));
        agreed.addAll(agreedHouseholds);
        disputed.forEach(agreed::remove);
    }

    /** {@code POST /api/reviews/{id}/posting}: answers the day the posting ends, the 3rd working day after. */
    LocalDate posting(LocalDate postedOn) {
        LocalDate endsOn = postedOn;
        for (int workingDays = 0; workingDays < 3; ) {
            endsOn = endsOn.plusDays(1);
            if (endsOn.getDayOfWeek() != DayOfWeek.SATURDAY && endsOn.getDayOfWeek() != DayOfWeek.SUNDAY) {
                workingDays++;
            }
        }
        record(WORKER, new ReviewPosted(reviewId, postedOn, endsOn));
        return endsOn;
    }

    /** {@code POST /api/reviews/{id}/complaints}: answers the complaint's id. */
    UUID complaint(UUID household, LocalDate receivedOn) {
        UUID complaint = UUID.randomUUID();
        record(WORKER, new ComplaintReceived(reviewId, complaint, household, receivedOn, "Gia đình khó khăn hơn kết quả khảo sát"));
        return complaint;
    }

    /** {@code POST /api/reviews/{id}/complaints/{complaintId}/resolution}. */
    void resolution(UUID complaint, UUID household, LocalDate resolvedOn, boolean upheld) {
        record(WORKER, new ComplaintResolved(reviewId, complaint, household, resolvedOn, upheld, upheld ? "Khảo sát lại" : "Giữ nguyên"));
        if (upheld) {
            agreed.remove(household);
        }
    }

    /**
     * {@code POST /api/reviews/{id}/decision}: the chair recognises each agreed household's latest survey, and
     * the decision process sends each one's assessment to the household.
     */
    void decision(LocalDate decidedOn, String decisionNumber) {
        List<ReviewDecided.DecidedHousehold> decided = new ArrayList<>();
        for (UUID household : agreed) {
            HouseholdSurveyed survey = latestSurveys.get(household);
            decided.add(new ReviewDecided.DecidedHousehold(household, survey.surveyedOn(), survey.incomePerCapitaMonthly(),
                    survey.deprivations(), survey.causes(), survey.hasWorkingMember(), survey.proposedClassification()));
        }
        record(CHAIR, new ReviewDecided(reviewId, commune, year, decidedOn, decisionNumber, decided));
        this.decided = true;
        Caller.asSystem(CHAIR, Set.of(Role.CHAIR), Set.of(commune), () -> {
            for (ReviewDecided.DecidedHousehold household : decided) {
                commands.sendAndWait(new AssessHousehold(household.householdId(), year, decidedOn, standard.code(),
                        household.incomePerCapitaMonthly(), household.deprivations(), household.causes(),
                        household.hasWorkingMember(), UUID.randomUUID(), kind, reviewId, decisionNumber));
            }
            return null;
        });
    }

    /**
     * After its test: a review left undecided is closed by a decision that recognises no one, so that its
     * commune may open the next review of its kind in the next test (the command side keeps one open at a time).
     */
    void closeIfUndecided() {
        if (!decided) {
            record(CHAIR, new ReviewDecided(reviewId, commune, year, LocalDate.of(year, 12, 31), "KẾT-THÚC-KIỂM-THỬ", List.of()));
            decided = true;
        }
    }

    /** The deadline: a periodic review undecided on 14 December of its year. */
    void overdue() {
        record("review-deadline", new ReviewBecameOverdue(reviewId, commune, LocalDate.of(year, 12, 14)));
    }

    private void record(String account, ReviewEvent event) {
        events.publish(new GenericDomainEventMessage<>("Review", reviewId.toString(), sequence++, event,
                MetaData.from(Map.of("recordedBy", account, "requestId", UUID.randomUUID().toString(),
                        "clientAddress", "127.0.0.1"))));
    }
}
