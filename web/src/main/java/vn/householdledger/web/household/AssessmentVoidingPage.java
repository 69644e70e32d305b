package vn.householdledger.web.household;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.householdledger.api.assistance.VoidingRequest;
import vn.householdledger.api.household.AssessmentVoidingAnswer;
import vn.householdledger.api.household.HistoryEvent;
import vn.householdledger.api.household.HouseholdView;
import vn.householdledger.web.Formats;
import vn.householdledger.web.form.FormErrors;
import vn.householdledger.web.form.FormInput;
import vn.householdledger.web.form.Submission;
import vn.householdledger.web.ledger.HouseholdReads;
import vn.householdledger.web.ledger.HouseholdWrites;

/**
 * Voids a mistaken assessment (a typo, or a review's outcome taken back), as
 * {@code POST /api/households/{id}/assessments/{assessmentId}/voiding} does: the household then stands on
 * its other assessments. The assessments to choose from are those of its history not voided yet, by the
 * ids the history shows.
 */
@Controller
public class AssessmentVoidingPage {

    public record AssessmentVoidingForm(String assessmentId, String reason) {
    }

    private static final String FIELD = "assessmentId";

    private final HouseholdWrites api;
    private final HouseholdReads households;
    private final Submission submission;
    private final Formats fmt;

    public AssessmentVoidingPage(HouseholdWrites api, HouseholdReads households, Submission submission, Formats fmt) {
        this.api = api;
        this.households = households;
        this.submission = submission;
        this.fmt = fmt;
    }

    @GetMapping("/households/{householdId}/assessments/voiding/new")
    public String form(@PathVariable UUID householdId, Model model) {
        HouseholdView view = HouseholdForms.writable(households, householdId);
        return page(model, view, new AssessmentVoidingForm(null, null), new FormErrors());
    }

    @PostMapping("/households/{householdId}/assessments/voiding")
    public String voidAssessment(@PathVariable UUID householdId, @ModelAttribute AssessmentVoidingForm form, Model model,
                                 RedirectAttributes redirect) {
        HouseholdView view = HouseholdForms.writable(households, householdId);
        FormErrors errors = new FormErrors();
        UUID assessment = chosen(form.assessmentId(), errors);
        VoidingRequest request = new VoidingRequest(FormInput.text(form.reason()));
        AssessmentVoidingAnswer voided = submission.send(request, errors, () -> api.voidAssessment(householdId, assessment, request));
        if (voided == null) {
            return page(model, view, form, errors);
        }
        redirect.addFlashAttribute("notice", voided.status() == null ? fmt.message("notice.assessmentVoidedNone")
                : fmt.message("notice.assessmentVoided", fmt.label("status", voided.status()), fmt.date(voided.statusSince())));
        return "redirect:/households/" + householdId;
    }

    private UUID chosen(String assessmentId, FormErrors errors) {
        String id = FormInput.text(assessmentId);
        if (id == null) {
            errors.add(FIELD, fmt.message("validation.NotNull"));
            return null;
        }
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            errors.add(FIELD, fmt.message("error.choice"));
            return null;
        }
    }

    private String page(Model model, HouseholdView view, AssessmentVoidingForm form, FormErrors errors) {
        model.addAttribute("records", standing(view.householdId()));
        model.addAttribute("field", FIELD);
        model.addAttribute("chosen", form.assessmentId());
        model.addAttribute("action", "/households/" + view.householdId() + "/assessments/voiding");
        model.addAttribute("title", fmt.message("voidAssessment.title"));
        model.addAttribute("intro", fmt.message("voidAssessment.intro"));
        return HouseholdForms.page(model, view, form, errors, "households/void");
    }

    /** The household's assessments not voided, newest first, as choices {@code id → what it decided and when}. */
    private Map<String, String> standing(UUID householdId) {
        Set<String> voided = new HashSet<>();
        Map<String, String> assessments = new LinkedHashMap<>();
        List<HistoryEvent> events = households.history(householdId).events();
        for (int i = events.size() - 1; i >= 0; i--) {
            HistoryEvent event = events.get(i);
            JsonNode e = event.data();
            String id = e.path(FIELD).asText("");
            if ("AssessmentVoided".equals(event.type())) {
                voided.add(id);
            } else if ("HouseholdAssessed".equals(event.type()) && !voided.contains(id)) {
                String decision = e.path("decisionNumber").asText("");
                assessments.put(id, fmt.message("voidAssessment.choice", e.path("year").asInt(),
                        fmt.label("classification", e.path("classification").asText()), fmt.date(event.businessDate()))
                        + (decision.isEmpty() ? "" : " — " + fmt.message("event.detail.decision", decision)));
            }
        }
        return assessments;
    }
}
