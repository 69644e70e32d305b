package vn.householdledger.web.household;

import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.householdledger.api.household.AssessmentOutcome;
import vn.householdledger.api.household.AssessmentPreview;
import vn.householdledger.api.household.AssessmentPreviewRequest;
import vn.householdledger.api.household.AssessmentRequest;
import vn.householdledger.api.household.HouseholdView;
import vn.householdledger.api.household.PovertyCause;
import vn.householdledger.api.standard.StandardView;
import vn.householdledger.web.Formats;
import vn.householdledger.web.Standards;
import vn.householdledger.web.form.FormErrors;
import vn.householdledger.web.form.FormInput;
import vn.householdledger.web.form.Submission;
import vn.householdledger.web.ledger.ApiProblem;
import vn.householdledger.web.ledger.HouseholdReads;
import vn.householdledger.web.ledger.HouseholdWrites;

/**
 * Records an assessment, as {@code POST /api/households/{id}/assessments} does. "Preview" shows the
 * class before anything is saved: {@code POST /api/assessments/preview} computes it by the code the
 * household's own assessment decides with, and writes nothing; "Save" sends the assessment.
 */
@Controller
public class AssessmentPage {

    /** The form as typed; {@code action} is the button pressed: {@code preview} or {@code save}. */
    public record AssessmentForm(String year, String assessedOn, String incomePerCapitaMonthly, List<String> deprivations,
                                 List<String> causes, String hasWorkingMember, String action) {

        public AssessmentForm {
            deprivations = deprivations == null ? List.of() : deprivations;
            causes = causes == null ? List.of() : causes;
        }
    }

    private final HouseholdWrites api;
    private final HouseholdReads households;
    private final Standards standards;
    private final Submission submission;
    private final Formats fmt;

    public AssessmentPage(HouseholdWrites api, HouseholdReads households, Standards standards, Submission submission,
                          Formats fmt) {
        this.api = api;
        this.households = households;
        this.standards = standards;
        this.submission = submission;
        this.fmt = fmt;
    }

    @GetMapping("/households/{householdId}/assessments/new")
    public String form(@PathVariable UUID householdId, Model model) {
        HouseholdView view = HouseholdForms.writable(households, householdId);
        AssessmentForm form = new AssessmentForm(Integer.toString(fmt.thisYear()), fmt.today(), null,
                view.deprivations(), view.causes(), null, null);
        return show(model, view, form, new FormErrors(), null);
    }

    @PostMapping("/households/{householdId}/assessments")
    public String submit(@PathVariable UUID householdId, @ModelAttribute AssessmentForm form, Model model,
                         RedirectAttributes redirect) {
        HouseholdView view = HouseholdForms.writable(households, householdId);
        FormErrors errors = new FormErrors();
        FormInput input = new FormInput(errors, fmt);
        List<PovertyCause> causes = form.causes().stream().map(c -> input.code(PovertyCause.class, "causes", c)).toList();
        Boolean working = FormInput.text(form.hasWorkingMember()) == null ? null : Boolean.valueOf(form.hasWorkingMember());
        AssessmentRequest request = new AssessmentRequest(
                input.integer("year", form.year()), input.date("assessedOn", form.assessedOn()), null,
                input.money("incomePerCapitaMonthly", form.incomePerCapitaMonthly()), form.deprivations(), causes, working, null, null);
        if ("preview".equals(form.action())) {
            return show(model, view, form, errors, preview(view, request, errors));
        }
        AssessmentOutcome outcome = submission.send(request, errors, () -> api.assess(householdId, request));
        if (outcome == null) {
            return show(model, view, form, errors, null);
        }
        redirect.addFlashAttribute("notice", fmt.message("notice.assessed", fmt.label("classification", outcome.classification())));
        return "redirect:/households/" + householdId;
    }

    /** The class the command side computes for these findings, without saving anything; null when refused. */
    private AssessmentPreview preview(HouseholdView view, AssessmentRequest request, FormErrors errors) {
        submission.validate(request, errors);
        if (!errors.isEmpty()) {
            return null;
        }
        try {
            return api.preview(new AssessmentPreviewRequest(view.communeCode(), request.year(), request.assessedOn(),
                    request.standard(), request.incomePerCapitaMonthly(), request.deprivations(), request.causes(),
                    request.hasWorkingMember(), request.kind()));
        } catch (ApiProblem refused) {
            submission.refuse(refused, errors);
            return null;
        }
    }

    private String show(Model model, HouseholdView view, AssessmentForm form, FormErrors errors, AssessmentPreview preview) {
        String typed = FormInput.text(form.year());
        int reviewYear = typed != null && typed.matches("\\d{4}") ? Integer.parseInt(typed) : fmt.thisYear();
        StandardView standard = standards.forReviewYear(reviewYear)
                .or(() -> standards.forReviewYear(fmt.thisYear()))
                .orElseGet(standards::latest);
        model.addAttribute("household", view);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("standard", standard);
        model.addAttribute("causes", PovertyCause.values());
        model.addAttribute("preview", preview);
        return "households/assess";
    }
}
