package vn.householdledger.web.review;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.householdledger.api.Page;
import vn.householdledger.api.review.ComplaintState;
import vn.householdledger.api.review.DecisionAnswer;
import vn.householdledger.api.review.DecisionRequest;
import vn.householdledger.api.review.ReviewItem;
import vn.householdledger.api.review.ReviewStep;
import vn.householdledger.api.review.ReviewView;
import vn.householdledger.api.security.Role;
import vn.householdledger.web.Communes;
import vn.householdledger.web.Formats;
import vn.householdledger.web.SignedIn;
import vn.householdledger.web.form.FormErrors;
import vn.householdledger.web.form.FormInput;
import vn.householdledger.web.form.Submission;
import vn.householdledger.web.ledger.Downloads;
import vn.householdledger.web.ledger.ReviewReads;
import vn.householdledger.web.ledger.ReviewWrites;
import vn.householdledger.web.report.Choices;
import vn.householdledger.web.report.Filter;
import vn.householdledger.web.report.Report;
import vn.householdledger.web.report.Reports;
import vn.householdledger.web.table.Column;
import vn.householdledger.web.table.Table;
import vn.householdledger.web.table.TableExports;

/**
 * The reviews (rà soát) as each reader meets them: the list of reviews with their step, counts and
 * overdue flag (a worker's and a chair's communes, every commune for the committee and auditors), one
 * review with its households and the list to post, and for the commune's chair the decision that closes
 * it. The worker's steps are {@link ReviewForms} and {@link SurveyPage}.
 */
@Controller
public class ReviewPages {

    private static final int PAGE_SIZE = 50;
    private static final String PRINTABLE = "pdf|xlsx";

    /** The chair's decision as typed. */
    public record DecisionForm(String decidedOn, String decisionNumber) {
    }

    private final ReviewReads reviews;
    private final ReviewWrites api;
    private final ReviewTables tables;
    private final Communes communes;
    private final Submission submission;
    private final Reports reports;
    private final TableExports exports;
    private final Formats fmt;

    public ReviewPages(ReviewReads reviews, ReviewWrites api, ReviewTables tables, Communes communes, Submission submission,
                       Reports reports, TableExports exports, Formats fmt) {
        this.reviews = reviews;
        this.api = api;
        this.tables = tables;
        this.communes = communes;
        this.submission = submission;
        this.reports = reports;
        this.exports = exports;
        this.fmt = fmt;
    }

    @GetMapping("/reviews")
    public String list(@RequestParam(required = false) Integer year, @RequestParam(required = false) String commune,
                       @RequestParam(required = false) Integer page, Model model, HttpServletRequest request) {
        Page<ReviewItem> found = reviews.reviews(FormInput.text(commune), year, page, PAGE_SIZE);
        Report.Builder report = Report.titled(fmt.message("reviews.title")).intro(fmt.message("reviews.intro"))
                .filter(Filter.of("year", fmt.message("filter.year"), "year", year, null))
                .filter(Filter.select("commune", fmt.message("household.commune"), commune,
                        Choices.communes(fmt, communes.readable())))
                .table(tables.reviews(found.items()))
                .paging(found);
        if (SignedIn.current().is(Role.WORKER)) {
            report.action(fmt.message("reviews.open"), "/reviews/new");
        }
        return reports.show(model, request, report.build());
    }

    @GetMapping(value = "/reviews", params = "export")
    public ResponseEntity<byte[]> exportList(@RequestParam(required = false) Integer year,
                                             @RequestParam(required = false) String commune, @RequestParam String export) {
        List<ReviewItem> all = Reports.everyPage(p -> reviews.reviews(FormInput.text(commune), year, p, Page.MAX_SIZE));
        return exports.export(export, null, List.of(tables.reviews(all)), "ra-soat");
    }

    @GetMapping("/reviews/{reviewId}")
    public String show(@PathVariable UUID reviewId, Model model) {
        ReviewView review = reviews.review(reviewId);
        return page(model, review, new DecisionForm(fmt.today(), null), new FormErrors());
    }

    @GetMapping(value = "/reviews/{reviewId}", params = "export")
    public ResponseEntity<byte[]> export(@PathVariable UUID reviewId, @RequestParam String export,
                                         @RequestParam(required = false) String table) {
        ReviewView review = reviews.review(reviewId);
        return exports.export(export, table, List.of(tables.households(review)), "ra-soat-" + review.communeCode() + "-" + review.year());
    }

    /** The list to post at the commune hall and the village houses, as the query side prints it. */
    @GetMapping("/reviews/{reviewId}/posting-list")
    public ResponseEntity<byte[]> postingList(@PathVariable UUID reviewId, @RequestParam(defaultValue = "pdf") String format) {
        if (!format.matches(PRINTABLE)) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "format: must be pdf or xlsx");
        }
        return Downloads.passOn(reviews.postingList(reviewId, format), "danh-sach-niem-yet." + format);
    }

    /** The chair's decision (quyết định công nhận); a refusal shows beside its field on the review's page. */
    @PostMapping("/reviews/{reviewId}/decision")
    public String decide(@PathVariable UUID reviewId, @ModelAttribute DecisionForm form, Model model,
                         RedirectAttributes redirect) {
        ReviewView review = reviews.review(reviewId);
        if (!SignedIn.current().decidesFor(review.communeCode())) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Not a chair of commune " + review.communeCode());
        }
        FormErrors errors = new FormErrors();
        DecisionRequest request = new DecisionRequest(new FormInput(errors, fmt).date("decidedOn", form.decidedOn()),
                FormInput.text(form.decisionNumber()));
        DecisionAnswer decided = submission.send(request, errors, () -> api.decide(reviewId, request));
        if (decided == null) {
            return page(model, review, form, errors);
        }
        redirect.addFlashAttribute("notice", fmt.message("notice.decided", request.decisionNumber(),
                fmt.date(request.decidedOn()), decided.decided()));
        return "redirect:/reviews/" + reviewId;
    }

    private String page(Model model, ReviewView review, DecisionForm form, FormErrors errors) {
        SignedIn person = SignedIn.current();
        boolean undecided = review.step() != ReviewStep.DECIDED;
        model.addAttribute("review", review);
        model.addAttribute("reviewTitle", tables.title(review));
        model.addAttribute("households", tables.households(review));
        model.addAttribute("openComplaints", review.households().stream()
                .filter(h -> h.complaint() == ComplaintState.OPEN).toList());
        model.addAttribute("canRecord", undecided && person.recordsFor(review.communeCode()));
        model.addAttribute("canDecide", review.step() == ReviewStep.POSTED && person.decidesFor(review.communeCode()));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "reviews/show";
    }
}
