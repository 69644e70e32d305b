package vn.householdledger.standalone.web.household;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.householdledger.api.commune.Area;
import vn.householdledger.api.household.AssessmentOutcome;
import vn.householdledger.api.household.AssessmentRequest;
import vn.householdledger.api.household.HouseholdView;
import vn.householdledger.api.household.PovertyCause;
import vn.householdledger.command.commune.CommuneDirectory;
import vn.householdledger.command.household.AssessmentController;
import vn.householdledger.command.standard.PovertyDecision;
import vn.householdledger.command.standard.PovertyStandard;
import vn.householdledger.command.standard.PovertyStandards;
import vn.householdledger.query.household.HouseholdQueryController;
import vn.householdledger.standalone.web.Formats;
import vn.householdledger.standalone.web.form.FormErrors;
import vn.householdledger.standalone.web.form.FormInput;
import vn.householdledger.standalone.web.form.Submission;

/**
 * Records an assessment, as {@code POST /api/households/{id}/assessments} does. "Preview" shows the
 * class the standard computes before anything is saved: it calls the standard's pure classification
 * and writes nothing; "Save" sends the command, whose aggregate classifies again and applies every rule.
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

    private final AssessmentController api;
    private final HouseholdQueryController households;
    private final CommuneDirectory communes;
    private final Submission submission;
    private final Formats fmt;

    public AssessmentPage(AssessmentController api, HouseholdQueryController households, CommuneDirectory communes,
                          Submission submission, Formats fmt) {
        this.api = api;
        this.households = households;
        this.communes = communes;
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
                input.money("incomePerCapitaMonthly", form.incomePerCapitaMonthly()), form.deprivations(), causes, working);
        if ("preview".equals(form.action())) {
            submission.validate(request, errors);
            PovertyDecision decision = errors.isEmpty() ? preview(view, request, errors) : null;
            return show(model, view, form, errors, decision);
        }
        Object answer = submission.send(request, errors, () -> api.assess(householdId, request));
        if (answer == null) {
            return show(model, view, form, errors, null);
        }
        AssessmentOutcome outcome = (AssessmentOutcome) answer;
        redirect.addFlashAttribute("notice", fmt.message("notice.assessed", fmt.label("classification", outcome.classification())));
        return "redirect:/households/" + householdId;
    }

    /** The class the standard of the review year computes, without saving anything. */
    private PovertyDecision preview(HouseholdView view, AssessmentRequest request, FormErrors errors) {
        Optional<PovertyStandard> standard = PovertyStandards.forReviewYear(request.year());
        if (standard.isEmpty()) {
            errors.add("year", fmt.message("assessment.noStandard", request.year()));
            return null;
        }
        List<String> foreign = request.deprivations().stream().filter(d -> !standard.get().hasIndicator(d)).toList();
        if (!foreign.isEmpty()) {
            errors.add("deprivations", fmt.message("assessment.foreignIndicators", fmt.labels("deprivation", foreign)));
            return null;
        }
        Area area = communes.areaOf(view.communeCode())
                .orElseThrow(() -> new IllegalStateException("Commune " + view.communeCode() + " is not in the directory"));
        return standard.get().classify(request.incomePerCapitaMonthly(), new LinkedHashSet<>(request.deprivations()), area);
    }

    private String show(Model model, HouseholdView view, AssessmentForm form, FormErrors errors, PovertyDecision preview) {
        String typed = FormInput.text(form.year());
        int thisYear = fmt.thisYear();
        int reviewYear = typed != null && typed.matches("\\d{4}") ? Integer.parseInt(typed) : thisYear;
        PovertyStandard standard = PovertyStandards.forReviewYear(reviewYear)
                .or(() -> PovertyStandards.forReviewYear(thisYear))
                .orElse(PovertyStandards.all().get(PovertyStandards.all().size() - 1));
        model.addAttribute("household", view);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("standard", standard);
        model.addAttribute("causes", PovertyCause.values());
        model.addAttribute("preview", preview);
        return "households/assess";
    }
}
