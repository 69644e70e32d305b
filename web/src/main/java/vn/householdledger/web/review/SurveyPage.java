package vn.householdledger.web.review;

import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.householdledger.api.household.AssessmentPreview;
import vn.householdledger.api.household.AssessmentPreviewRequest;
import vn.householdledger.api.household.HouseholdView;
import vn.householdledger.api.household.PovertyCause;
import vn.householdledger.api.review.ReviewHousehold;
import vn.householdledger.api.review.ReviewView;
import vn.householdledger.api.review.SurveyAnswer;
import vn.householdledger.api.review.SurveyRequest;
import vn.householdledger.web.Formats;
import vn.householdledger.web.Standards;
import vn.householdledger.web.form.FormErrors;
import vn.householdledger.web.form.FormInput;
import vn.householdledger.web.form.Submission;
import vn.householdledger.web.ledger.ApiProblem;
import vn.householdledger.web.ledger.HouseholdReads;
import vn.householdledger.web.ledger.HouseholdWrites;
import vn.householdledger.web.ledger.ReviewReads;
import vn.householdledger.web.ledger.ReviewWrites;

/**
 * A listed household's survey (điều tra, rà soát hộ), as {@code POST /api/reviews/{id}/households/{id}/survey}
 * records it. "Preview" shows the class it would propose before anything is saved: the command side's own
 * preview ({@code POST /api/assessments/preview}) with the review's kind and year, so under the standard
 * of the lists the review sets; "Save" records the survey, which replaces the household's earlier one.
 */
@Controller
public class SurveyPage {

    /** The survey as typed; {@code action} is the button pressed: {@code preview} or {@code save}. */
    public record SurveyForm(String surveyedOn, String incomePerCapitaMonthly, List<String> deprivations, List<String> causes,
                             String hasWorkingMember, String action) {

        public SurveyForm {
            deprivations = deprivations == null ? List.of() : deprivations;
            causes = causes == null ? List.of() : causes;
        }
    }

    private final ReviewWrites api;
    private final ReviewReads reviews;
    private final HouseholdWrites assessments;
    private final HouseholdReads households;
    private final Standards standards;
    private final ReviewTables tables;
    private final Submission submission;
    private final Formats fmt;

    public SurveyPage(ReviewWrites api, ReviewReads reviews, HouseholdWrites assessments, HouseholdReads households,
                      Standards standards, ReviewTables tables, Submission submission, Formats fmt) {
        this.api = api;
        this.reviews = reviews;
        this.assessments = assessments;
        this.households = households;
        this.standards = standards;
        this.tables = tables;
        this.submission = submission;
        this.fmt = fmt;
    }

    /** Filled in with what the household's last assessment found, as the assessment form is. */
    @GetMapping("/reviews/{reviewId}/households/{householdId}/survey")
    public String form(@PathVariable UUID reviewId, @PathVariable UUID householdId, Model model) {
        ReviewView review = ReviewForms.writable(reviews, reviewId);
        HouseholdView household = households.household(householdId);
        SurveyForm form = new SurveyForm(fmt.today(), null, household.deprivations(), household.causes(), null, null);
        return show(model, review, listed(review, householdId), form, new FormErrors(), null);
    }

    @PostMapping("/reviews/{reviewId}/households/{householdId}/survey")
    public String submit(@PathVariable UUID reviewId, @PathVariable UUID householdId, @ModelAttribute SurveyForm form,
                         Model model, RedirectAttributes redirect) {
        ReviewView review = ReviewForms.writable(reviews, reviewId);
        ReviewHousehold listed = listed(review, householdId);
        FormErrors errors = new FormErrors();
        FormInput input = new FormInput(errors, fmt);
        SurveyRequest request = new SurveyRequest(input.date("surveyedOn", form.surveyedOn()),
                input.money("incomePerCapitaMonthly", form.incomePerCapitaMonthly()), form.deprivations(),
                input.codes(PovertyCause.class, "causes", form.causes()), FormInput.yesNo(form.hasWorkingMember()));
        if ("preview".equals(form.action())) {
            return show(model, review, listed, form, errors, preview(review, request, errors));
        }
        SurveyAnswer proposed = submission.send(request, errors, () -> api.survey(reviewId, householdId, request));
        if (proposed == null) {
            return show(model, review, listed, form, errors, null);
        }
        redirect.addFlashAttribute("notice", fmt.message("notice.surveyed", listed.code(),
                fmt.label("classification", proposed.proposedClassification())));
        return "redirect:/reviews/" + reviewId;
    }

    /** The class the command side computes for these findings in this review, without saving anything; null when refused. */
    private AssessmentPreview preview(ReviewView review, SurveyRequest request, FormErrors errors) {
        submission.validate(request, errors);
        if (!errors.isEmpty()) {
            return null;
        }
        try {
            return assessments.preview(new AssessmentPreviewRequest(review.communeCode(), review.year(), request.surveyedOn(),
                    null, request.incomePerCapitaMonthly(), request.deprivations(), request.causes(),
                    request.hasWorkingMember(), review.kind()));
        } catch (ApiProblem refused) {
            submission.refuse(refused, errors);
            return null;
        }
    }

    private static ReviewHousehold listed(ReviewView review, UUID householdId) {
        return review.households().stream().filter(h -> h.householdId().equals(householdId)).findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Household " + householdId
                        + " is not listed in review " + review.reviewId()));
    }

    private String show(Model model, ReviewView review, ReviewHousehold household, SurveyForm form, FormErrors errors,
                        AssessmentPreview preview) {
        model.addAttribute("review", review);
        model.addAttribute("reviewTitle", tables.title(review));
        model.addAttribute("listed", household);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("standard", standards.byCode(review.standard()).orElseGet(standards::latest));
        model.addAttribute("causes", PovertyCause.values());
        model.addAttribute("preview", preview);
        return "reviews/survey";
    }
}
