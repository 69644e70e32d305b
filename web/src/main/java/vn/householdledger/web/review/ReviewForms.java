package vn.householdledger.web.review;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.householdledger.api.household.HouseholdFound;
import vn.householdledger.api.review.ComplaintAnswer;
import vn.householdledger.api.review.ComplaintRequest;
import vn.householdledger.api.review.ListHouseholdRequest;
import vn.householdledger.api.review.ListingAnswer;
import vn.householdledger.api.review.ListingReason;
import vn.householdledger.api.review.MeetingAnswer;
import vn.householdledger.api.review.MeetingRequest;
import vn.householdledger.api.review.OpenReviewRequest;
import vn.householdledger.api.review.PostingAnswer;
import vn.householdledger.api.review.PostingRequest;
import vn.householdledger.api.review.ResolutionRequest;
import vn.householdledger.api.review.ReviewHousehold;
import vn.householdledger.api.review.ReviewKind;
import vn.householdledger.api.review.ReviewOpenedAnswer;
import vn.householdledger.api.review.ReviewView;
import vn.householdledger.web.Communes;
import vn.householdledger.web.Formats;
import vn.householdledger.web.SignedIn;
import vn.householdledger.web.form.FormErrors;
import vn.householdledger.web.form.FormInput;
import vn.householdledger.web.form.Submission;
import vn.householdledger.web.ledger.HouseholdReads;
import vn.householdledger.web.ledger.ReviewReads;
import vn.householdledger.web.ledger.ReviewWrites;

/**
 * The steps a commune's worker records in its review, each as the API records it: opening the review,
 * listing a household (found by its code), a village's meeting, the posting, a complaint and its
 * resolution. The survey, with its preview, is {@link SurveyPage}.
 */
@Controller
public class ReviewForms {

    public record OpeningForm(String communeCode, String year, String kind, String openedOn) {
    }

    /** {@code householdId}: the household's code as typed, which the page looks up in the review's commune. */
    public record ListingForm(String householdId, String reason) {
    }

    /** A village's meeting: who attended (one per line) and, per surveyed household, {@code AGREED} or {@code DISPUTED}. */
    public record MeetingForm(String village, String heldOn, String attendees, List<Outcome> households) {

        public MeetingForm {
            households = households == null ? List.of() : households;
        }
    }

    public record Outcome(String householdId, String outcome, String note) {
    }

    public record PostingForm(String postedOn) {
    }

    public record ComplaintForm(String householdId, String receivedOn, String summary) {
    }

    public record ResolutionForm(String resolvedOn, String upheld, String note) {
    }

    private static final String AGREED = "AGREED";
    private static final String DISPUTED = "DISPUTED";
    private static final int CODE_MATCHES = 20;

    private final ReviewWrites api;
    private final ReviewReads reviews;
    private final HouseholdReads households;
    private final Communes communes;
    private final ReviewTables tables;
    private final Submission submission;
    private final Formats fmt;

    public ReviewForms(ReviewWrites api, ReviewReads reviews, HouseholdReads households, Communes communes,
                       ReviewTables tables, Submission submission, Formats fmt) {
        this.api = api;
        this.reviews = reviews;
        this.households = households;
        this.communes = communes;
        this.tables = tables;
        this.submission = submission;
        this.fmt = fmt;
    }

    /** The review as the query side shows it, once the signed-in account is known to record for its commune. */
    static ReviewView writable(ReviewReads reviews, UUID reviewId) {
        ReviewView review = reviews.review(reviewId);
        if (!SignedIn.current().recordsFor(review.communeCode())) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "The account may not record for commune " + review.communeCode());
        }
        return review;
    }

    @GetMapping("/reviews/new")
    public String openingForm(Model model) {
        return openingPage(model, new OpeningForm(null, Integer.toString(fmt.thisYear()), ReviewKind.PERIODIC.name(), fmt.today()),
                new FormErrors());
    }

    @PostMapping("/reviews")
    public String open(@ModelAttribute OpeningForm form, Model model, RedirectAttributes redirect) {
        FormErrors errors = new FormErrors();
        FormInput input = new FormInput(errors, fmt);
        OpenReviewRequest request = new OpenReviewRequest(null, FormInput.text(form.communeCode()),
                input.integer("year", form.year()), input.code(ReviewKind.class, "kind", form.kind()),
                input.date("openedOn", form.openedOn()));
        ReviewOpenedAnswer opened = submission.send(request, errors, () -> api.open(request));
        if (opened == null) {
            return openingPage(model, form, errors);
        }
        redirect.addFlashAttribute("notice", fmt.message("notice.reviewOpened", fmt.label("standard", opened.standard()),
                opened.listsYear()));
        return "redirect:/reviews/" + opened.reviewId();
    }

    @GetMapping("/reviews/{reviewId}/households/new")
    public String listingForm(@PathVariable UUID reviewId, Model model) {
        ReviewView review = writable(reviews, reviewId);
        return listingPage(model, review, new ListingForm(null, ListingReason.ON_LIST.name()), new FormErrors());
    }

    /** The household is found by its code among the commune's; the next one may be listed at once. */
    @PostMapping("/reviews/{reviewId}/households")
    public String list(@PathVariable UUID reviewId, @ModelAttribute ListingForm form, Model model, RedirectAttributes redirect) {
        ReviewView review = writable(reviews, reviewId);
        FormErrors errors = new FormErrors();
        String code = FormInput.text(form.householdId());
        UUID household = code == null ? null : householdByCode(review.communeCode(), code);
        if (code != null && household == null) {
            errors.add("householdId", fmt.message("review.noSuchHousehold", code));
        }
        ListHouseholdRequest request = new ListHouseholdRequest(household,
                new FormInput(errors, fmt).code(ListingReason.class, "reason", form.reason()));
        ListingAnswer listed = submission.send(request, errors, () -> api.list(reviewId, request));
        if (listed == null) {
            return listingPage(model, review, form, errors);
        }
        redirect.addFlashAttribute("notice", fmt.message("notice.listed", code, listed.village()));
        return "redirect:/reviews/" + reviewId + "/households/new";
    }

    /** The meeting of one village: first the village is chosen, then its surveyed households are agreed or disputed. */
    @GetMapping("/reviews/{reviewId}/meetings/new")
    public String meetingForm(@PathVariable UUID reviewId, @RequestParam(required = false) String village, Model model) {
        ReviewView review = writable(reviews, reviewId);
        List<String> villages = surveyedVillages(review);
        String chosen = FormInput.text(village) != null ? village.strip() : villages.size() == 1 ? villages.get(0) : null;
        return meetingPage(model, review, new MeetingForm(chosen, fmt.today(), null, null), new FormErrors());
    }

    @PostMapping("/reviews/{reviewId}/meetings")
    public String meet(@PathVariable UUID reviewId, @ModelAttribute MeetingForm form, Model model, RedirectAttributes redirect) {
        ReviewView review = writable(reviews, reviewId);
        FormErrors errors = new FormErrors();
        List<UUID> agreed = new ArrayList<>();
        List<MeetingRequest.Dispute> disputed = new ArrayList<>();
        List<Integer> disputedRows = new ArrayList<>();
        for (int row = 0; row < form.households().size(); row++) {
            Outcome outcome = form.households().get(row);
            UUID household = outcome.outcome() == null ? null : householdOf(outcome, errors);
            if (household != null && AGREED.equals(outcome.outcome())) {
                agreed.add(household);
            } else if (household != null && DISPUTED.equals(outcome.outcome())) {
                disputed.add(new MeetingRequest.Dispute(household, FormInput.text(outcome.note())));
                disputedRows.add(row);
            }
        }
        MeetingRequest request = new MeetingRequest(null, FormInput.text(form.village()),
                new FormInput(errors, fmt).date("heldOn", form.heldOn()), lines(form.attendees()), agreed, disputed);
        MeetingAnswer met = submission.send(request, errors, () -> api.meet(reviewId, request));
        // A dispute's note is the request's disputed[k].note: shown beside the row it was typed in.
        for (int k = 0; k < disputedRows.size(); k++) {
            errors.move("disputed[" + k + "].note", "households[" + disputedRows.get(k) + "].note");
        }
        if (met == null) {
            return meetingPage(model, review, form, errors);
        }
        redirect.addFlashAttribute("notice", fmt.message("notice.met", met.village(), met.agreed(), met.disputed()));
        return "redirect:/reviews/" + reviewId;
    }

    @GetMapping("/reviews/{reviewId}/posting/new")
    public String postingForm(@PathVariable UUID reviewId, Model model) {
        ReviewView review = writable(reviews, reviewId);
        return formPage(model, review, new PostingForm(fmt.today()), new FormErrors(), "reviews/posting");
    }

    @PostMapping("/reviews/{reviewId}/posting")
    public String post(@PathVariable UUID reviewId, @ModelAttribute PostingForm form, Model model, RedirectAttributes redirect) {
        ReviewView review = writable(reviews, reviewId);
        FormErrors errors = new FormErrors();
        PostingRequest request = new PostingRequest(new FormInput(errors, fmt).date("postedOn", form.postedOn()));
        PostingAnswer posted = submission.send(request, errors, () -> api.post(reviewId, request));
        if (posted == null) {
            return formPage(model, review, form, errors, "reviews/posting");
        }
        redirect.addFlashAttribute("notice", fmt.message("notice.posted", fmt.date(posted.postedOn()),
                fmt.date(posted.postingEndsOn())));
        return "redirect:/reviews/" + reviewId;
    }

    @GetMapping("/reviews/{reviewId}/complaints/new")
    public String complaintForm(@PathVariable UUID reviewId, Model model) {
        ReviewView review = writable(reviews, reviewId);
        return formPage(model, review, new ComplaintForm(null, fmt.today(), null), new FormErrors(), "reviews/complaint");
    }

    @PostMapping("/reviews/{reviewId}/complaints")
    public String complain(@PathVariable UUID reviewId, @ModelAttribute ComplaintForm form, Model model,
                           RedirectAttributes redirect) {
        ReviewView review = writable(reviews, reviewId);
        FormErrors errors = new FormErrors();
        ReviewHousehold about = review.households().stream()
                .filter(h -> h.householdId().toString().equals(form.householdId())).findFirst().orElse(null);
        ComplaintRequest request = new ComplaintRequest(null, about == null ? null : about.householdId(),
                new FormInput(errors, fmt).date("receivedOn", form.receivedOn()), FormInput.text(form.summary()));
        ComplaintAnswer received = submission.send(request, errors, () -> api.complain(reviewId, request));
        if (received == null) {
            return formPage(model, review, form, errors, "reviews/complaint");
        }
        redirect.addFlashAttribute("notice", fmt.message("notice.complaint", about.code()));
        return "redirect:/reviews/" + reviewId;
    }

    @GetMapping("/reviews/{reviewId}/complaints/{complaintId}/resolution/new")
    public String resolutionForm(@PathVariable UUID reviewId, @PathVariable UUID complaintId, Model model) {
        ReviewView review = writable(reviews, reviewId);
        return resolutionPage(model, review, complaintId, new ResolutionForm(fmt.today(), null, null), new FormErrors());
    }

    @PostMapping("/reviews/{reviewId}/complaints/{complaintId}/resolution")
    public String resolve(@PathVariable UUID reviewId, @PathVariable UUID complaintId, @ModelAttribute ResolutionForm form,
                          Model model, RedirectAttributes redirect) {
        ReviewView review = writable(reviews, reviewId);
        FormErrors errors = new FormErrors();
        ResolutionRequest request = new ResolutionRequest(new FormInput(errors, fmt).date("resolvedOn", form.resolvedOn()),
                FormInput.yesNo(form.upheld()), FormInput.text(form.note()));
        ComplaintAnswer resolved = submission.send(request, errors, () -> api.resolve(reviewId, complaintId, request));
        if (resolved == null) {
            return resolutionPage(model, review, complaintId, form, errors);
        }
        redirect.addFlashAttribute("notice", fmt.message("notice.resolved", fmt.label("complaintState", resolved.state())));
        return "redirect:/reviews/" + reviewId;
    }

    /** The household of this code among the commune's, if there is one (the search also finds names: only the code counts). */
    private UUID householdByCode(String communeCode, String code) {
        return households.search(code, communeCode, null, 0, CODE_MATCHES).items().stream()
                .filter(found -> found.code().equalsIgnoreCase(code)).map(HouseholdFound::householdId).findFirst().orElse(null);
    }

    /** The household a row of the meeting is about; a row that names none is a choice the form never offered. */
    private UUID householdOf(Outcome outcome, FormErrors errors) {
        try {
            return UUID.fromString(String.valueOf(outcome.householdId()));
        } catch (IllegalArgumentException e) {
            errors.add("agreed", fmt.message("error.choice"));
            return null;
        }
    }

    /** The villages with surveyed households: those whose meeting has something to agree. */
    private static List<String> surveyedVillages(ReviewView review) {
        return review.households().stream().filter(h -> h.proposedClassification() != null).map(ReviewHousehold::village)
                .distinct().sorted().toList();
    }

    private static List<String> lines(String text) {
        return text == null ? List.of() : text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    private String openingPage(Model model, OpeningForm form, FormErrors errors) {
        model.addAttribute("communes", communes.writable());
        model.addAttribute("kinds", ReviewKind.values());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "reviews/open";
    }

    private String listingPage(Model model, ReviewView review, ListingForm form, FormErrors errors) {
        model.addAttribute("reasons", ListingReason.values());
        return formPage(model, review, form, errors, "reviews/listing");
    }

    private String meetingPage(Model model, ReviewView review, MeetingForm form, FormErrors errors) {
        model.addAttribute("villages", surveyedVillages(review));
        model.addAttribute("surveyed", review.households().stream()
                .filter(h -> h.proposedClassification() != null && Objects.equals(h.village(), form.village())).toList());
        model.addAttribute("outcomes", outcomesByHousehold(form));
        return formPage(model, review, form, errors, "reviews/meeting");
    }

    /** What was ticked for each household, to show a refused form as it was sent. */
    private static Map<String, Outcome> outcomesByHousehold(MeetingForm form) {
        Map<String, Outcome> outcomes = new HashMap<>();
        form.households().forEach(o -> outcomes.put(o.householdId(), o));
        return outcomes;
    }

    private String resolutionPage(Model model, ReviewView review, UUID complaintId, ResolutionForm form, FormErrors errors) {
        ReviewHousehold about = review.households().stream().filter(h -> complaintId.equals(h.complaintId())).findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No complaint " + complaintId));
        model.addAttribute("complaintId", complaintId);
        model.addAttribute("about", about);
        return formPage(model, review, form, errors, "reviews/resolution");
    }

    /** A form page about {@code review}: the review, the form as typed and its refusals. */
    private String formPage(Model model, ReviewView review, Object form, FormErrors errors, String template) {
        model.addAttribute("review", review);
        model.addAttribute("reviewTitle", tables.title(review));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return template;
    }
}
