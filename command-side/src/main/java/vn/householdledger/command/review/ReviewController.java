package vn.householdledger.command.review;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import java.time.Clock;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import vn.householdledger.api.review.ComplaintRequest;
import vn.householdledger.api.review.DecisionRequest;
import vn.householdledger.api.review.ListHouseholdRequest;
import vn.householdledger.api.review.MeetingRequest;
import vn.householdledger.api.review.OpenReviewRequest;
import vn.householdledger.api.review.PostingRequest;
import vn.householdledger.api.review.ResolutionRequest;
import vn.householdledger.api.review.ReviewOpenedAnswer;
import vn.householdledger.api.review.SurveyRequest;
import vn.householdledger.api.time.BusinessCalendar;
import vn.householdledger.command.dispatch.CommandDispatcher;
import vn.householdledger.events.review.VillageMeetingHeld;

/** The steps of a commune's review: a worker of the commune records them, its chair decides. */
@RestController
public class ReviewController {

    private final CommandDispatcher dispatcher;
    private final ReviewAccess access;
    private final Clock clock;

    public ReviewController(CommandDispatcher dispatcher, ReviewAccess access, Clock clock) {
        this.dispatcher = dispatcher;
        this.access = access;
        this.clock = clock;
    }

    /** Answers the standard the review applies and the year of the lists it sets. */
    @Operation(operationId = "openReview", summary = "Open a commune's periodic or ad hoc review of a year")
    @PostMapping("/api/reviews")
    public ResponseEntity<Object> open(@Valid @RequestBody OpenReviewRequest request) {
        access.requireOpenable(request.communeCode());
        OpenReview command = new OpenReview(request.reviewId() == null ? UUID.randomUUID() : request.reviewId(),
                request.communeCode(), request.year(), request.kind(), request.openedOn());
        return dispatcher.send(HttpStatus.CREATED, request, command, (c, result) -> new ReviewOpenedAnswer(
                c.reviewId(), ReviewStandard.codeOf(c.kind(), c.year()), c.kind().listsYear(c.year())));
    }

    @Operation(operationId = "listHouseholdForReview", summary = "List a household of the commune for its review, and why")
    @PostMapping("/api/reviews/{reviewId}/households")
    public ResponseEntity<Object> list(@PathVariable UUID reviewId, @Valid @RequestBody ListHouseholdRequest request) {
        access.requireWritable(reviewId);
        ListHousehold command = new ListHousehold(reviewId, request.householdId(), request.reason(), BusinessCalendar.today(clock));
        return dispatcher.send(HttpStatus.CREATED, request, command, (c, listing) -> listing);
    }

    /** Answers the class the survey proposes, by the review's standard, and why. */
    @Operation(operationId = "surveyHousehold", summary = "Record a listed household's survey and the class it proposes")
    @PostMapping("/api/reviews/{reviewId}/households/{householdId}/survey")
    public ResponseEntity<Object> survey(@PathVariable UUID reviewId, @PathVariable UUID householdId,
                                         @Valid @RequestBody SurveyRequest request) {
        access.requireWritable(reviewId);
        SurveyHousehold command = new SurveyHousehold(reviewId, householdId, request.surveyedOn(),
                request.incomePerCapitaMonthly(), request.deprivations(), request.causes(), request.hasWorkingMember());
        return dispatcher.send(HttpStatus.CREATED, request, command, (c, proposal) -> proposal);
    }

    @Operation(operationId = "holdVillageMeeting", summary = "Record a village's meeting: who attended, whose proposals it agreed and disputed")
    @PostMapping("/api/reviews/{reviewId}/meetings")
    public ResponseEntity<Object> meet(@PathVariable UUID reviewId, @Valid @RequestBody MeetingRequest request) {
        access.requireWritable(reviewId);
        HoldVillageMeeting command = new HoldVillageMeeting(reviewId,
                request.meetingId() == null ? UUID.randomUUID() : request.meetingId(), request.village().strip(),
                request.heldOn(), request.attendees().stream().map(String::strip).toList(), request.agreed(),
                request.disputed().stream().map(d -> new VillageMeetingHeld.Dispute(d.householdId(), d.note().strip())).toList());
        return dispatcher.send(HttpStatus.CREATED, request, command, (c, meeting) -> meeting);
    }

    /** Answers the day the posting ends: the 3rd working day after it began. */
    @Operation(operationId = "postReview", summary = "Post the agreed results publicly for complaints")
    @PostMapping("/api/reviews/{reviewId}/posting")
    public ResponseEntity<Object> post(@PathVariable UUID reviewId, @Valid @RequestBody PostingRequest request) {
        access.requireWritable(reviewId);
        return dispatcher.send(HttpStatus.CREATED, request, new PostReview(reviewId, request.postedOn()),
                (c, posting) -> posting);
    }

    /** Answers the complaint's id, by which it is resolved. */
    @Operation(operationId = "receiveComplaint", summary = "Record a complaint about a household's posted result")
    @PostMapping("/api/reviews/{reviewId}/complaints")
    public ResponseEntity<Object> complain(@PathVariable UUID reviewId, @Valid @RequestBody ComplaintRequest request) {
        access.requireWritable(reviewId);
        ReceiveComplaint command = new ReceiveComplaint(reviewId,
                request.complaintId() == null ? UUID.randomUUID() : request.complaintId(), request.householdId(),
                request.receivedOn(), request.summary().strip());
        return dispatcher.send(HttpStatus.CREATED, request, command, (c, complaint) -> complaint);
    }

    @Operation(operationId = "resolveComplaint", summary = "Resolve a complaint: upheld takes the household's result back, rejected keeps it")
    @PostMapping("/api/reviews/{reviewId}/complaints/{complaintId}/resolution")
    public ResponseEntity<Object> resolve(@PathVariable UUID reviewId, @PathVariable UUID complaintId,
                                          @Valid @RequestBody ResolutionRequest request) {
        access.requireWritable(reviewId);
        ResolveComplaint command = new ResolveComplaint(reviewId, complaintId, request.resolvedOn(), request.upheld(),
                request.note().strip());
        return dispatcher.send(HttpStatus.OK, request, command, (c, complaint) -> complaint);
    }

    /** Answers how many households the decision recognised; each household's status follows, effective that day. */
    @Operation(operationId = "decideReview", summary = "Record the chair's decision that recognises the review's results")
    @PostMapping("/api/reviews/{reviewId}/decision")
    public ResponseEntity<Object> decide(@PathVariable UUID reviewId, @Valid @RequestBody DecisionRequest request) {
        access.requireDecidable(reviewId);
        DecideReview command = new DecideReview(reviewId, request.decidedOn(), request.decisionNumber().strip());
        return dispatcher.send(HttpStatus.OK, request, command, (c, decision) -> decision);
    }
}
